import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes a budget as JSON, format `planreis-budget` version 1, described by
/// `Templates/schemas/budget.schema.json`. Money is in integer euro cents, ratios exact with
/// a rounded text, percentages whole numbers rounded half up; a null name means "unknown"
/// (not given in the cases).
public struct BudgetJSONWriter: Sendable {
    public static let format = "planreis-budget"
    public static let version = 1

    public init() {}

    public func write(_ budget: Budget) -> String {
        value(budget).serialized() + "\n"
    }

    public func value(_ b: Budget) -> JSONValue {
        let s = b.selection
        func cents(_ m: Money?) -> JSONValue { .optional(m) { .int($0.cents) } }
        return .object([
            ("format", .string(Self.format)), ("version", .int(Self.version)),
            (
                "selection",
                .object([
                    ("year", .int(s.year)), ("from", .string(AnalysisJSONWriter.isoDay(s.days.start))),
                    ("until", .string(AnalysisJSONWriter.isoDay(s.days.end - 1))),
                    ("municipality", .optional(s.municipality, JSONValue.string)),
                ])
            ),
            ("cases", .object([("read", .int(b.casesRead)), ("withExceptions", .int(b.casesWithExceptions))])),
            ("total", Self.row(b.total)),
            (
                "budget",
                .object([
                    ("availableCents", cents(s.available)), ("usedCents", .int(b.used.cents)), ("leftCents", cents(b.left)),
                    ("usedPercent", .optional(b.usedPercent, JSONValue.int)), ("unknownPayerCents", .int(b.unknownPayer.cents)),
                ])
            ),
            ("perMunicipality", .array(b.perMunicipality.map(Self.row))),
            ("perCategory", .array(b.perCategory.map(Self.row))),
            ("perPayer", .array(b.perPayer.map(Self.row))),
            ("perLegalBasis", .array(b.perLegalBasis.map(Self.row))),
            (
                "recurringObstacles",
                .array(
                    b.obstacles.map { o in
                        .object([
                            ("title", .string(o.title)), ("key", .string(o.key)), ("occurrences", .int(o.occurrences)),
                            ("cases", .int(o.cases)), ("resolved", .int(o.resolved)), ("open", .int(o.open)),
                        ])
                    })
            ),
            ("issues", .array(b.issues.map(Self.issue))),
            ("undatedExceptions", .int(b.undatedExceptions)),
        ])
    }

    static func row(_ r: BudgetRow) -> JSONValue {
        .object([
            ("name", .optional(r.name, JSONValue.string)), ("exceptions", .int(r.exceptions)), ("costCents", .int(r.cost.cents)),
            ("avoidedCents", .int(r.avoided.cents)), ("netCents", .int(r.net.cents)),
            (
                "returnPerEuro",
                .optional(r.returnPerEuro) { q in
                    .object([("numerator", .int(q.numerator)), ("denominator", .int(q.denominator)), ("rounded", .string(q.decimalText))])
                }
            ),
            ("withoutExpected", .int(r.withoutExpected)), ("unpriced", .int(r.unpriced)), ("complete", .bool(r.isComplete)),
        ])
    }

    static func issue(_ i: BudgetIssue) -> JSONValue {
        .object([
            ("case", .string(i.caseID)), ("exception", .string(i.exception)), ("title", .string(i.title)),
            ("date", AnalysisJSONWriter.date(i.date)), ("end", .optional(i.end, AnalysisJSONWriter.date)),
            ("missingLegitimation", .array(i.missingLegitimation.map { .string($0.rawValue) })),
            (
                "unpricedLines",
                .array(
                    i.unpricedLines.map { line in
                        .object([("label", .string(line.label)), ("reason", .optional(line.reason?.rawValue, JSONValue.string))])
                    })
            ), ("noCost", .bool(i.noCost)),
            ("noExpectedAvoided", .bool(i.noExpectedAvoided)), ("unknownPayerCents", .int(i.unknownPayerCost.cents)),
            ("straddlesYear", .bool(i.straddlesYear)),
        ])
    }
}
