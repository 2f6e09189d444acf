import PlanreisModel
import PlanreisText

/// Which file column holds which planreis column, and which columns are kept as tags.
struct HeaderLayout {
    /// File column index of each known column.
    var index: [SpreadsheetColumn: Int] = [:]
    /// File columns kept as tags: index and tag key.
    var extras: [(index: Int, key: String)] = []
    /// Number of header cells.
    var width = 0
}

/// One data row seen through the header: cell texts by column, and where each cell starts.
struct SpreadsheetRow {
    let row: CSVRow
    let layout: HeaderLayout
    let file: String

    /// The raw cell of a column, if the row has it.
    func cell(_ column: SpreadsheetColumn) -> CSVCell? {
        guard let index = layout.index[column], index < row.cells.count else { return nil }
        return row.cells[index]
    }

    /// The text of a cell as the model gets it: unquoted cells trimmed, the formula guard
    /// removed; nil when empty.
    func text(_ column: SpreadsheetColumn) -> String? {
        cell(column).flatMap(Self.value)
    }

    /// The text of any cell: unquoted cells trimmed, the formula guard removed; nil when empty.
    static func value(_ cell: CSVCell) -> String? {
        let text = FormulaGuard.unguarded(cell.quoted ? cell.text : cell.text.trimmingSpacesAndNBSP())
        return text.isEmpty ? nil : text
    }

    /// Where a column's cell starts, or where the row starts when it has no such cell.
    func location(_ column: SpreadsheetColumn) -> SourceLocation {
        cell(column).map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? start
    }

    /// Where the row starts.
    var start: SourceLocation { SourceLocation(file: file, line: row.line, column: 1) }

    func location(of cell: CSVCell) -> SourceLocation {
        SourceLocation(file: file, line: cell.line, column: cell.column)
    }

    /// Whether every cell is empty.
    var isEmpty: Bool { row.cells.allSatisfy { Self.value($0) == nil } }

    /// Whether any of `columns` has text.
    func hasAny(_ columns: [SpreadsheetColumn]) -> Bool { columns.contains { text($0) != nil } }
}

extension String {
    func trimmingSpacesAndNBSP() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "\u{00A0}" { s.removeFirst() }
        while let l = s.last, l.isWhitespace || l == "\u{00A0}" { s.removeLast() }
        return String(s)
    }
}
