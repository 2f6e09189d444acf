import PlanreisModel

extension Cohort {
    /// Keys of the cells small-cell suppression knows, shared with the writers.
    public enum CellKey {
        public static let cases = "cases"
        public static func status(_ phase: Phase?) -> String { "status/" + (phase?.dutch ?? "onbekend") }
        public static func phase(_ phase: Phase, _ column: String) -> String { "phase/\(phase.dutch)/\(column)" }
        public static func safety(_ moment: String, _ colour: SafetyColour) -> String { "safety/\(moment)/\(colour.dutch)" }
        public static func tag(_ key: String, _ value: String) -> String { "tag/\(key)\u{0}\(value)" }
        public static func actor(_ name: String) -> String { "actor/" + name }
        public static func stalls(_ actor: String?) -> String { "stalls/" + (actor ?? "") }
        public static let withException = "exceptions/with"
        public static let firstBreakthrough = "exceptions/first"
        public static let exceptions = "exceptions/count"
        public static func perCase(_ exceptions: Int) -> String { "exceptions/per-case/\(exceptions)" }
    }

    /// The cohort with every count of cases under `minimum` withheld (`< N`), the statistics of
    /// fewer than `minimum` cases withheld, and the status table protected against recomputation
    /// from its total. A pure function of the cohort's values; nothing is recomputed.
    public func suppressingSmallCells(below minimum: Int) -> Cohort {
        var cells = SmallCells(minimum: minimum)
        typealias K = CellKey
        cells.check(cases, K.cases)
        // Status on the date: the phases and "unknown" add up to the cases shown as the total.
        var status = Phase.allCases.map { (K.status($0), statusOnDate[$0] ?? 0) }
        status.append((K.status(nil), statusUnknown))
        cells.checkAdditive(status.map { (key: $0.0, count: $0.1) })
        for phase in Phase.allCases {
            let entered = phases[phase]?.entered ?? 0, ended = phases[phase]?.ended ?? 0
            let endedEarly = phases[phase]?.endedEarly ?? 0
            cells.check(entered, K.phase(phase, "entered"))
            // Ended, ended early and still open add up to the cases entered; protect them together.
            cells.checkAdditive([
                (K.phase(phase, "ended"), ended), (K.phase(phase, "endedEarly"), endedEarly),
                (K.phase(phase, "open"), max(0, entered - ended - endedEarly)),
            ])
            // Mean, median, minimum and maximum of fewer cases describe those cases.
            if (phases[phase]?.lengths.count ?? 0) < minimum { cells.hide(K.phase(phase, "statistics")) }
        }
        for colour in SafetyColour.allCases {
            cells.check(safetyStart[colour] ?? 0, K.safety("start", colour))
            cells.check(safetyEnd[colour] ?? 0, K.safety("end", colour))
        }
        for (key, values) in tags {
            for (value, count) in values { cells.check(count, K.tag(key, value)) }
        }
        for (name, count) in actors { cells.check(count, K.actor(name)) }
        for summary in stallsPerActor.values { cells.check(summary.cases, K.stalls(summary.actor)) }
        cells.check(stallsOverall.cases, K.stalls(nil))
        let withException = exceptionsPerCase.filter { $0 > 0 }.count
        cells.checkAdditive([(K.withException, withException), ("exceptions/without", cases - withException)])
        cells.check(daysToFirstException.count, K.firstBreakthrough)
        // The number of exceptions and its statistics per case describe the cases that had one.
        if cells.hides(K.withException) { cells.hide(K.exceptions) }
        var distribution: [Int: Int] = [:]
        for n in exceptionsPerCase { distribution[n, default: 0] += 1 }
        cells.checkAdditive(distribution.map { (K.perCase($0.key), $0.value) })
        var copy = self
        copy.smallCells = cells
        return copy
    }
}
