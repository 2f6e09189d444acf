import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes an analysis as JSON, format `planreis-analysis` version 1, described by
/// `Templates/schemas/analysis.schema.json`. Money is in integer cents, durations in whole
/// days (`minDays`/`maxDays`), percentages as whole numbers rounded half up, ratios exact with
/// a rounded text; Dutch and English texts side by side. Events are referred to by id, or by
/// `#n` (their 0-based position in the journey) when they have none. The numbers are the very
/// values the Markdown and HTML summaries format.
public struct AnalysisJSONWriter: Sendable {
    public static let format = "planreis-analysis"
    public static let version = 1

    public init() {}

    public func write(_ analysis: Analysis) -> String {
        value(analysis).serialized() + "\n"
    }

    public func value(_ a: Analysis) -> JSONValue {
        let journey = a.journey
        func ref(_ index: Int) -> JSONValue { .string(journey.events[index].id ?? "#\(index)") }
        func actor(_ id: String?) -> [(String, JSONValue)] {
            [("actor", .optional(id, JSONValue.string)), ("actorName", .optional(a.actorName(id), JSONValue.string))]
        }
        func stall(_ s: Stall, rank: Int?) -> JSONValue {
            var members: [(String, JSONValue)] = []
            if let rank { members.append(("rank", .int(rank))) }
            members += [("kind", .string(s.kind.jsonName))] + actor(s.actor)
            members += [
                ("title", Self.localized(s.title)), ("start", Self.date(s.start)), ("end", Self.date(s.end)),
                ("open", .bool(s.isOpen)), ("duration", Self.duration(s.duration)),
                (
                    "statedDuration",
                    .optional(s.statedDuration) { d in
                        .object([
                            ("iso", .string(d.iso)), ("text", Self.localized(Localized(nl: d.formatted(.nl), en: d.formatted(.en)))),
                            ("source", .optional(d.source, JSONValue.string)),
                        ])
                    }
                ),
                ("events", .array(s.events.map(ref))),
            ]
            return .object(members)
        }

        let report = a.stalls
        var share: JSONValue = .null
        if let p = report.sharePercent, let span = report.caseSpan {
            share = .object([
                ("minPercent", .int(p.min)), ("maxPercent", .int(p.max)), ("minDays", .int(report.total.minDays)),
                ("maxDays", .int(report.total.maxDays)), ("caseDays", .int(span.days)),
            ])
        }
        let stalls: JSONValue = .object([
            ("total", Self.duration(report.total)),
            ("share", share),
            ("minStallDays", .int(report.minStallDays)),
            ("items", .array(report.stalls.enumerated().map { stall($1, rank: $0 + 1) })),
            ("open", .array(report.openStalls.map { stall($0, rank: nil) })),
            (
                "perActor",
                .array(
                    report.perActor.map { row in
                        .object(actor(row.actor) + [("count", .int(row.count)), ("duration", Self.duration(row.total))])
                    })
            ),
            (
                "quiet",
                .object([
                    ("thresholdDays", .int(report.quietThresholdDays)), ("total", Self.duration(report.quietTotal)),
                    ("items", .array(report.quietPeriods.map { stall($0, rank: nil) })),
                ])
            ),
        ])
        let obstacles: JSONValue = .array(
            report.obstacles.map { o in
                .object(
                    [("event", ref(o.obstacle)), ("title", .string(journey.events[o.obstacle].title))] + actor(o.stall.actor) + [
                        ("since", Self.date(o.stall.start)), ("resolvedBy", .array(o.resolvedBy.map(ref))),
                        ("until", Self.date(o.stall.end)), ("open", .bool(o.isOpen)), ("duration", Self.duration(o.stall.duration)),
                    ])
            })

        var members: [(String, JSONValue)] = [
            ("format", .string(Self.format)), ("version", .int(Self.version)),
            (
                "journey",
                .object([
                    ("id", .string(journey.id)), ("title", .string(journey.title)), ("constructed", .bool(journey.isConstructed)),
                    ("municipality", .optional(journey.municipality, JSONValue.string)),
                    ("region", .optional(journey.region, JSONValue.string)),
                ])
            ),
            (
                "options",
                .object([
                    ("quietThresholdDays", .int(a.options.quietThresholdDays)), ("comparisonMonths", .int(a.options.comparisonMonths)),
                    ("minStallDays", .int(a.options.minStallDays)),
                ])
            ),
            (
                "case",
                .optional(report.caseSpan) { span in
                    .object([
                        ("start", Self.date(span.start)), ("end", Self.date(span.end)), ("days", .int(span.days)),
                        ("duration", Self.duration(span.duration)),
                    ])
                }
            ),
            ("stalls", stalls),
            ("obstacles", obstacles),
            ("exceptions", .array(a.exceptions.map { exception($0, in: a, ref: ref) })),
            ("comparison", .optional(a.comparison) { c in comparison(c, ref: ref) }),
            (
                "criteria",
                .object([
                    ("name", .optional(a.criteriaName, JSONValue.string)),
                    (
                        "items",
                        .array(
                            a.criteria.map { r in
                                .object([
                                    ("id", .string(r.criterion.id)), ("label", Self.localized(r.criterion.label)),
                                    ("outcome", .string(r.outcome.rawValue)), ("reason", Self.localized(r.reason)),
                                    ("events", .array(r.events.map(ref))),
                                ])
                            })
                    ),
                ])
            ),
        ]
        members.append(
            (
                "warnings",
                .array(
                    a.warnings.map { w in
                        .object([
                            ("severity", .string(w.severity.rawValue)), ("message", Self.localized(w.message)),
                            ("hint", .optional(w.hint, Self.localized)),
                        ])
                    })
            ))
        return .object(members)
    }

    func exception(_ item: CostBenefit, in a: Analysis, ref: (Int) -> JSONValue) -> JSONValue {
        exception(item, event: a.journey.events[item.event], ref: ref)
    }

    /// One exception's cost-benefit as `analyze --format json` writes it in `exceptions`; also
    /// the register's live preview of an exception not yet stored (`event` is the exception).
    package func exception(_ item: CostBenefit, event: Event, ref: (Int) -> JSONValue) -> JSONValue {
        let resolves = event.targets(.resolves).map { JSONValue.string($0) }
        let avoided: JSONValue = .optional(item.avoided) { s in
            .object([
                ("title", .string(s.title)), ("description", .optional(s.description, JSONValue.string)),
                ("likelihoodPercent", .optional(s.likelihood, JSONValue.int)),
                ("likelihoodLowPercent", .optional(s.likelihoodRange?.low, JSONValue.int)),
                ("likelihoodHighPercent", .optional(s.likelihoodRange?.high, JSONValue.int)),
                ("horizonMonths", .optional(s.horizonMonths, JSONValue.int)),
                ("cents", .int(s.cost.cents)), ("expectedCents", .optional(s.expected) { .int($0.cents) }),
                ("lines", .array(s.lines.map(Self.line))),
            ])
        }
        let legitimation: JSONValue = .object(
            LegitimationPart.allCases.map { ($0.rawValue, JSONValue.optional($0.text(in: item.legitimation), JSONValue.string)) }
                + [("missing", .array(item.missingLegitimation.map { .string($0.rawValue) }))])
        return .object([
            ("event", ref(item.event)), ("title", .string(event.title)), ("date", Self.date(event.date)),
            ("category", .optional(event.category, JSONValue.string)), ("resolves", .array(resolves)),
            ("cost", .object([("cents", .int(item.cost.cents)), ("lines", .array(item.costLines.map(Self.line)))])),
            ("avoided", avoided),
            ("netCents", .optional(item.net) { .int($0.cents) }),
            (
                "returnPerEuro",
                .optional(item.returnPerEuro) { r in
                    .object([("numerator", .int(r.numerator)), ("denominator", .int(r.denominator)), ("rounded", .string(r.decimalText))])
                }
            ),
            (
                "payers",
                .array(
                    item.payers.map { p in
                        .object([
                            ("payer", .optional(p.payer, JSONValue.string)), ("paysCents", .int(p.pays.cents)),
                            ("avoidedCents", .int(p.avoided.cents)), ("savesCents", .optional(p.saves) { .int($0.cents) }),
                            ("netCents", .optional(p.net) { .int($0.cents) }),
                            ("breakEvenPercent", Self.ratio(p.breakEvenPercent)),
                        ])
                    })
            ),
            ("netAtLowCents", .optional(item.netAtLow) { .int($0.cents) }),
            ("netAtHighCents", .optional(item.netAtHigh) { .int($0.cents) }),
            ("breakEvenPercent", Self.ratio(item.breakEvenPercent)),
            ("restsOnEstimate", .bool(item.restsOnEstimate)),
            (
                "estimates",
                .array(
                    item.estimates.map { use in
                        var members: [(String, JSONValue)] = [("number", .string(use.number.jsonName))]
                        switch use.number {
                        case .cost(let i), .avoided(let i): members.append(("line", .int(i)))
                        default: break
                        }
                        members += [
                            ("by", .optional(use.estimate.by, JSONValue.string)),
                            ("reason", .optional(use.estimate.reason, JSONValue.string)),
                        ]
                        return .object(members)
                    })
            ),
            ("wrongPocket", .bool(item.isWrongPocket)),
            ("complete", .bool(item.isComplete)),
            ("legitimation", legitimation),
        ])
    }

    func comparison(_ c: CostComparison, ref: (Int) -> JSONValue) -> JSONValue {
        func window(_ w: DayInterval, _ cost: Money) -> JSONValue {
            .object([("start", .string(Self.isoDay(w.start))), ("end", .string(Self.isoDay(w.end - 1))), ("cents", .int(cost.cents))])
        }
        return .object([
            ("firstException", ref(c.firstException)),
            ("before", window(c.before, c.beforeCost)), ("after", window(c.after, c.afterCost)),
            ("differenceCents", .int(c.difference.cents)), ("complete", .bool(c.isComplete)),
            ("unpricedBefore", .int(c.unpricedBefore)), ("unpricedAfter", .int(c.unpricedAfter)),
            (
                "events",
                .array(
                    c.shares.map { s in
                        .object([
                            ("event", ref(s.event)), ("beforeCents", .int(s.before.cents)), ("afterCents", .int(s.after.cents)),
                            ("unpricedLines", .int(s.unpricedLines)),
                        ])
                    })
            ),
        ])
    }

    static func line(_ l: PricedLine) -> JSONValue {
        .object([
            ("label", .string(l.label)), ("item", .optional(l.line.item, JSONValue.string)),
            ("fixedCents", .optional(l.line.amount) { .int($0.cents) }),
            ("unitPriceCents", .optional(l.item?.price) { .int($0.cents) }), ("unit", .optional(l.item?.unit.rawValue, JSONValue.string)),
            ("quantity", .string(l.quantity.decimalText)), ("periods", .string(l.periods.decimalText)),
            ("priceYear", .optional(l.item?.year, JSONValue.int)), ("source", .optional(l.item?.source, JSONValue.string)),
            ("payer", .optional(l.payer, JSONValue.string)), ("cents", .optional(l.amount) { .int($0.cents) }),
            ("unpriced", .optional(l.unpriced?.rawValue, JSONValue.string)),
        ])
    }

    /// An exact fraction with its rounded text; null when absent.
    static func ratio(_ r: Ratio?) -> JSONValue {
        .optional(r) { r in
            .object([("numerator", .int(r.numerator)), ("denominator", .int(r.denominator)), ("rounded", .string(r.decimalText))])
        }
    }

    static func localized(_ text: Localized) -> JSONValue { .object([("nl", .string(text.nl)), ("en", .string(text.en))]) }

    static func duration(_ d: DurationRange) -> JSONValue { .object([("minDays", .int(d.minDays)), ("maxDays", .int(d.maxDays))]) }

    static func date(_ d: PartialDate) -> JSONValue {
        .object([("edtf", .string(d.edtf)), ("earliest", .string(isoDay(d.earliestDay))), ("latest", .string(isoDay(d.latestDay)))])
    }

    static func isoDay(_ day: Int) -> String {
        let (y, m, d) = CivilDate.date(fromDayNumber: day)
        func pad(_ v: Int, _ w: Int) -> String { String(repeating: "0", count: max(0, w - String(v).count)) + String(v) }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
