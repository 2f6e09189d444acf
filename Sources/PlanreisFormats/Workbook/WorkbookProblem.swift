import PlanreisModel

/// Why a workbook as a whole could not be read: its container, a part, or the sheet asked for.
/// Each becomes one error at the start of the file (or of the part).
enum WorkbookProblem: Error, Hashable, Sendable {
    case notAZip
    case tooManyEntries(Int)
    case unsafeEntryName(String)
    /// A part (or all parts together) would inflate past `limit` bytes.
    case tooLarge(part: String, limit: Int)
    case ratio(part: String, limit: Int)
    /// A part inflates to another size than its zip header declares.
    case lyingSize(part: String)
    case damaged(part: String)
    /// A part the format requires is absent.
    case missingPart(String)
    case noSheets
    case unknownSheet(String, available: [String])
    /// More rows with data than events allowed.
    case tooManyRows(sheet: String, limit: Int)
    /// More cells (empty ones between filled ones included) than the sheet's size allows.
    case tooManyCells(sheet: String, limit: Int)

    /// The diagnostic for file `file`.
    func diagnostic(file: String) -> Diagnostic {
        let at = SourceLocation(file: file, line: 1, column: 1)
        let (nl, en, hintNL, hintEN): (String, String, String, String)
        let damaged = (
            "sla het bestand opnieuw op in Excel of LibreOffice, of als CSV",
            "save the file again in Excel or LibreOffice, or as CSV"
        )
        switch self {
        case .notAZip:
            (nl, en) = (
                "het bestand is geen werkmap (.xlsx of .ods is een zip-bestand)", "the file is not a workbook (.xlsx or .ods is a zip file)"
            )
            (hintNL, hintEN) = ("een oud Excel-bestand (.xls) slaat u eerst op als .xlsx", "save an old Excel file (.xls) as .xlsx first")
        case .tooManyEntries(let limit):
            (nl, en) = (
                "de werkmap heeft meer dan \(limit) onderdelen; niet gelezen", "the workbook has more than \(limit) parts; not read"
            )
            (hintNL, hintEN) = damaged
        case .unsafeEntryName(let name):
            (nl, en) = (
                "onderdeel \"\(name)\" heeft een naam buiten de werkmap (absoluut pad of ..); niet gelezen",
                "part \"\(name)\" has a name outside the workbook (absolute path or ..); not read"
            )
            (hintNL, hintEN) = (
                "zo'n bestand maakt geen spreadsheetprogramma; vertrouw het niet",
                "no spreadsheet program writes such a file; do not trust it"
            )
        case .tooLarge(let part, let limit):
            (nl, en) = (
                "onderdeel \"\(part)\" wordt uitgepakt groter dan de grens van \(ReadLimits.describe(bytes: limit)); niet gelezen",
                "part \"\(part)\" unpacks to more than the limit of \(ReadLimits.describe(bytes: limit)); not read"
            )
            (hintNL, hintEN) = (
                "vertrouwt u het bestand, verhoog dan de grens met --max-bytes of PLANREIS_MAX_BYTES",
                "if you trust the file, raise the limit with --max-bytes or PLANREIS_MAX_BYTES"
            )
        case .ratio(let part, let limit):
            (nl, en) = (
                "onderdeel \"\(part)\" is meer dan \(limit) keer samengeperst (een zip-bom?); niet gelezen",
                "part \"\(part)\" is compressed more than \(limit) times (a zip bomb?); not read"
            )
            (hintNL, hintEN) = ("vertrouw het bestand niet; sla de gegevens opnieuw op", "do not trust the file; save the data again")
        case .lyingSize(let part):
            (nl, en) = (
                "onderdeel \"\(part)\" is uitgepakt anders groot dan de werkmap zegt; niet gelezen",
                "part \"\(part)\" unpacks to another size than the workbook declares; not read"
            )
            (hintNL, hintEN) = ("vertrouw het bestand niet; sla de gegevens opnieuw op", "do not trust the file; save the data again")
        case .damaged(let part):
            (nl, en) = ("onderdeel \"\(part)\" is beschadigd", "part \"\(part)\" is damaged")
            (hintNL, hintEN) = damaged
        case .missingPart(let part):
            (nl, en) = ("de werkmap mist onderdeel \"\(part)\"", "the workbook lacks part \"\(part)\"")
            (hintNL, hintEN) = damaged
        case .noSheets:
            (nl, en) = ("de werkmap heeft geen zichtbaar werkblad", "the workbook has no visible sheet")
            (hintNL, hintEN) = ("maak een werkblad zichtbaar of noem het met --sheet", "unhide a sheet or name it with --sheet")
        case .unknownSheet(let name, let available):
            (nl, en) = ("de werkmap heeft geen werkblad \"\(name)\"", "the workbook has no sheet \"\(name)\"")
            let list = available.map { "\"\($0)\"" }.joined(separator: ", ")
            (hintNL, hintEN) = ("werkbladen: \(list)", "sheets: \(list)")
        case .tooManyRows(let sheet, let limit):
            (nl, en) = (
                "werkblad \"\(sheet)\" heeft meer dan \(limit) gevulde rijen; niet gelezen",
                "sheet \"\(sheet)\" has more than \(limit) filled rows; not read"
            )
            (hintNL, hintEN) = (
                "vertrouwt u het bestand, verhoog dan de grens met --max-events of PLANREIS_MAX_EVENTS",
                "if you trust the file, raise the limit with --max-events or PLANREIS_MAX_EVENTS"
            )
        case .tooManyCells(let sheet, let limit):
            (nl, en) = (
                "werkblad \"\(sheet)\" heeft meer dan \(limit) cellen (lege tussen gevulde meegeteld); niet gelezen",
                "sheet \"\(sheet)\" has more than \(limit) cells (empty ones between filled ones included); not read"
            )
            (hintNL, hintEN) = (
                "verwijder lege kolommen en rijen ver buiten de gegevens, of sla het werkblad op als CSV",
                "delete empty columns and rows far outside the data, or save the sheet as CSV"
            )
        }
        return .error(at: at, Localized(nl: nl, en: en), hint: Localized(nl: hintNL, en: hintEN))
    }
}
