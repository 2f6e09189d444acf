import PlanreisModel

/// The file formats planreis reads and writes, and one entry point that dispatches on them.
public enum JourneyFormat: String, CaseIterable, Sendable {
    /// The canonical XML format, `*.planreis.xml`.
    case planreisXML = "xml"
    /// A spreadsheet saved as CSV (`,` `;` or tab).
    case csv
    /// planreis JSON.
    case json
    /// An XES (IEEE 1849) event log, `.xes` or `.xes.gz`: one journey per trace.
    case xes
    /// An Office Open XML workbook (`.xlsx`): one sheet with the spreadsheet columns.
    case xlsx
    /// An OpenDocument spreadsheet (`.ods`): one table with the spreadsheet columns.
    case ods

    /// Reads `bytes` of file `file` in this format: journeys, source maps, every problem.
    public func read(_ bytes: [UInt8], file: String) -> ReadResult {
        switch self {
        case .planreisXML: PlanreisXMLFormat.read(bytes, file: file)
        case .csv: SpreadsheetCSVFormat.read(bytes, file: file)
        case .json: JSONFormat.read(bytes, file: file)
        case .xes: XESFormat.read(bytes, file: file)
        case .xlsx: WorkbookFormat.read(bytes, file: file, kind: .xlsx)
        case .ods: WorkbookFormat.read(bytes, file: file, kind: .ods)
        }
    }

    /// Writes journeys in this format.
    public func write(_ journeys: [Journey]) -> [UInt8] {
        switch self {
        case .planreisXML: Array(PlanreisXMLFormat.write(journeys).utf8)
        case .csv: SpreadsheetCSVFormat.writeBytes(journeys)
        case .json: Array(JSONFormat.write(journeys).utf8)
        case .xes: Array(XESFormat.write(journeys).utf8)
        case .xlsx: JourneyWorkbook.xlsx(journeys)
        case .ods: ODSWriter.write([JourneyWorkbook.sheet(journeys)])
        }
    }
}
