import PlanreisModel

extension Cohort {
    /// Builds the cohort of `journeys` that `selection` admits.
    public init(_ journeys: [Journey], selection: CohortSelection) {
        self.selection = selection
        caseIDs = []
        undated = []
        statusOnDate = [:]
        statusUnknown = 0
        phases = [:]
        safetyStart = [:]
        safetyEnd = [:]
        tags = [:]
        actors = [:]
        actorGroups = [:]
        exceptionsPerCase = []
        daysToFirstException = []
        var lengths: [Phase: [Int]] = [:]
        for journey in journeys {
            let timeline = PhaseTimeline(journey, asOf: selection.asOf)
            guard let start = timeline.startDay ?? journey.span?.lowerBound else {
                undated.append(journey.id)
                continue
            }
            if let from = selection.startedFrom, start < from { continue }
            if let until = selection.startedUntil, start > until { continue }
            if start > selection.asOf { continue }
            caseIDs.append(journey.id)
            if let status = timeline.status {
                statusOnDate[status, default: 0] += 1
            } else {
                statusUnknown += 1
            }
            var entered = Set<Phase>()
            for span in timeline.spans {
                var stats = phases[span.phase] ?? PhaseStatistics(
                    phase: span.phase, entered: 0, ended: 0, endedEarly: 0, lengths: [], imprecise: 0)
                if !entered.contains(span.phase) {
                    stats.entered += 1
                    entered.insert(span.phase)
                }
                if span.endedEarly {
                    stats.endedEarly += 1
                } else if let days = span.days {
                    stats.ended += 1
                    // A length in days needs a day at both ends; otherwise it is counted as ended
                    // but its length stays out of the statistics rather than being invented.
                    if span.start.precision >= .day && span.end!.precision >= .day {
                        lengths[span.phase, default: []].append(days)
                    } else {
                        stats.imprecise += 1
                    }
                }
                phases[span.phase] = stats
            }
            addSafety(journey, timeline: timeline)
            var seenTags = Set<Tag>()
            for tag in journey.tags where seenTags.insert(tag).inserted {
                tags[tag.key ?? "", default: [:]][tag.value, default: 0] += 1
            }
            for actor in Set(journey.actors.filter { $0.group != .household }.map(\.name)) {
                actors[actor, default: 0] += 1
            }
            for actor in journey.actors where actorGroups[actor.name] == nil {
                actorGroups[actor.name] = actor.group
            }
            let exceptions = journey.events.filter { $0.kind == .exception && !$0.date.isEpochPlaceholder }
            exceptionsPerCase.append(exceptions.count)
            if let first = exceptions.map(\.date.earliestDay).min(), first <= selection.asOf {
                daysToFirstException.append(max(0, first - start))
            }
        }
        for (phase, values) in lengths { phases[phase]?.lengths = values.sorted() }
    }

    /// Colour at the start of the intensive phase: the first colour scored from its start until
    /// it ended; at the end: the last colour scored in it, when it ended by the reference date
    /// and a later colour than the first was scored.
    private mutating func addSafety(_ journey: Journey, timeline: PhaseTimeline) {
        guard let intensive = timeline.spans.first(where: { $0.phase == .intensive }) else { return }
        let until = intensive.end?.latestDay ?? selection.asOf
        let colours = journey.events
            .filter { event in
                guard event.kind == .safety, case .colour? = event.value else { return false }
                return event.date.latestDay >= intensive.start.earliestDay && event.date.earliestDay <= until
                    && event.date.earliestDay <= selection.asOf
            }
            .sorted { $0.date < $1.date }
        guard let first = colours.first, case .colour(let start)? = first.value else { return }
        safetyStart[start, default: 0] += 1
        if intensive.end != nil, colours.count > 1, case .colour(let end)? = colours.last!.value {
            safetyEnd[end, default: 0] += 1
        }
    }
}
