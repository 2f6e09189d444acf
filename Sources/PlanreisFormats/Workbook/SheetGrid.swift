import PlanreisModel
import PlanreisText

/// The filled cells of one sheet, collected sparsely (a cell far out costs nothing until the
/// rows are laid out) and handed to the spreadsheet reader as rows of cells with their places:
/// `line` is the row number, `column` the column number.
struct SheetGrid {
    let name: String
    /// Most rows with text (header included) before the sheet is refused.
    let maxRows: Int
    /// Most cells laid out, empty ones between filled ones included.
    let maxCells: Int
    private(set) var rows: [Int: [(column: Int, text: String)]] = [:]
    private var cellCount = 0
    /// Rows with text so far.
    var rowCount: Int { rows.count }
    /// Merged ranges: first row, first column, last row.
    var merges: [(row: Int, column: Int, lastRow: Int)] = []
    /// Warnings about single cells (a formula without a stored result, an impossible date).
    var diagnostics: [Diagnostic] = []

    init(name: String, limits: ReadLimits, partBytes: Int) {
        self.name = name
        let (rows, overflow) = limits.maxEvents.addingReportingOverflow(1)
        maxRows = overflow ? Int.max : rows
        maxCells = max(1 << 20, partBytes / 2)
    }

    /// Keeps the text of a cell; an empty text is no cell.
    mutating func set(row: Int, column: Int, text: String) throws(WorkbookProblem) {
        guard !text.isEmpty else { return }
        cellCount += 1
        if cellCount > maxCells { throw .tooManyCells(sheet: name, limit: maxCells) }
        if rows[row] == nil {
            if rows.count >= maxRows { throw .tooManyRows(sheet: name, limit: maxRows - 1) }
            rows[row] = []
        }
        rows[row]!.append((column, text))
    }

    /// The rows in order, each with its cells from column 1 to its last filled one. A merged
    /// range spanning several rows gives its value to every row of it that holds data, in its
    /// first column (a case id or a date merged down a block of rows counts for each row).
    func laidOut() throws(WorkbookProblem) -> [CSVRow] {
        var filled = rows
        for merge in merges where merge.lastRow > merge.row {
            guard let value = filled[merge.row]?.first(where: { $0.column == merge.column })?.text else { continue }
            for row in (merge.row + 1)...merge.lastRow {
                guard let cells = filled[row], !cells.contains(where: { $0.column == merge.column }) else { continue }
                filled[row] = cells + [(merge.column, value)]
            }
        }
        var out: [CSVRow] = []
        out.reserveCapacity(filled.count)
        var budget = maxCells
        for row in filled.keys.sorted() {
            let cells = filled[row]!
            let width = cells.reduce(0) { max($0, $1.column) }
            budget -= width
            if budget < 0 { throw .tooManyCells(sheet: name, limit: maxCells) }
            // A cell's text is kept as typed, like a quoted CSV cell: spaces at its ends included.
            var laid = (1...max(width, 1)).map { CSVCell(text: "", line: row, column: $0, quoted: true) }
            for cell in cells { laid[cell.column - 1].text = cell.text }
            out.append(CSVRow(cells: laid, line: row))
        }
        return out
    }

    /// `C4` → row 4, column 3; nil for anything else (`$` signs allowed).
    static func reference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0, row = 0, digits = false
        for scalar in text.unicodeScalars where scalar != "$" {
            switch scalar {
            case "A"..."Z" where !digits: column = column * 26 + Int(scalar.value - 64)
            case "a"..."z" where !digits: column = column * 26 + Int(scalar.value - 96)
            case "0"..."9":
                digits = true
                row = row * 10 + Int(scalar.value - 48)
            default: return nil
            }
            if column > 16_384 || row > 1_048_576 { return nil }
        }
        return column > 0 && row > 0 ? (row, column) : nil
    }

    /// Just the column of `C` or `C4`.
    static func columnOnly(_ text: String) -> Int? {
        reference(text + (text.last?.isNumber == true ? "" : "1"))?.column
    }
}
