import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// The per-case table of a cohort (`compare --per-case`): one row per case, one column per
/// variable, for pandas and R without reshaping. Column names are fixed English snake_case
/// whatever the language (documented in docs/research-exports.md); stalled days per actor and
/// tags get one column per actor or tag key found in the cohort (`stalled_min_days[Actor]`,
/// `tag[key]`). Missing values are empty in CSV and null in JSON; dates are ISO days with
/// their EDTF text and precision beside them.
public struct CaseRowTable: Sendable {
    /// A cell: a whole number, a text, a truth value, or nothing.
    public enum Cell: Hashable, Sendable {
        case int(Int)
        case text(String)
        case bool(Bool)
        case missing
    }

    public var columns: [String]
    public var rows: [[Cell]]

    public init(_ cohort: Cohort) {
        let actors = Set(cohort.caseRows.flatMap { $0.stalledPerActor.keys }).sorted()
        let tagKeys = Set(cohort.caseRows.flatMap { $0.tags.keys }).sorted()
        let phases: [Phase] = [.intensive, .monitor]
        columns =
            [
                "case_id", "start_date", "start_precision", "start_earliest", "start_latest", "end_date", "end_precision",
                "end_earliest", "end_latest", "ending", "status_on_reference_date", "length_min_days", "length_max_days",
            ] + phases.flatMap { ["\($0.dutch)_min_days", "\($0.dutch)_max_days"] }
            + [
                "safety_start", "safety_end", "events", "exceptions", "first_breakthrough_min_days", "first_breakthrough_max_days",
                "stalled_min_days", "stalled_max_days",
            ] + actors.flatMap { ["stalled_min_days[\($0)]", "stalled_max_days[\($0)]"] }
            + tagKeys.map { $0.isEmpty ? "tag" : "tag[\($0)]" }
        func date(_ d: PartialDate?) -> [Cell] {
            guard let d else { return [.missing, .missing, .missing, .missing] }
            return [
                .text(d.edtf), .text(Self.precision(d.precision)), .text(AnalysisJSONWriter.isoDay(d.earliestDay)),
                .text(AnalysisJSONWriter.isoDay(d.latestDay)),
            ]
        }
        func range(_ r: DurationRange?) -> [Cell] { r.map { [.int($0.minDays), .int($0.maxDays)] } ?? [.missing, .missing] }
        rows = cohort.caseRows.map { row in
            var cells: [Cell] = [.text(row.id)] + date(row.start) + date(row.end)
            cells += [.text(row.ending.rawValue), row.status.map { .text($0.dutch) } ?? .missing] + range(row.length)
            for phase in phases { cells += range(row.phaseLengths[phase]) }
            cells += [row.safetyStart.map { .text($0.dutch) } ?? .missing, row.safetyEnd.map { .text($0.dutch) } ?? .missing]
            cells += [.int(row.events), .int(row.exceptions)] + range(row.firstBreakthrough) + range(row.stalled)
            for actor in actors { cells += range(row.stalledPerActor[actor] ?? .zero) }
            for key in tagKeys { cells.append(row.tags[key].map { .text($0.joined(separator: "|")) } ?? .missing) }
            return cells
        }
    }

    /// The precision as a column value: year, year_part, season, month, day, time.
    static func precision(_ p: PartialDate.Precision) -> String {
        switch p {
        case .year: "year"
        case .yearPart: "year_part"
        case .season: "season"
        case .month: "month"
        case .day: "day"
        case .time: "time"
        }
    }

    /// RFC 4180 CSV: comma, header line, UTF-8 without byte-order mark, CRLF; texts quoted when
    /// needed and guarded against spreadsheet formulas.
    public var csv: [UInt8] {
        func quoted(_ text: String) -> String { CSVCellWriter.cell(text, delimiter: ",") }
        var lines = [columns.map(quoted).joined(separator: ",")]
        for row in rows {
            lines.append(
                row.map { cell in
                    switch cell {
                    case .int(let i): String(i)
                    case .text(let t): quoted(t)
                    case .bool(let b): b ? "true" : "false"
                    case .missing: ""
                    }
                }.joined(separator: ","))
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A JSON array of flat objects, one per case, keys as the CSV's columns.
    public var json: String {
        let value = JSONValue.array(
            rows.map { row in
                .object(
                    zip(columns, row).map { name, cell in
                        switch cell {
                        case .int(let i): (name, .int(i))
                        case .text(let t): (name, .string(t))
                        case .bool(let b): (name, .bool(b))
                        case .missing: (name, .null)
                        }
                    })
            })
        return value.serialized() + "\n"
    }
}
