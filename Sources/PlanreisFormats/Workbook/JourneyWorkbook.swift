import PlanreisModel
import PlanreisText

/// Journeys as a workbook: the spreadsheet CSV's rows and columns on one sheet, with a date
/// precise to the day as a date cell, a single euro amount as a euro cell, and everything else
/// as text at its own precision (`medio 2013`), so that reading the workbook back gives the
/// same journeys. `soort` and `actorgroep` get drop-down lists.
public enum JourneyWorkbook {
    /// The sheet of `journeys` (Dutch headers and words unless `language` is English).
    public static func sheet(_ journeys: [Journey], language: Language = .nl) -> WorkbookSheet {
        let options = SpreadsheetCSVFormat.WriteOptions(language: language, guardsFormulas: false)
        let writer = SpreadsheetWriter(options: options)
        var rows: [[SpreadsheetColumn: String]] = []
        for journey in journeys { rows += writer.rows(for: journey) }
        let columns = SpreadsheetColumn.writeOrder.filter { column in
            SpreadsheetColumn.always.contains(column) || rows.contains { !($0[column] ?? "").isEmpty }
        }
        let english = language == .en
        return WorkbookSheet(
            name: english ? "Journeys" : "Planreizen",
            columns: columns.map { WorkbookSheet.Column($0.header(english), choices: choices(for: $0, english: english)) },
            rows: rows.map { row in columns.map { typed(row[$0] ?? "", column: $0) } })
    }

    /// The workbook of `journeys`.
    public static func xlsx(_ journeys: [Journey], language: Language = .nl) -> [UInt8] {
        XLSXWriter.write([sheet(journeys, language: language)])
    }

    /// The words a drop-down offers in a column: kinds (and `baan` for a lane row), lane groups.
    static func choices(for column: SpreadsheetColumn, english: Bool) -> [String] {
        switch column {
        case .kind: EventKind.allCases.map { english ? $0.english : $0.dutch } + [english ? "lane" : "baan"]
        case .actorGroup: ActorGroup.allCases.map { english ? $0.english : $0.dutch }
        default: []
        }
    }

    /// A cell typed as a spreadsheet would hold it, when that loses nothing.
    static func typed(_ text: String, column: SpreadsheetColumn) -> WorkbookCell {
        guard !text.isEmpty else { return .empty }
        switch column {
        case .date, .end:
            if let date = try? PartialDate(parsing: text), date.precision == .day, date.qualifier.isEmpty, date.time == nil {
                return .day(date.earliestDay)
            }
        case .cost, .avoidedCost:
            if !text.contains("|"), let money = try? Money(parsing: text) { return .cents(money.cents) }
        default: break
        }
        return .text(text)
    }
}

extension JourneyWorkbook {
    /// The fill-in template `Templates/spreadsheet/planreis-sjabloon.xlsx`, made from the CSV
    /// template beside it: the same header and example rows, day-precise dates as date cells,
    /// single euro amounts as euro cells, drop-down lists for `soort` and `actorgroep`.
    public static func template(fromCSV bytes: [UInt8]) -> [UInt8] {
        let (text, _) = SpreadsheetTextDecoder.decode(bytes)
        let delimiter = CSVTokenizer.detectDelimiter(in: text)
        let rows = CSVTokenizer(delimiter: delimiter).rows(text).rows.filter { row in row.cells.contains { !$0.text.isEmpty } }
        guard let header = rows.first else { return XLSXWriter.write([]) }
        let columns = header.cells.map { SpreadsheetColumn.named($0.text) }
        let sheet = WorkbookSheet(
            name: "Planreis",
            columns: zip(header.cells, columns).map { cell, column in
                WorkbookSheet.Column(cell.text, choices: column.map { choices(for: $0, english: false) } ?? [])
            },
            rows: rows.dropFirst().map { row in
                row.cells.enumerated().map { index, cell in
                    index < columns.count && columns[index] != nil
                        ? typed(FormulaGuard.unguarded(cell.text), column: columns[index]!) : .text(FormulaGuard.unguarded(cell.text))
                }
            })
        return XLSXWriter.write([sheet])
    }
}
