import PlanreisModel

extension Cohort {
    /// Builds the cohort of `journeys` that `selection` admits.
    public init(_ journeys: [Journey], selection: CohortSelection, options: CohortOptions = CohortOptions()) {
        var builder = CohortBuilder(selection: selection, options: options)
        for journey in journeys { builder.add(journey) }
        self = builder.finish()
    }
}

extension CohortBuilder {
    /// Counts each phase a case entered, how it ended, and its length when both ends are days;
    /// returns the range of the first ended span of each phase.
    mutating func addPhases(_ timeline: PhaseTimeline) -> [Phase: DurationRange] {
        var entered = Set<Phase>()
        var perCase: [Phase: DurationRange] = [:]
        for span in timeline.spans {
            var stats =
                cohort.phases[span.phase]
                ?? PhaseStatistics(phase: span.phase, entered: 0, ended: 0, endedEarly: 0, lengths: [], imprecise: 0)
            if entered.insert(span.phase).inserted {
                stats.entered += 1
            }
            if let range = span.dayRange, perCase[span.phase] == nil {
                perCase[span.phase] = DurationRange(minDays: range.lowerBound, maxDays: range.upperBound)
            }
            if span.endedEarly {
                stats.endedEarly += 1
            } else if let days = span.days {
                stats.ended += 1
                if let range = span.dayRange {
                    ranges[span.phase, default: []].append(DurationRange(minDays: range.lowerBound, maxDays: range.upperBound))
                }
                // A length in days needs a day at both ends; otherwise it is counted as ended
                // but its length stays out of the statistics rather than being invented.
                if span.start.precision >= .day && span.end!.precision >= .day {
                    lengths[span.phase, default: []].append(days)
                } else {
                    stats.imprecise += 1
                }
            }
            cohort.phases[span.phase] = stats
        }
        return perCase
    }

    /// Colour at the start of the intensive phase: the first colour scored from its start until
    /// it ended; at the end: the last colour scored in it, when it ended by the reference date
    /// and a later colour than the first was scored.
    @discardableResult
    mutating func addSafety(_ journey: Journey, timeline: PhaseTimeline) -> (start: SafetyColour?, end: SafetyColour?) {
        guard let intensive = timeline.spans.first(where: { $0.phase == .intensive }) else { return (nil, nil) }
        let asOf = cohort.selection.asOf
        let until = intensive.end?.latestDay ?? asOf
        let colours = journey.events
            .filter { event in
                guard event.kind == .safety, case .colour? = event.value else { return false }
                return event.date.latestDay >= intensive.start.earliestDay && event.date.earliestDay <= until
                    && event.date.earliestDay <= asOf
            }
            .sorted { $0.date < $1.date }
        guard let first = colours.first, case .colour(let start)? = first.value else { return (nil, nil) }
        cohort.safetyStart[start, default: 0] += 1
        if intensive.end != nil, colours.count > 1, case .colour(let end)? = colours.last!.value {
            cohort.safetyEnd[end, default: 0] += 1
            return (start, end)
        }
        return (start, nil)
    }

    /// Runs the stall detector on the case (events known on the reference date) and adds, per
    /// lane name, the union of that actor's stalls; quiet periods are nobody's and stay out.
    @discardableResult
    mutating func addStalls(_ journey: Journey) -> (total: DurationRange, perActor: [String: DurationRange]) {
        let report = StallDetector(quietThresholdDays: options.quietThresholdDays).report(for: journey)
        guard !report.stalls.isEmpty else { return (.zero, [:]) }
        var perActor: [String: DurationRange] = [:]
        var byName: [String: [Stall]] = [:]
        var groups: [String: ActorGroup] = [:]
        for stall in report.stalls {
            guard let id = stall.actor else { continue }
            let actor = journey.actor(withID: id)
            let name = actor?.name ?? id
            byName[name, default: []].append(stall)
            if let group = actor?.group { groups[name] = group }
        }
        for (name, stalls) in byName {
            let union = StallReport.union(stalls)
            perActor[name] = union
            cohort.stallsPerActor[name, default: CohortStallSummary(actor: name, group: groups[name])]
                .add(union, stalls: stalls.count)
        }
        cohort.stallsOverall.add(report.total, stalls: report.stalls.count)
        return (report.total, perActor)
    }
}
