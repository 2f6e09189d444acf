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
        let withheld = b.smallCells?.hides(Budget.CellKey.total) == true
        func hides(_ table: String, _ row: BudgetRow) -> Bool { b.smallCells?.hides(Budget.CellKey.row(table, row.name)) == true }
        let fields: [(String, JSONValue)] = [
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
                "smallCells",
                .optional(b.smallCells) { .object([("minimum", .int($0.minimum)), ("suppressed", .int($0.cells.count))]) }
            ),
            (
                "cases",
                .object([
                    ("read", .int(b.casesRead)),
                    ("withExceptions", b.smallCells?.hides(Budget.CellKey.cases) == true ? .null : .int(b.casesWithExceptions)),
                    ("withoutArea", .int(b.casesWithoutArea)),
                ])
            ),
            ("input", .optional(b.input) { Self.input($0, minimum: b.smallCells?.minimum) }),
            ("total", Self.row(b.total, withheld: b.smallCells?.hides(Budget.CellKey.total) == true)),
            ("lowEstimate", Self.lowEstimate(b)),
            (
                "budget",
                .object([
                    ("availableCents", cents(s.available)), ("usedCents", withheld ? .null : .int(b.used.cents)),
                    ("leftCents", withheld ? .null : cents(b.left)),
                    ("usedPercent", withheld ? .null : .optional(b.usedPercent, JSONValue.int)),
                    ("unknownPayerCents", withheld ? .null : .int(b.unknownPayer.cents)),
                    ("usedUnpricedLines", withheld ? .null : .int(b.usedUnpricedLines)),
                    ("unknownPayerUnpricedLines", withheld ? .null : .int(b.unknownPayerUnpricedLines)),
                    ("usedBound", .string(b.usedUnpricedLines > 0 ? FigureBound.atLeast.rawValue : FigureBound.exact.rawValue)),
                ])
            ),
            ("perMunicipality", .array(b.perMunicipality.map { Self.row($0, withheld: hides("municipality", $0)) })),
            ("perCategory", .array(b.perCategory.map { Self.row($0, withheld: hides("category", $0)) })),
            ("perPayer", .array(b.perPayer.map { Self.row($0, withheld: hides("payer", $0)) })),
            ("perLegalBasis", .array(b.perLegalBasis.map { Self.row($0, withheld: hides("basis", $0)) })),
            // Quarters and single exceptions describe too few exceptions for a release with --min-cell.
            ("perQuarter", .array(b.smallCells == nil ? b.perQuarter.map { Self.row($0) } : [])),
            ("exceptions", .array(b.smallCells == nil ? b.exceptions.map(Self.exception) : [])),
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
        ]
        // `smallCells` only with --min-cell, so that other output stays as it was.
        return .object(fields.filter { $0.0 != "smallCells" || b.smallCells != nil })
    }

    /// A row; with `withheld` (small-cell suppression) only its name, every figure null.
    static func row(_ r: BudgetRow, withheld: Bool = false) -> JSONValue {
        if withheld {
            return .object(
                [("name", .optional(r.name, JSONValue.string))]
                    + [
                        "exceptions", "costCents", "avoidedCents", "netCents", "returnPerEuro", "withoutExpected", "unpriced", "complete",
                        "unpricedCostLines", "unpricedAvoidedLines", "costBound", "avoidedBound", "netBound",
                    ]
                    .map { ($0, JSONValue.null) })
        }
        return .object([
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
            ("paysOffAtLow", .optional(e.paysOffAtLow, JSONValue.bool)),
        ])
    }

    /// The exceptions that pay off even at their low estimate, that do not, and that cannot
    /// say; a count withheld under `--min-cell` is null.
    static func lowEstimate(_ b: Budget) -> JSONValue {
        let low = b.lowEstimate
        func n(_ count: Int, _ key: String) -> JSONValue { b.smallCells?.hides(key) == true ? .null : .int(count) }
        return .object([
            ("payOff", n(low.payOff, Budget.CellKey.payOffAtLow)), ("doNotPayOff", n(low.doNotPayOff, Budget.CellKey.notPayOffAtLow)),
            ("unknown", n(low.unknown, Budget.CellKey.unknownAtLow)),
        ])
    }

    /// What was read; counts under `minimum` (`--min-cell`) null.
    static func input(_ i: InputSummary, minimum: Int? = nil) -> JSONValue {
        func n(_ v: Int) -> JSONValue { minimum.map { v < $0 } == true ? .null : .int(v) }
        return .object([
            ("files", .int(i.files)), ("cases", n(i.cases)), ("duplicates", n(i.duplicates)),
            ("constructed", .optional(i.constructed, n)),
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
