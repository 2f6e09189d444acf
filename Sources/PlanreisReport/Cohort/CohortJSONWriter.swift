import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes a cohort as JSON, format `planreis-cohort` version 2, described by
/// `Templates/schemas/cohort.schema.json`. Keys that name a status, phase or colour are the
/// Dutch words files use (`intensief`, `vroegtijdig-beeindigd`, `oranje`); counts are integers,
/// days whole numbers with means and medians rounded half up (the values the Markdown shows),
/// percentages whole numbers rounded half up, dates ISO days. Version 2: figures from imprecise
/// dates are ranges (`{"minDays", "maxDays"}`), spread (SD, quartiles) added, every number a
/// JSON number.
public struct CohortJSONWriter: Sendable {
    public static let format = "planreis-cohort"
    public static let version = 2

    public init() {}

    public func write(_ cohort: Cohort) -> String {
        value(cohort).serialized() + "\n"
    }

    public func value(_ c: Cohort) -> JSONValue {
        func day(_ d: Int?) -> JSONValue { .optional(d) { .string(AnalysisJSONWriter.isoDay($0)) } }
        func int(_ v: Int?) -> JSONValue { .optional(v, JSONValue.int) }
        typealias K = Cohort.CellKey
        /// A count as released: null when small-cell suppression withholds it.
        func n(_ v: Int, _ key: String) -> JSONValue { c.smallCells?.hides(key) == true ? .null : .int(v) }
        func p(_ v: Int, _ key: String) -> JSONValue { c.smallCells?.hides(key) == true ? .null : .int(c.share(v).percent) }
        var status: [(String, JSONValue)] = Phase.allCases.map { ($0.dutch, n(c.statusOnDate[$0] ?? 0, K.status($0))) }
        status.append(("onbekend", n(c.statusUnknown, K.status(nil))))
        var percent: [(String, JSONValue)] = Phase.allCases.map { ($0.dutch, p(c.statusOnDate[$0] ?? 0, K.status($0))) }
        percent.append(("onbekend", p(c.statusUnknown, K.status(nil))))
        let phases: [(String, JSONValue)] = Phase.allCases.map { phase in
            let stats = c.phases[phase]
            let s = Cohort.released(stats?.statistics ?? SummaryStatistics(sorted: []), c.smallCells, K.phase(phase, "statistics"))
            return (
                phase.dutch,
                .object([
                    ("entered", n(stats?.entered ?? 0, K.phase(phase, "entered"))),
                    ("ended", n(stats?.ended ?? 0, K.phase(phase, "ended"))),
                    ("endedEarly", n(stats?.endedEarly ?? 0, K.phase(phase, "endedEarly"))), ("imprecise", .int(stats?.imprecise ?? 0)),
                    ("measured", .int(s.count)), ("totalDays", .int(s.total)), ("meanDays", int(s.mean)),
                    ("medianDays", int(s.median)), ("minDays", int(s.min)), ("maxDays", int(s.max)),
                    ("sdDays", Self.decimal(stats?.spread.standardDeviation)),
                    ("q1Days", Self.decimal(stats?.spread.firstQuartile)), ("q3Days", Self.decimal(stats?.spread.thirdQuartile)),
                    ("iqrDays", Self.decimal(stats?.spread.interquartileRange)),
                    ("ranges", Self.ranges(stats?.rangeStatistics ?? RangeStatistics([]))),
                ])
            )
        }
        func colours(_ counts: [SafetyColour: Int], _ moment: String) -> JSONValue {
            .object(SafetyColour.allCases.map { ($0.dutch, n(counts[$0] ?? 0, K.safety(moment, $0))) })
        }
        var tags: [JSONValue] = []
        for key in c.tags.keys.sorted() {
            for (value, count) in Cohort.ranked(c.tags[key]!) {
                tags.append(
                    .object([
                        ("key", key.isEmpty ? .null : .string(key)), ("value", .string(value)),
                        ("cases", n(count, K.tag(key, value))), ("percent", p(count, K.tag(key, value))),
                    ]))
            }
        }
        let actors: [JSONValue] = Cohort.ranked(c.actors).map { name, count in
            .object([
                ("name", .string(name)), ("group", .optional(c.actorGroups[name]?.dutch, JSONValue.string)),
                ("cases", n(count, K.actor(name))), ("percent", p(count, K.actor(name))),
            ])
        }
        let fields: [(String, JSONValue)] = [
            ("format", .string(Self.format)), ("version", .int(Self.version)),
            (
                "selection",
                .object([
                    ("asOf", day(c.selection.asOf)), ("startedFrom", day(c.selection.startedFrom)),
                    ("startedUntil", day(c.selection.startedUntil)), ("runningOn", day(c.selection.runningOn)),
                ])
            ),
            (
                "smallCells",
                .optional(c.smallCells) { .object([("minimum", .int($0.minimum)), ("suppressed", .int($0.cells.count))]) }
            ),
            ("cases", n(c.cases, K.cases)), ("caseIds", .array(c.caseIDs.map(JSONValue.string))),
            ("constructedCases", .int(c.constructedIDs.count)),
            ("undated", .array(c.undated.map(JSONValue.string))),
            ("statusOnDate", .object(status)), ("statusPercent", .object(percent)),
            ("phases", .object(phases)),
            ("safety", .object([("start", colours(c.safetyStart, "start")), ("end", colours(c.safetyEnd, "end"))])),
            ("tags", .array(tags)), ("actors", .array(actors)),
            ("stalls", stalls(c)), ("exceptions", exceptions(c)),
            (
                "events",
                .object([
                    ("perCase", Self.summary(c.eventStatistics)), ("caseLengthDays", Self.ranges(c.lengthStatistics)),
                    (
                        "topActivities",
                        .array(
                            c.topActivities(25).map { title, count in
                                .object([("title", .string(title)), ("events", .int(count.events)), ("cases", .int(count.cases))])
                            })
                    ),
                ])
            ),
            (
                "omittedTagKeys",
                .array(
                    c.omittedTagKeys.sorted { $0.key < $1.key }.map {
                        .object([("key", .string($0.key)), ("distinctValues", .int($0.value))])
                    })
            ),
            (
                "input",
                .optional(c.input) { BudgetJSONWriter.input($0, minimum: c.smallCells?.minimum) }
            ),
        ]
        // `smallCells` only with --min-cell, so that other output stays as it was; events and
        // activities describe single cases and are left out of a release with --min-cell.
        return .object(
            fields.filter { ($0.0 != "smallCells" || c.smallCells != nil) && ($0.0 != "events" || c.smallCells == nil) })
    }

    /// A number with two decimals, or null.
    static func decimal(_ value: Double?) -> JSONValue {
        value.flatMap { DecimalText.fixed($0, places: 2) }.map { JSONValue.number($0) } ?? .null
    }

    static func summary(_ s: SummaryStatistics) -> JSONValue {
        .object([
            ("count", .int(s.count)), ("mean", .optional(s.mean, JSONValue.int)), ("median", .optional(s.median, JSONValue.int)),
            ("min", .optional(s.min, JSONValue.int)), ("max", .optional(s.max, JSONValue.int)),
        ])
    }

    /// Statistics over ranges: each figure a `{"minDays", "maxDays"}` range.
    static func ranges(_ r: RangeStatistics, count: JSONValue? = nil) -> JSONValue {
        let d = AnalysisJSONWriter.duration
        return .object([
            ("count", count ?? .int(r.count)), ("meanDays", .optional(r.mean, d)), ("medianDays", .optional(r.median, d)),
            ("minDays", .optional(r.min, d)), ("maxDays", .optional(r.max, d)),
        ])
    }

    func stalls(_ c: Cohort) -> JSONValue {
        func summary(_ s: CohortStallSummary) -> [(String, JSONValue)] {
            if c.smallCells?.hides(Cohort.CellKey.stalls(s.actor)) == true {
                return [("cases", .null), ("stalls", .null), ("total", .null), ("medianPerCase", .null)]
            }
            return [
                ("cases", .int(s.cases)), ("stalls", .int(s.stalls)), ("total", AnalysisJSONWriter.duration(s.total)),
                ("medianPerCase", .optional(s.medianPerCase, AnalysisJSONWriter.duration)),
            ]
        }
        return .object([
            ("quietThresholdDays", .int(c.quietThresholdDays)),
            ("overall", .object(summary(c.stallsOverall))),
            (
                "perActor",
                .array(
                    c.stallsPerActorRanked.map { s in
                        .object(
                            [("actor", .string(s.actor ?? "")), ("group", .optional(s.group?.dutch, JSONValue.string))] + summary(s))
                    })
            ),
        ])
    }

    func exceptions(_ c: Cohort) -> JSONValue {
        let withheld = c.smallCells?.hides(Cohort.CellKey.exceptions) == true
        let perCase = withheld ? SummaryStatistics(sorted: []) : c.exceptionStatistics
        let first =
            c.smallCells?.hides(Cohort.CellKey.firstBreakthrough) == true ? RangeStatistics([]) : c.firstBreakthrough
        func n(_ v: Int, _ key: String) -> JSONValue { c.smallCells?.hides(key) == true ? .null : .int(v) }
        var distribution: [Int: Int] = [:]
        for n in c.exceptionsPerCase { distribution[n, default: 0] += 1 }
        return .object([
            ("total", withheld ? .null : .int(perCase.total)),
            ("casesWithException", n(c.exceptionsPerCase.filter { $0 > 0 }.count, Cohort.CellKey.withException)),
            (
                "perCase",
                .object([
                    ("mean", .optional(withheld ? nil : Ratio(Int64(perCase.total), Int64(c.cases))) { JSONValue.number($0.decimalText) }),
                    ("median", .optional(perCase.median, JSONValue.int)), ("max", .optional(perCase.max, JSONValue.int)),
                    (
                        "distribution",
                        .array(
                            distribution.keys.sorted().map { k in
                                .object([("exceptions", .int(k)), ("cases", n(distribution[k]!, Cohort.CellKey.perCase(k)))])
                            })
                    ),
                ])
            ),
            (
                "firstBreakthrough",
                Self.ranges(first, count: n(c.firstBreakthrough.count, Cohort.CellKey.firstBreakthrough))
            ),
        ])
    }
}
