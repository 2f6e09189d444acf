import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes a budget as JSON, format `planreis-budget` version 2, described by
/// `Templates/schemas/budget.schema.json`. Money is in integer euro cents, ratios exact with
/// a rounded text, percentages whole numbers rounded half up; a null name means "unknown"
/// (not given in the cases). Version 2 splits amounts over the days they cover (version 1
/// counted an exception in full in every year it touched) and says what is a bound.
public struct BudgetJSONWriter: Sendable {
    public static let format = "planreis-budget"
    public static let version = 2

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
            (
                "cases",
                .object([
                    ("read", .int(b.casesRead)), ("withExceptions", .int(b.casesWithExceptions)),
                    ("withoutArea", .int(b.casesWithoutArea)),
                ])
            ),
            ("input", .optional(b.input, Self.input)),
            ("total", Self.row(b.total)),
            (
                "budget",
                .object([
                    ("availableCents", cents(s.available)), ("usedCents", .int(b.used.cents)), ("leftCents", cents(b.left)),
                    ("usedPercent", .optional(b.usedPercent, JSONValue.int)), ("unknownPayerCents", .int(b.unknownPayer.cents)),
                    ("usedUnpricedLines", .int(b.usedUnpricedLines)),
                    ("unknownPayerUnpricedLines", .int(b.unknownPayerUnpricedLines)),
                    ("usedBound", .string(b.usedUnpricedLines > 0 ? FigureBound.atLeast.rawValue : FigureBound.exact.rawValue)),
                ])
            ),
            ("perMunicipality", .array(b.perMunicipality.map(Self.row))),
            ("perCategory", .array(b.perCategory.map(Self.row))),
            ("perPayer", .array(b.perPayer.map(Self.row))),
            ("perLegalBasis", .array(b.perLegalBasis.map(Self.row))),
            ("perQuarter", .array(b.perQuarter.map(Self.row))),
            ("exceptions", .array(b.exceptions.map(Self.exception))),
            (
                "areas",
                .array(b.areas.map { .object([("name", .string($0.name)), ("isRegion", .bool($0.isRegion))]) })
            ),
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
            ("unpricedCostLines", .int(r.unpricedCostLines)), ("unpricedAvoidedLines", .int(r.unpricedAvoidedLines)),
            ("costBound", .string(r.costBound.rawValue)), ("avoidedBound", .string(r.avoidedBound.rawValue)),
            ("netBound", .string(r.netBound.rawValue)),
        ])
    }

    static func exception(_ e: BudgetException) -> JSONValue {
        .object([
            ("case", .string(e.caseID)), ("exception", .string(e.exception)), ("title", .string(e.title)),
            ("date", AnalysisJSONWriter.date(e.date)), ("end", .optional(e.end, AnalysisJSONWriter.date)),
            ("costInYearCents", .int(e.costInYear.cents)), ("costTotalCents", .int(e.costTotal.cents)),
            ("unpricedCostLines", .int(e.unpricedCostLines)),
            ("avoidedInYearCents", .optional(e.avoidedInYear) { .int($0.cents) }),
            ("unpricedAvoidedLines", .int(e.unpricedAvoidedLines)), ("daysInYear", .int(e.daysInYear)), ("days", .int(e.days)),
            ("state", .string(e.state.rawValue)), ("legitimationComplete", .bool(e.legitimationComplete)),
        ])
    }

    static func input(_ i: InputSummary) -> JSONValue {
        .object([
            ("files", .int(i.files)), ("cases", .int(i.cases)), ("duplicates", .int(i.duplicates)),
            ("constructed", .optional(i.constructed, JSONValue.int)),
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
            ("unknownPayerUnpricedLines", .int(i.unknownPayerUnpricedLines)), ("straddlesYear", .bool(i.straddlesYear)),
        ])
    }
}
