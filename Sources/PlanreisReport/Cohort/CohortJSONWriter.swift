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
        var status: [(String, JSONValue)] = Phase.allCases.map { ($0.dutch, .int(c.statusOnDate[$0] ?? 0)) }
        status.append(("onbekend", .int(c.statusUnknown)))
        var percent: [(String, JSONValue)] = Phase.allCases.map { ($0.dutch, .int(c.share(c.statusOnDate[$0] ?? 0).percent)) }
        percent.append(("onbekend", .int(c.share(c.statusUnknown).percent)))
        let phases: [(String, JSONValue)] = Phase.allCases.map { phase in
            let stats = c.phases[phase]
            let s = stats?.statistics ?? SummaryStatistics(sorted: [])
            return (
                phase.dutch,
                .object([
                    ("entered", .int(stats?.entered ?? 0)), ("ended", .int(stats?.ended ?? 0)),
                    ("endedEarly", .int(stats?.endedEarly ?? 0)), ("imprecise", .int(stats?.imprecise ?? 0)),
                    ("measured", .int(s.count)), ("totalDays", .int(s.total)), ("meanDays", int(s.mean)),
                    ("medianDays", int(s.median)), ("minDays", int(s.min)), ("maxDays", int(s.max)),
                    ("sdDays", Self.decimal(stats?.spread.standardDeviation)),
                    ("q1Days", Self.decimal(stats?.spread.firstQuartile)), ("q3Days", Self.decimal(stats?.spread.thirdQuartile)),
                    ("iqrDays", Self.decimal(stats?.spread.interquartileRange)),
                    ("ranges", Self.ranges(stats?.rangeStatistics ?? RangeStatistics([]))),
                ])
            )
        }
        func colours(_ counts: [SafetyColour: Int]) -> JSONValue {
            .object(SafetyColour.allCases.map { ($0.dutch, .int(counts[$0] ?? 0)) })
        }
        var tags: [JSONValue] = []
        for key in c.tags.keys.sorted() {
            for (value, count) in Cohort.ranked(c.tags[key]!) {
                tags.append(
                    .object([
                        ("key", key.isEmpty ? .null : .string(key)), ("value", .string(value)), ("cases", .int(count)),
                        ("percent", .int(c.share(count).percent)),
                    ]))
            }
        }
        let actors: [JSONValue] = Cohort.ranked(c.actors).map { name, count in
            .object([
                ("name", .string(name)), ("group", .optional(c.actorGroups[name]?.dutch, JSONValue.string)), ("cases", .int(count)),
                ("percent", .int(c.share(count).percent)),
            ])
        }
        return .object([
            ("format", .string(Self.format)), ("version", .int(Self.version)),
            (
                "selection",
                .object([
                    ("asOf", day(c.selection.asOf)), ("startedFrom", day(c.selection.startedFrom)),
                    ("startedUntil", day(c.selection.startedUntil)), ("runningOn", day(c.selection.runningOn)),
                ])
            ),
            ("cases", .int(c.cases)), ("caseIds", .array(c.caseIDs.map(JSONValue.string))),
            ("undated", .array(c.undated.map(JSONValue.string))),
            ("statusOnDate", .object(status)), ("statusPercent", .object(percent)),
            ("phases", .object(phases)),
            ("safety", .object([("start", colours(c.safetyStart)), ("end", colours(c.safetyEnd))])),
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
                .optional(c.input) { i in
                    .object([
                        ("files", .int(i.files)), ("cases", .int(i.cases)), ("duplicates", .int(i.duplicates)),
                        ("constructed", .optional(i.constructed, JSONValue.int)),
                    ])
                }
            ),
        ])
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
    static func ranges(_ r: RangeStatistics) -> JSONValue {
        let d = AnalysisJSONWriter.duration
        return .object([
            ("count", .int(r.count)), ("meanDays", .optional(r.mean, d)), ("medianDays", .optional(r.median, d)),
            ("minDays", .optional(r.min, d)), ("maxDays", .optional(r.max, d)),
        ])
    }

    func stalls(_ c: Cohort) -> JSONValue {
        func summary(_ s: CohortStallSummary) -> [(String, JSONValue)] {
            [
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
        let perCase = c.exceptionStatistics
        let first = c.firstBreakthrough
        var distribution: [Int: Int] = [:]
        for n in c.exceptionsPerCase { distribution[n, default: 0] += 1 }
        return .object([
            ("total", .int(perCase.total)),
            ("casesWithException", .int(c.exceptionsPerCase.filter { $0 > 0 }.count)),
            (
                "perCase",
                .object([
                    ("mean", .optional(Ratio(Int64(perCase.total), Int64(c.cases))) { JSONValue.number($0.decimalText) }),
                    ("median", .optional(perCase.median, JSONValue.int)), ("max", .optional(perCase.max, JSONValue.int)),
                    (
                        "distribution",
                        .array(
                            distribution.keys.sorted().map { n in
                                .object([("exceptions", .int(n)), ("cases", .int(distribution[n]!))])
                            })
                    ),
                ])
            ),
            ("firstBreakthrough", Self.ranges(first)),
        ])
    }
}
