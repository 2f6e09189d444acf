import PlanreisModel

/// Reads one table of an OpenDocument spreadsheet (`.ods`, `content.xml`) into a `SheetGrid`:
/// typed values (`office:value`, `office:date-value`, `office:boolean-value`) before the shown
/// text, paragraphs joined with line breaks, `text:s` spaces and tabs, repeated rows and cells
/// (empty repeats cost nothing), spanned cells, and tables hidden through their style.
struct ODSReader {
    let file: String
    let limits: ReadLimits
    var archive: WorkbookArchive
    var diagnostics: [Diagnostic] = []

    /// The grid of table `wanted` (nil: the first visible one).
    mutating func read(sheet wanted: String?) throws(WorkbookProblem) -> SheetGrid? {
        guard let bytes = try archive.read("content.xml") else { throw .missingPart("content.xml") }
        let part = WorkbookPart(bytes, file: file, name: "content.xml", limits: limits)
        let reader = part.reader
        var hiddenStyles: Set<String> = []
        var styleName: String?
        var names: [String] = []
        var grid: SheetGrid?
        var row = 0
        while let node = reader.next() {
            guard node == .startElement else {
                if node == .endElement, reader.localName == "table", grid != nil { break }
                continue
            }
            switch reader.localName {
            case "style":
                styleName = part.attribute("name", namespace: WorkbookNamespace.style)
            case "table-properties":
                if part.attribute("display", namespace: WorkbookNamespace.table) == "false", let styleName {
                    hiddenStyles.insert(styleName)
                }
            case "table" where grid == nil:
                let name = part.attribute("name", namespace: WorkbookNamespace.table) ?? ""
                names.append(name)
                let hidden = part.attribute("style-name", namespace: WorkbookNamespace.table).map(hiddenStyles.contains) ?? false
                let matches = wanted.map { $0 == name || TextFolding.folded($0) == TextFolding.folded(name) } ?? !hidden
                if matches {
                    grid = SheetGrid(name: name, limits: limits, partBytes: bytes.count)
                } else {
                    reader.skipElement()
                }
            case "table-row" where grid != nil:
                let repeats = part.attribute("number-rows-repeated", namespace: WorkbookNamespace.table).flatMap(Int.init) ?? 1
                let first = row + 1
                let cells = try readRow(part, row: first, grid: &grid!)
                row += max(repeats, 1)
                // A repeated row with content is laid out again; an empty one costs nothing.
                if !cells.isEmpty, repeats > 1 {
                    if grid!.rowCount + repeats - 1 > grid!.maxRows { throw .tooManyRows(sheet: grid!.name, limit: grid!.maxRows - 1) }
                    for copy in (first + 1)..<(first + min(repeats, 1_048_576)) {
                        for cell in cells { try grid!.set(row: copy, column: cell.column, text: cell.text) }
                    }
                }
            default: break
            }
        }
        diagnostics += part.diagnostics
        if part.failed { return nil }
        guard let grid else { throw wanted.map { .unknownSheet($0, available: names) } ?? .noSheets }
        return grid
    }

    /// Reads one `table:table-row` up to its end tag into `grid`; returns the filled cells, so
    /// that a repeated row can be laid out again.
    private func readRow(_ part: WorkbookPart, row: Int, grid: inout SheetGrid) throws(WorkbookProblem) -> [(column: Int, text: String)] {
        let reader = part.reader
        var filled: [(column: Int, text: String)] = []
        var column = 0
        var depth = 1
        while depth > 0, let node = reader.next() {
            switch node {
            case .endElement: depth -= 1
            case .text: break
            case .startElement:
                guard reader.localName == "table-cell" || reader.localName == "covered-table-cell" else {
                    depth += 1
                    continue
                }
                let repeats = max(part.attribute("number-columns-repeated", namespace: WorkbookNamespace.table).flatMap(Int.init) ?? 1, 1)
                let spannedRows = part.attribute("number-rows-spanned", namespace: WorkbookNamespace.table).flatMap(Int.init) ?? 1
                let first = column + 1
                column += repeats
                let text = cellText(part)
                guard !text.isEmpty, first <= 16_384 else { continue }
                for at in first..<min(first + repeats, 16_385) {
                    filled.append((at, text))
                    try grid.set(row: row, column: at, text: text)
                }
                if spannedRows > 1 { grid.merges.append((row, first, row + spannedRows - 1)) }
            }
        }
        return filled
    }

    /// The value of the cell the reader stands on, reading up to its end tag: the typed value
    /// when there is one (a date to the day), else its paragraphs joined by line breaks.
    private func cellText(_ part: WorkbookPart) -> String {
        let reader = part.reader
        let office = WorkbookNamespace.office
        let type = part.attribute("value-type", namespace: office)
        let value = part.attribute("value", namespace: office)
        let date = part.attribute("date-value", namespace: office)
        let boolean = part.attribute("boolean-value", namespace: office)
        var paragraphs: [String] = []
        var current: String?
        var depth = 1
        while depth > 0, let node = reader.next() {
            switch node {
            case .startElement:
                depth += 1
                switch reader.localName {
                case "p", "h": current = ""
                case "s":
                    let count = part.attribute("c", namespace: WorkbookNamespace.text).flatMap(Int.init) ?? 1
                    current? += String(repeating: " ", count: min(max(count, 1), 1_000))
                case "tab": current? += "\t"
                case "line-break": current? += "\n"
                case "annotation":
                    // A comment is not the cell's value.
                    reader.skipElement()
                    depth -= 1
                default: break
                }
            case .endElement:
                depth -= 1
                if reader.localName == "p" || reader.localName == "h", let text = current {
                    paragraphs.append(text)
                    current = nil
                }
            case .text:
                current? += reader.text
            }
        }
        switch type {
        case "float", "percentage", "currency":
            return value.map(WorkbookValues.numberText) ?? paragraphs.joined(separator: "\n")
        case "date":
            if let date, let day = Self.day(date) { return WorkbookValues.isoDay(day) }
            return paragraphs.joined(separator: "\n")
        case "boolean":
            return boolean == "true" ? "waar" : boolean == "false" ? "onwaar" : paragraphs.joined(separator: "\n")
        default:
            return paragraphs.joined(separator: "\n")
        }
    }

    /// `2021-07-15` or `2021-07-15T10:00:00` → the day.
    static func day(_ text: String) -> Int? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...9999).contains(y),
            (1...12).contains(m), (1...CivilDate.daysInMonth(year: y, month: m)).contains(d)
        else { return nil }
        return CivilDate.dayNumber(year: y, month: m, day: d)
    }
}
