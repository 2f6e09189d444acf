import PlanreisModel

/// Reads the cells of one worksheet part: shared and inline strings, numbers, booleans, cached
/// formula results, errors, dates (a number whose format shows a date) and merged ranges.
struct XLSXSheetReader {
    let part: WorkbookPart
    var grid: SheetGrid
    let file: String
    let strings: [String]
    let dateStyles: [Bool]
    let date1904: Bool

    mutating func read() throws(WorkbookProblem) {
        let reader = part.reader
        var row = 0
        var column = 0
        while let node = reader.next() {
            guard node == .startElement else { continue }
            switch reader.localName {
            case "row":
                row = part.attribute("r").flatMap(Int.init) ?? row + 1
                column = 0
            case "c":
                if let place = part.attribute("r").flatMap(SheetGrid.reference) {
                    row = place.row
                    column = place.column
                } else {
                    column += 1
                }
                guard row >= 1, column >= 1, row <= 1_048_576, column <= 16_384 else { continue }
                let type = part.attribute("t") ?? "n"
                let style = part.attribute("s").flatMap(Int.init) ?? 0
                let text = cellText(type: type, style: style, row: row, column: column)
                try grid.set(row: row, column: column, text: text)
            case "mergeCell":
                guard let ref = part.attribute("ref") else { continue }
                let ends = ref.split(separator: ":").map(String.init)
                guard ends.count == 2, let first = SheetGrid.reference(ends[0]), let last = SheetGrid.reference(ends[1]) else { continue }
                grid.merges.append((first.row, first.column, last.row))
            default: break
            }
        }
    }

    /// The text a cell stands for, reading up to its end tag.
    private mutating func cellText(type: String, style: Int, row: Int, column: Int) -> String {
        let reader = part.reader
        var value: String?
        var inline = ""
        var hasFormula = false
        var depth = 1
        while depth > 0, let node = reader.next() {
            switch node {
            case .startElement:
                depth += 1
                switch reader.localName {
                case "v":
                    value = part.elementText()
                    depth -= 1
                case "t":
                    inline += part.elementText()
                    depth -= 1
                case "rPh":
                    // A phonetic guide is not part of the text.
                    reader.skipElement()
                    depth -= 1
                case "f": hasFormula = true
                default: break
                }
            case .endElement: depth -= 1
            case .text: break
            }
        }
        let here = SourceLocation(file: file, line: row, column: column, sheet: grid.name)
        switch type {
        case "inlineStr":
            return WorkbookValues.decodeEscapes(inline)
        case "s":
            guard let index = value.flatMap({ Int($0.trimmingSpacesAndNBSP()) }), index >= 0, index < strings.count else {
                grid.diagnostics.append(
                    .error(
                        at: here,
                        Localized(
                            nl: "de cel verwijst naar een tekst die de werkmap niet heeft",
                            en: "the cell refers to a text the workbook lacks"),
                        hint: Localized(nl: "sla de werkmap opnieuw op", en: "save the workbook again")))
                return ""
            }
            return strings[index]
        case "str", "e":
            return WorkbookValues.decodeEscapes(value ?? "")
        case "b":
            return value == "1" ? "waar" : value == "0" ? "onwaar" : value ?? ""
        default:
            guard let value, !value.isEmpty else {
                if hasFormula {
                    grid.diagnostics.append(
                        .warning(
                            at: here,
                            Localized(
                                nl: "formule zonder opgeslagen uitkomst; de cel wordt als leeg gelezen",
                                en: "formula without a stored result; the cell is read as empty"),
                            hint: Localized(
                                nl: "open de werkmap in Excel of LibreOffice en sla hem op, dan wordt de uitkomst bewaard",
                                en: "open the workbook in Excel or LibreOffice and save it, so that the result is stored")))
                }
                return ""
            }
            guard style < dateStyles.count, dateStyles[style] else { return WorkbookValues.numberText(value) }
            guard let serial = Double(value), let day = WorkbookValues.day(serial: serial, date1904: date1904) else {
                // Excel's fictitious 29 February 1900: the date reader names the day that does not exist.
                if !date1904, Double(value).map({ $0.rounded(.down) == 60 }) == true { return "29-02-1900" }
                grid.diagnostics.append(
                    .error(
                        at: here,
                        Localized(
                            nl: "datumcel met waarde \(value) valt buiten de jaren 1 tot 9999",
                            en: "date cell with value \(value) lies outside the years 1 to 9999"),
                        hint: Localized(nl: "typ de datum opnieuw in", en: "type the date again")))
                return ""
            }
            return WorkbookValues.isoDay(day)
        }
    }
}
