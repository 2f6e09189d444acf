import PlanreisModel

/// How a cohort is built.
public struct CohortOptions: Hashable, Sendable {
    /// Quiet periods longer than this many days are looked for (never attributed to an actor).
    public var quietThresholdDays: Int
    /// Run the stall detector on every case (stalls per actor across cases).
    public var detectStalls: Bool
    /// Keep each case's events for the aligned view (the HTML output); costs memory.
    public var keepTimelines: Bool
    /// At most this many cases on the aligned view; the rest are counted, not drawn.
    public var maxTimelines: Int
    /// Keep one row per case (`compare --per-case`).
    public var keepCaseRows: Bool
    /// A tag key with more distinct values than this is no category (a timestamp, an id) and is
    /// left out of the tag tables, with a note; `tagKeys` overrides it.
    public var maxTagValues: Int
    /// Only these tag keys (compared without case), whatever their number of values; nil for
    /// every key with few values.
    public var tagKeys: [String]?

    public init(
        quietThresholdDays: Int = 90, detectStalls: Bool = true, keepTimelines: Bool = false, maxTimelines: Int = 2_000,
        keepCaseRows: Bool = false, maxTagValues: Int = 20, tagKeys: [String]? = nil
    ) {
        self.quietThresholdDays = quietThresholdDays
        self.detectStalls = detectStalls
        self.keepTimelines = keepTimelines
        self.maxTimelines = maxTimelines
        self.keepCaseRows = keepCaseRows
        self.maxTagValues = maxTagValues
        self.tagKeys = tagKeys
    }
}

/// Builds a cohort one journey at a time, keeping only per-case figures, so that a cohort of
/// 100,000 cases never holds 100,000 journeys. Builders of parts of the input can be merged
/// (in input order) and finished once.
public struct CohortBuilder: Sendable {
    public let options: CohortOptions
    var cohort: Cohort
    var lengths: [Phase: [Int]] = [:]
    var ranges: [Phase: [DurationRange]] = [:]

    public init(selection: CohortSelection, options: CohortOptions = CohortOptions()) {
        self.options = options
        cohort = Cohort(selection: selection, quietThresholdDays: options.quietThresholdDays)
    }

    public var selection: CohortSelection { cohort.selection }

    /// Adds `journey` when the selection admits it (or records it as undated).
    public mutating func add(_ journey: Journey) {
        let selection = cohort.selection
        let timeline = PhaseTimeline(journey, asOf: selection.asOf)
        guard let start = timeline.startDay ?? journey.span?.lowerBound else {
            cohort.undated.append(journey.id)
            return
        }
        if let from = selection.startedFrom, start < from { return }
        if let until = selection.startedUntil, start > until { return }
        if start > selection.asOf { return }
        if let day = selection.runningOn {
            // Running on `day`: started by then, and the phase known the day before is not final.
            guard start <= day else { return }
            let before = PhaseTimeline(journey, asOf: day - 1).status
            if before == .closed || before == .endedEarly { return }
        }
        cohort.caseIDs.append(journey.id)
        if journey.isConstructed { cohort.constructedIDs.append(journey.id) }
        if let status = timeline.status {
            cohort.statusOnDate[status, default: 0] += 1
        } else {
            cohort.statusUnknown += 1
        }
        let phaseLengths = addPhases(timeline)
        let safety = addSafety(journey, timeline: timeline)
        var seenTags = Set<Tag>()
        var tagValues: [String: [String]] = [:]
        for tag in journey.tags where seenTags.insert(tag).inserted {
            guard admitsTag(tag.key ?? "") else { continue }
            cohort.tags[tag.key ?? "", default: [:]][tag.value, default: 0] += 1
            if options.keepCaseRows { tagValues[tag.key ?? "", default: []].append(tag.value) }
        }
        for actor in Set(journey.actors.filter { $0.group != .household }.map(\.name)) {
            cohort.actors[actor, default: 0] += 1
        }
        for actor in journey.actors where cohort.actorGroups[actor.name] == nil {
            cohort.actorGroups[actor.name] = actor.group
        }
        // What is known on the reference date: events dated (at the earliest) on or before it.
        let known = journey.events.filter { !$0.date.isEpochPlaceholder && $0.date.earliestDay <= selection.asOf }
        let startDate = timeline.spans.first?.start ?? known.min { $0.date.earliestDay < $1.date.earliestDay }?.date ?? .day(start)
        let exceptions = known.filter { $0.kind == .exception }
        cohort.exceptionsPerCase.append(exceptions.count)
        var firstBreakthrough: DurationRange?
        if let first = exceptions.min(by: { $0.date.earliestDay < $1.date.earliestDay }) {
            firstBreakthrough = DurationRange(from: startDate, to: first.date)
            cohort.daysToFirstException.append(firstBreakthrough!)
        }
        cohort.eventsPerCase.append(known.count)
        var titles = Set<String>()
        for event in known {
            let isNew = titles.insert(event.title).inserted
            cohort.activities[event.title, default: ActivityCount(events: 0, cases: 0)].events += 1
            if isNew { cohort.activities[event.title]!.cases += 1 }
        }
        let ending = Self.ending(timeline)
        let endDate: PartialDate?
        switch ending {
        case .closed, .endedEarly: endDate = timeline.spans.last?.start
        case .running: endDate = nil
        case .unknown: endDate = known.max { ($0.end ?? $0.date).latestDay < ($1.end ?? $1.date).latestDay }.map { $0.end ?? $0.date }
        }
        let length = endDate.map { DurationRange(from: startDate, to: $0) } ?? DurationRange(from: startDate, to: .day(selection.asOf))
        cohort.caseLengths.append(length)
        var stalls: (total: DurationRange, perActor: [String: DurationRange]) = (.zero, [:])
        if options.detectStalls {
            if journey.events.allSatisfy({ $0.date.earliestDay <= selection.asOf }) {
                stalls = addStalls(journey)
            } else {
                var truncated = journey
                truncated.events = journey.events.filter { $0.date.earliestDay <= selection.asOf }
                stalls = addStalls(truncated)
            }
        }
        if options.keepTimelines {
            if cohort.timelines.count < options.maxTimelines {
                cohort.timelines.append(CaseTimeline(journey, start: start, asOf: selection.asOf, phases: timeline))
            } else {
                cohort.timelinesOmitted += 1
            }
        }
        if options.keepCaseRows {
            cohort.caseRows.append(
                CaseRow(
                    id: journey.id, start: startDate, end: endDate, ending: ending, status: timeline.status, length: length,
                    phaseLengths: phaseLengths, safetyStart: safety.start, safetyEnd: safety.end, events: known.count,
                    exceptions: exceptions.count, firstBreakthrough: firstBreakthrough, stalled: stalls.total,
                    stalledPerActor: stalls.perActor, tags: tagValues))
        }
    }

    /// How the case stood on the reference date: closed, broken off, or still running.
    static func ending(_ timeline: PhaseTimeline) -> CaseEnding {
        switch timeline.status {
        case .closed?: .closed
        case .endedEarly?: .endedEarly
        case nil: .unknown
        default: .running
        }
    }

    /// Whether tags with this key are counted (`CohortOptions.tagKeys`).
    func admitsTag(_ key: String) -> Bool {
        guard let keys = options.tagKeys else { return true }
        return keys.contains { $0.lowercased() == key.lowercased() }
    }

    /// Adds the cases of `other` (built from later input) after this builder's cases.
    public mutating func merge(_ other: CohortBuilder) {
        var c = cohort
        let o = other.cohort
        c.caseIDs += o.caseIDs
        c.constructedIDs += o.constructedIDs
        c.undated += o.undated
        c.statusOnDate.merge(o.statusOnDate, uniquingKeysWith: +)
        c.statusUnknown += o.statusUnknown
        for (phase, stats) in o.phases {
            if var mine = c.phases[phase] {
                mine.entered += stats.entered
                mine.ended += stats.ended
                mine.endedEarly += stats.endedEarly
                mine.imprecise += stats.imprecise
                c.phases[phase] = mine
            } else {
                c.phases[phase] = stats
            }
        }
        lengths.merge(other.lengths, uniquingKeysWith: +)
        ranges.merge(other.ranges, uniquingKeysWith: +)
        c.safetyStart.merge(o.safetyStart, uniquingKeysWith: +)
        c.safetyEnd.merge(o.safetyEnd, uniquingKeysWith: +)
        for (key, values) in o.tags { c.tags[key, default: [:]].merge(values, uniquingKeysWith: +) }
        c.actors.merge(o.actors, uniquingKeysWith: +)
        c.actorGroups.merge(o.actorGroups) { mine, _ in mine }
        c.exceptionsPerCase += o.exceptionsPerCase
        c.daysToFirstException += o.daysToFirstException
        c.eventsPerCase += o.eventsPerCase
        c.caseLengths += o.caseLengths
        for (title, count) in o.activities {
            c.activities[title, default: ActivityCount(events: 0, cases: 0)].events += count.events
            c.activities[title]!.cases += count.cases
        }
        c.caseRows += o.caseRows
        for (name, summary) in o.stallsPerActor { c.stallsPerActor[name, default: summary.emptied].merge(summary) }
        c.stallsOverall.merge(o.stallsOverall)
        let room = max(0, options.maxTimelines - c.timelines.count)
        c.timelines += o.timelines.prefix(room)
        c.timelinesOmitted += o.timelinesOmitted + max(0, o.timelines.count - room)
        cohort = c
    }

    /// The finished cohort: lengths and per-case figures sorted.
    public func finish() -> Cohort {
        var c = cohort
        for (phase, values) in lengths { c.phases[phase]?.lengths = values.sorted() }
        for (phase, values) in ranges { c.phases[phase]?.ranges = values }
        if options.tagKeys == nil {
            for (key, values) in c.tags where values.count > options.maxTagValues {
                c.omittedTagKeys[key] = values.count
                c.tags[key] = nil
            }
            if !c.omittedTagKeys.isEmpty {
                for index in c.caseRows.indices {
                    c.caseRows[index].tags = c.caseRows[index].tags.filter { c.omittedTagKeys[$0.key] == nil }
                }
            }
        }
        for name in c.stallsPerActor.keys { c.stallsPerActor[name]!.finish() }
        c.stallsOverall.finish()
        return c
    }
}

extension CohortStallSummary {
    /// The same actor with nothing counted yet.
    var emptied: CohortStallSummary { CohortStallSummary(actor: actor, group: group) }
}
