import PlanreisModel

/// Reads the sheet of an Office Open XML workbook (`.xlsx`) into a `SheetGrid`: the workbook
/// part (sheets, their visibility, the date system), its relationships, the styles (which
/// cells have a date format), the shared strings, then the sheet itself.
struct XLSXReader {
    let file: String
    let limits: ReadLimits
    var archive: WorkbookArchive
    var diagnostics: [Diagnostic] = []

    struct SheetEntry {
        var name: String
        var relationship: String
        var hidden: Bool
    }

    /// The grid of sheet `wanted` (nil: the first visible one).
    mutating func read(sheet wanted: String?) throws(WorkbookProblem) -> SheetGrid? {
        let workbookPath = try officeDocumentPath()
        guard let workbookBytes = try archive.read(workbookPath) else { throw .missingPart(workbookPath) }
        var sheets: [SheetEntry] = []
        var date1904 = false
        let book = WorkbookPart(workbookBytes, file: file, name: workbookPath, limits: limits)
        while let node = book.reader.next() {
            guard node == .startElement else { continue }
            switch book.reader.localName {
            case "workbookPr":
                let value = book.attribute("date1904")
                date1904 = value == "1" || value == "true"
            case "sheet":
                let state = book.attribute("state")
                sheets.append(
                    SheetEntry(
                        name: book.attribute("name") ?? "",
                        relationship: book.attribute("id", namespace: WorkbookNamespace.relationships) ?? "",
                        hidden: state == "hidden" || state == "veryHidden"))
            default: break
            }
        }
        diagnostics += book.diagnostics
        if book.failed { return nil }

        let chosen: SheetEntry
        if let wanted {
            guard
                let named = sheets.first(where: { $0.name == wanted })
                    ?? sheets.first(where: { TextFolding.folded($0.name) == TextFolding.folded(wanted) })
            else { throw .unknownSheet(wanted, available: sheets.map(\.name)) }
            chosen = named
        } else {
            guard let visible = sheets.first(where: { !$0.hidden }) else { throw .noSheets }
            chosen = visible
        }

        let relations = try relationships(of: workbookPath)
        if diagnostics.hasErrors { return nil }
        guard let sheetPath = relations.first(where: { $0.id == chosen.relationship })?.target else {
            throw .missingPart("\(chosen.name) (\(chosen.relationship))")
        }
        var styles: [Bool] = []
        if let path = relations.first(where: { $0.type.hasSuffix("/styles") })?.target { styles = try dateStyles(path) }
        var strings: [String] = []
        if let path = relations.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target { strings = try sharedStrings(path) }
        if diagnostics.hasErrors { return nil }
        guard var sheetBytes = try archive.read(sheetPath) else { throw .missingPart(sheetPath) }
        let maxRows = limits.maxEvents.addingReportingOverflow(1)
        sheetBytes.append(0)  // in the capacity the archive reserved: no copy
        if !maxRows.overflow, SheetRowScan.exceeds(sheetBytes, limit: maxRows.partialValue) {
            throw .tooManyRows(sheet: chosen.name, limit: limits.maxEvents)
        }
        sheetBytes.removeLast()
        var sheet = XLSXSheetReader(
            part: WorkbookPart(sheetBytes, file: file, name: sheetPath, limits: limits),
            grid: SheetGrid(name: chosen.name, limits: limits, partBytes: sheetBytes.count), file: file,
            strings: strings, dateStyles: styles, date1904: date1904)
        try sheet.read()
        diagnostics += sheet.part.diagnostics
        if sheet.part.failed { return nil }
        return sheet.grid
    }

    /// Where the workbook part is, from the package relationships (`xl/workbook.xml` usually).
    private mutating func officeDocumentPath() throws(WorkbookProblem) -> String {
        let found = try relationships(of: "").first { $0.type.hasSuffix("/officeDocument") }?.target
        return found ?? "xl/workbook.xml"
    }

    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of part `source` (`""` for the package), targets made absolute.
    private mutating func relationships(of source: String) throws(WorkbookProblem) -> [Relationship] {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let name =
            source.isEmpty
            ? "_rels/.rels" : (folder.isEmpty ? "" : folder + "/") + "_rels/" + (source.split(separator: "/").last ?? "") + ".rels"
        guard let bytes = try archive.read(name) else { return [] }
        let part = WorkbookPart(bytes, file: file, name: name, limits: limits)
        var found: [Relationship] = []
        while let node = part.reader.next() {
            guard node == .startElement, part.reader.localName == "Relationship" else { continue }
            guard part.attribute("TargetMode") != "External", let target = part.attribute("Target") else { continue }
            found.append(
                Relationship(id: part.attribute("Id") ?? "", type: part.attribute("Type") ?? "", target: Self.resolve(target, in: folder)))
        }
        diagnostics += part.diagnostics
        return found
    }

    /// `worksheets/sheet1.xml` in `xl` → `xl/worksheets/sheet1.xml`; `/xl/x.xml` → `xl/x.xml`.
    static func resolve(_ target: String, in folder: String) -> String {
        var steps: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for step in target.split(separator: "/") {
            if step == ".." { _ = steps.popLast() } else if step != "." { steps.append(step) }
        }
        return steps.joined(separator: "/")
    }

    /// For each cell format (`cellXfs`, by index) whether it shows a date.
    private mutating func dateStyles(_ path: String) throws(WorkbookProblem) -> [Bool] {
        guard let bytes = try archive.read(path) else { return [] }
        let part = WorkbookPart(bytes, file: file, name: path, limits: limits)
        var customDate: [Int: Bool] = [:]
        var styles: [Bool] = []
        var inCellFormats = false
        while let node = part.reader.next() {
            switch node {
            case .startElement:
                switch part.reader.localName {
                case "numFmt":
                    if let id = part.attribute("numFmtId").flatMap(Int.init), let code = part.attribute("formatCode") {
                        customDate[id] = Self.isDateFormat(code)
                    }
                case "cellXfs": inCellFormats = true
                case "xf" where inCellFormats:
                    let id = part.attribute("numFmtId").flatMap(Int.init) ?? 0
                    styles.append(customDate[id] ?? Self.builtInDateFormats.contains(id))
                default: break
                }
            case .endElement: if part.reader.localName == "cellXfs" { inCellFormats = false }
            case .text: break
            }
        }
        diagnostics += part.diagnostics
        return styles
    }

    /// Excel's built-in number formats that show a date (times of day alone are not dates).
    static let builtInDateFormats: Set<Int> = Set(14...17).union([22]).union(27...36).union(50...58)

    /// Whether a format code shows a date: it has a year or day code (`y`, `d`) outside quoted
    /// text, escapes and `[…]` sections (`mm:ss` alone is a time, `[$€-413]` a currency).
    static func isDateFormat(_ code: String) -> Bool {
        var inQuote = false, inBracket = false, escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket && (character == "y" || character == "d") { return true }
            }
        }
        return false
    }

    /// The shared strings: each `<si>` is the text of its `<t>`, or of the `<t>` of its rich
    /// text runs joined; phonetic guides (`<rPh>`) are left out.
    private mutating func sharedStrings(_ path: String) throws(WorkbookProblem) -> [String] {
        guard let bytes = try archive.read(path, sharedStrings: true) else { return [] }
        let part = WorkbookPart(bytes, file: file, name: path, limits: limits)
        var strings: [String] = []
        var current = ""
        var inPhonetic = false
        while let node = part.reader.next() {
            switch node {
            case .startElement:
                switch part.reader.localName {
                case "si": current = ""
                case "rPh": inPhonetic = true
                case "t" where !inPhonetic: current += part.elementText()
                default: break
                }
            case .endElement:
                switch part.reader.localName {
                case "si": strings.append(WorkbookValues.decodeEscapes(current))
                case "rPh": inPhonetic = false
                default: break
                }
            case .text: break
            }
        }
        diagnostics += part.diagnostics
        return strings
    }
}
