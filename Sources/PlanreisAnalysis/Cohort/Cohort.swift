import PlanreisModel

/// Which cases belong to a cohort and on which date their status is read.
public struct CohortSelection: Sendable {
    /// Day number of the reference date ("status op 31 december 2014").
    public var asOf: Int
    /// First and last day a case may have started on (inclusive); nil for no bound.
    public var startedFrom: Int?
    public var startedUntil: Int?
    /// Only cases still running on this day: started by then and neither closed nor ended early
    /// before it ("casussen gestart in 2013 die doorliepen in 2014"); nil for no condition.
    public var runningOn: Int?

    public init(asOf: Int, startedFrom: Int? = nil, startedUntil: Int? = nil, runningOn: Int? = nil) {
        self.asOf = asOf
        self.startedFrom = startedFrom
        self.startedUntil = startedUntil
        self.runningOn = runningOn
    }

    /// Cases started in one calendar year.
    public static func started(in year: Int, asOf: Int) -> CohortSelection {
        CohortSelection(
            asOf: asOf, startedFrom: CivilDate.dayNumber(year: year, month: 1, day: 1),
            startedUntil: CivilDate.dayNumber(year: year, month: 12, day: 31))
    }
}

/// A count with its share of a whole, rounded as evaluation reports round: whole percents, half up.
public struct CountShare: Hashable, Sendable, Codable {
    public var count: Int
    public var of: Int

    public init(count: Int, of: Int) {
        self.count = count
        self.of = of
    }

    /// Whole percent, rounded half up (58.18 → 58, 21.8 → 22, 5.26 → 5).
    public var percent: Int {
        of == 0 ? 0 : (200 * count + of) / (2 * of)
    }
}

/// How often an activity (an event title) occurs: events, and cases in which it occurs.
public struct ActivityCount: Hashable, Sendable {
    public var events: Int
    public var cases: Int
}

/// Length statistics of one phase over the cases in which it ended by the reference date.
public struct PhaseStatistics: Hashable, Sendable {
    public var phase: Phase
    /// Cases that entered the phase by the reference date.
    public var entered: Int
    /// Cases whose phase ended regularly (a next phase other than "ended early") by the date.
    public var ended: Int
    /// Cases whose phase was broken off ("vroegtijdig beëindigd").
    public var endedEarly: Int
    /// Lengths in days of the regularly ended phases whose start and end are known to the day, sorted.
    public var lengths: [Int]
    /// Ended phases whose start or end is less precise than a day: counted as ended, but their
    /// length is not invented.
    public var imprecise: Int

    public var minDays: Int? { lengths.first }
    public var maxDays: Int? { lengths.last }

    /// Mean length in days (exact; reports round it to whole days).
    public var meanDays: Double? {
        lengths.isEmpty ? nil : Double(lengths.reduce(0, +)) / Double(lengths.count)
    }

    /// Median length in days (the mean of the middle two for an even count).
    public var medianDays: Double? {
        guard !lengths.isEmpty else { return nil }
        let mid = lengths.count / 2
        return lengths.count % 2 == 1 ? Double(lengths[mid]) : Double(lengths[mid - 1] + lengths[mid]) / 2
    }

    /// Mean, median, minimum and maximum in whole days, as every output shows them.
    public var statistics: SummaryStatistics { SummaryStatistics(sorted: lengths) }

    /// Standard deviation and quartiles of the day-exact lengths.
    public var spread: SpreadStatistics { SpreadStatistics(sorted: lengths) }

    /// Lengths of every regularly ended phase, imprecise ones included, as the range its dates
    /// allow; statistics over them are ranges too.
    public var ranges: [DurationRange] = []

    /// Statistics over `ranges`.
    public var rangeStatistics: RangeStatistics { RangeStatistics(ranges) }
}

/// The cohort tables of docs/PRODUCT.md §5 for a set of cases: status on a date, phase lengths, colour
/// codes at the start and end of the intensive phase, tags and actors involved, exceptions.
public struct Cohort: Sendable {
    public var selection: CohortSelection
    /// Ids of the cases in the cohort, in input order.
    public var caseIDs: [String]
    /// Cases that could not be placed in time (no phase and no dated event).
    public var undated: [String]
    public var statusOnDate: [Phase: Int]
    /// Cases in the cohort with no phase known on the reference date.
    public var statusUnknown: Int
    public var phases: [Phase: PhaseStatistics]
    /// Safety colour at the start and at the end of the intensive phase.
    public var safetyStart: [SafetyColour: Int]
    public var safetyEnd: [SafetyColour: Int]
    /// Number of cases carrying each tag, by key ("geweld") and value.
    public var tags: [String: [String: Int]]
    /// Number of cases in which each actor (by lane name) takes part, and its group.
    public var actors: [String: Int]
    public var actorGroups: [String: ActorGroup]
    /// Exceptions per case (dated on or before the reference date), and days from the start of
    /// the case to its first exception (the first breakthrough): the shortest and the longest
    /// time the dates allow.
    public var exceptionsPerCase: [Int]
    public var daysToFirstException: [DurationRange]
    /// Events per case known on the reference date, and each case's length (start to end, or
    /// to the reference date while running).
    public var eventsPerCase: [Int]
    public var caseLengths: [DurationRange]
    /// Events per title (the activity of a process-mining log) and cases in which it occurs.
    public var activities: [String: ActivityCount]
    /// Tag keys left out because they have too many distinct values to be a category (a
    /// timestamp, an id), with that number; see `CohortOptions.maxTagValues`.
    public var omittedTagKeys: [String: Int]
    /// One row per case, in input order (only when `CohortOptions.keepCaseRows`).
    public var caseRows: [CaseRow]
    /// What was read, when the caller counted it (files, duplicates, constructed cases).
    public var input: InputSummary?
    /// Stalled time per actor (by lane name) across the cases, and over all actors together.
    public var stallsPerActor: [String: CohortStallSummary]
    public var stallsOverall: CohortStallSummary
    /// Quiet periods longer than this were looked for; they are never attributed to an actor.
    public var quietThresholdDays: Int
    /// One aligned timeline per case, in input order (only when `CohortOptions.keepTimelines`).
    public var timelines: [CaseTimeline]
    /// Cases left out of `timelines` because of `CohortOptions.maxTimelines`.
    public var timelinesOmitted: Int
    /// Cells withheld from release (`--min-cell`); nil when every cell is shown.
    public var smallCells: SmallCells?

    public var cases: Int { caseIDs.count }
    /// Ids of the cases marked as constructed (made up from a source, not real households); every
    /// output of the cohort says so.
    public var constructedIDs: [String] = []

    /// An empty cohort for `selection`.
    init(selection: CohortSelection, quietThresholdDays: Int) {
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
        eventsPerCase = []
        caseLengths = []
        activities = [:]
        omittedTagKeys = [:]
        caseRows = []
        input = nil
        stallsPerActor = [:]
        stallsOverall = CohortStallSummary(actor: nil, group: nil)
        self.quietThresholdDays = quietThresholdDays
        timelines = []
        timelinesOmitted = 0
    }

    /// Days from the start of a case to its first exception, over the cases that had one.
    public var firstBreakthrough: RangeStatistics { RangeStatistics(daysToFirstException) }

    /// Events per case over all cases.
    public var eventStatistics: SummaryStatistics { SummaryStatistics(sorted: eventsPerCase.sorted()) }

    /// Case lengths over all cases (running cases up to the reference date).
    public var lengthStatistics: RangeStatistics { RangeStatistics(caseLengths) }

    /// The most frequent activities (event titles), most events first, then by title.
    public func topActivities(_ count: Int) -> [(title: String, count: ActivityCount)] {
        activities.sorted { a, b in
            a.value.events != b.value.events ? a.value.events > b.value.events : a.key < b.key
        }.prefix(count).map { ($0.key, $0.value) }
    }

    /// Exceptions per case over all cases of the cohort.
    public var exceptionStatistics: SummaryStatistics { SummaryStatistics(sorted: exceptionsPerCase.sorted()) }

    /// Stall summaries per actor, most stalled first (by total minimum and maximum days, then name).
    public var stallsPerActorRanked: [CohortStallSummary] {
        stallsPerActor.values.sorted { a, b in
            let ka = a.total.minDays + a.total.maxDays, kb = b.total.minDays + b.total.maxDays
            return ka != kb ? ka > kb : (a.actor ?? "") < (b.actor ?? "")
        }
    }

    public func share(_ count: Int) -> CountShare { CountShare(count: count, of: cases) }
}
