import PlanreisModel
import PlanreisText

/// Reads a spreadsheet saved as CSV into journeys: decoding, header, rows, then links, lane
/// groups and the semantic checks. Every problem is collected with its physical line and column.
struct SpreadsheetReader {
    let file: String
    let defaultJourneyID: String
    var layout = HeaderLayout()
    /// The first `SpreadsheetCSVFormat.reportedProblemLimit` problems, in the order found.
    private(set) var diagnostics: [Diagnostic] = []
    /// Problems found past the limit, counted and dropped.
    var omitted = OmittedProblems()
    var drafts: [JourneyDraft] = []
    var draftIndex: [String: Int] = [:]
    var missingRequired: [SpreadsheetColumn] = []
    /// Columns past the header that already got their warning.
    var warnedSurplusColumns: Set<Int> = []

    init(file: String) {
        self.file = file
        defaultJourneyID = Self.journeyID(fromFile: file)
    }

    /// The file name without folders and extension: `data/claudia.csv` → `claudia`.
    static func journeyID(fromFile file: String) -> String {
        var name = Substring(file.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let trimmed = String(name).trimmingSpacesAndNBSP()
        return trimmed.isEmpty || trimmed == "-" ? "casus" : trimmed
    }

    mutating func read(_ bytes: [UInt8]) -> ReadResult {
        let (text, _) = SpreadsheetTextDecoder.decode(bytes)
        let (_, rows, problems) = CSVTokenizer.split(text)
        for problem in problems { report(problem) }
        return read(rows: rows)
    }

    /// Reads rows of cells with their places, from a CSV file or a sheet of a workbook (where
    /// `line` is the row number and `column` the column number).
    mutating func read(rows: [CSVRow]) -> ReadResult {
        guard let headerIndex = rows.firstIndex(where: { !SpreadsheetRow(row: $0, layout: HeaderLayout(), file: file).isEmpty })
        else {
            error(
                at: SourceLocation(file: file, line: 1, column: 1),
                nl: "het bestand heeft geen kopregel en geen gegevens",
                en: "the file has no header and no data",
                hint: (
                    nl: "begin met een kopregel: \(Self.requiredList(english: false))",
                    en: "start with a header line: \(Self.requiredList(english: true))"
                ))
            return ReadResult(diagnostics: reportedDiagnostics, omitted: omitted)
        }
        let dataRows = rows[(headerIndex + 1)...]
        readHeader(rows[headerIndex], data: dataRows)
        for row in dataRows {
            let view = SpreadsheetRow(row: row, layout: layout, file: file)
            guard !view.isEmpty else { continue }
            readRow(view)
        }
        finish()
        return ReadResult(
            journeys: drafts.map(\.journey), sourceMaps: drafts.map(\.map), diagnostics: reportedDiagnostics, omitted: omitted)
    }

    static func requiredList(english: Bool) -> String {
        SpreadsheetColumn.required.map { $0.header(english) }.joined(separator: english ? ", " : "; ")
    }

    // MARK: rows

    /// The draft of journey `id`, created at `location` when it is new.
    mutating func draft(for id: String, at location: SourceLocation) -> Int {
        if let index = draftIndex[id] { return index }
        drafts.append(JourneyDraft(id: id, file: file, location: location))
        draftIndex[id] = drafts.count - 1
        return drafts.count - 1
    }

    mutating func readRow(_ row: SpreadsheetRow) {
        let d = draft(for: row.text(.journey) ?? defaultJourneyID, at: row.start)
        readJourneyFields(row, draft: d)
        let kindWord = row.text(.kind).map(TextFolding.folded)
        switch kindWord {
        case "baan", "lane", "actor":
            _ = readLane(row, draft: d)
            let ignored = filledColumns(row, excluding: SpreadsheetColumn.journeyColumns.union(SpreadsheetColumn.actorColumns))
            warnIgnored(row, filled: ignored.filter { $0 != .kind }, rowKind: kindWord!)
        case "casus", "case":
            warnIgnored(row, filled: filledColumns(row, excluding: SpreadsheetColumn.journeyColumns.union([.kind])), rowKind: kindWord!)
        case nil where filledColumns(row, excluding: SpreadsheetColumn.journeyColumns).isEmpty && extraTags(row).isEmpty:
            // Only journey cells: a row that describes the case.
            break
        default:
            readEvent(row, draft: d)
        }
    }

    /// Known columns with text in this row, leaving out `excluding`.
    func filledColumns(_ row: SpreadsheetRow, excluding: Set<SpreadsheetColumn>) -> [SpreadsheetColumn] {
        SpreadsheetColumn.writeOrder.filter { !excluding.contains($0) && row.text($0) != nil }
            .sorted { (layout.index[$0] ?? 0) < (layout.index[$1] ?? 0) }
    }

    /// Tags from unknown columns and from cells past the header, warning once per surplus column.
    mutating func extraTags(_ row: SpreadsheetRow, warn: Bool = false) -> [Tag] {
        var tags: [Tag] = []
        for extra in layout.extras where extra.index < row.row.cells.count {
            if let value = SpreadsheetRow.value(row.row.cells[extra.index]) { tags.append(Tag(extra.key, value)) }
        }
        if row.row.cells.count > layout.width {
            for index in layout.width..<row.row.cells.count {
                let cell = row.row.cells[index]
                guard let value = SpreadsheetRow.value(cell) else { continue }
                let key = "kolom \(index + 1)"
                tags.append(Tag(key, value))
                if warn, !warnedSurplusColumns.contains(index) {
                    warnedSurplusColumns.insert(index)
                    warning(
                        at: row.location(of: cell),
                        nl: "cel buiten de kopregel (kolom \(index + 1)); de waarde wordt bewaard als label \"\(key)\"",
                        en: "cell beyond the header (column \(index + 1)); the value is kept as tag \"\(key)\"",
                        hint: (
                            nl: "geef de kolom een naam in de kopregel, of controleer het scheidingsteken in deze regel",
                            en: "name the column in the header, or check the delimiter in this row"
                        ))
                }
            }
        }
        return tags
    }

    mutating func warnIgnored(_ row: SpreadsheetRow, filled: [SpreadsheetColumn], rowKind: String) {
        guard let first = filled.first else { return }
        let names = filled.map { "\"\($0.dutch)\"" }.joined(separator: ", ")
        let englishNames = filled.map { "\"\($0.english)\"" }.joined(separator: ", ")
        warning(
            at: row.location(first),
            nl: "een regel met soort \"\(rowKind)\" gebruikt \(names) niet; die cellen worden genegeerd",
            en: "a row of kind \"\(rowKind)\" does not use \(englishNames); those cells are ignored",
            hint: (
                nl: "zet gebeurtenissen in een eigen regel met een soort als interventie of besluit",
                en: "put events in their own row with a kind such as intervention or decision"
            ))
    }

    // MARK: diagnostics

    /// Keeps `diagnostic` while fewer than `SpreadsheetCSVFormat.reportedProblemLimit` are kept;
    /// counts it otherwise, so a file with a million bad rows costs no million messages.
    mutating func record(_ diagnostic: Diagnostic) {
        if diagnostics.count < SpreadsheetCSVFormat.reportedProblemLimit {
            diagnostics.append(diagnostic)
        } else {
            omitted.count(diagnostic)
        }
    }

    /// The kept problems and, when some were dropped, one that says how many.
    var reportedDiagnostics: [Diagnostic] {
        guard let summary = omitted.summary(file: file, limit: SpreadsheetCSVFormat.reportedProblemLimit) else { return diagnostics }
        return diagnostics + [summary]
    }

    mutating func error(at location: SourceLocation, nl: String, en: String, hint: (nl: String, en: String)? = nil) {
        record(.error(at: location, Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.nl, en: $0.en) }))
    }

    mutating func error(at location: SourceLocation, _ message: Localized, hint: Localized?) {
        record(.error(at: location, message, hint: hint))
    }

    mutating func warning(at location: SourceLocation, nl: String, en: String, hint: (nl: String, en: String)? = nil) {
        record(.warning(at: location, Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.nl, en: $0.en) }))
    }

    mutating func report(_ problem: CSVTokenizerProblem) {
        let location = SourceLocation(file: file, line: problem.line, column: problem.column)
        let (message, hint) = problem.words
        switch problem.kind {
        case .unterminatedQuote: error(at: location, nl: message.nl, en: message.en, hint: hint)
        case .textAfterQuote: warning(at: location, nl: message.nl, en: message.en, hint: hint)
        }
    }
}
