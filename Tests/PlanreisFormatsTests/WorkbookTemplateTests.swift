import Foundation
import PlanreisModel
import Testing

@testable import PlanreisFormats

@Suite("The fill-in workbook template")
struct WorkbookTemplateTests {
    static let folder = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Templates/spreadsheet")

    /// The committed `planreis-sjabloon.xlsx` is the one the CSV template makes; with
    /// `PLANREIS_RECORD_TEMPLATE=1` the test writes it anew (look at it before committing).
    @Test("the shipped .xlsx template is made from the CSV template, reads like it, and offers the drop-down lists")
    func template() throws {
        let csv = try [UInt8](Data(contentsOf: Self.folder.appending(path: "planreis-sjabloon.csv")))
        let made = JourneyWorkbook.template(fromCSV: csv)
        let url = Self.folder.appending(path: "planreis-sjabloon.xlsx")
        if ProcessInfo.processInfo.environment["PLANREIS_RECORD_TEMPLATE"] == "1" { try Data(made).write(to: url, options: .atomic) }
        let shipped = try [UInt8](Data(contentsOf: url))
        #expect(shipped == made, "regenerate with PLANREIS_RECORD_TEMPLATE=1 swift test --filter WorkbookTemplateTests")

        let fromWorkbook = WorkbookFormat.read(shipped, file: "planreis-sjabloon.xlsx", kind: .xlsx)
        #expect(fromWorkbook.diagnostics.isEmpty, "\(fromWorkbook.diagnostics.map { $0.formatted(.nl) })")
        let fromCSV = SpreadsheetCSVFormat.read(csv, file: "planreis-sjabloon.csv")
        #expect(fromWorkbook.journeys == fromCSV.journeys)

        let text = try WorkbookTestSupport.part("xl/worksheets/sheet1.xml", of: shipped)
        let kinds = EventKind.allCases.map(\.dutch).joined(separator: ",") + ",baan"
        #expect(text.contains("<formula1>\"\(kinds)\"</formula1>"))
        let groups = ActorGroup.allCases.map(\.dutch).joined(separator: ",")
        #expect(text.contains("<formula1>\"\(groups)\"</formula1>"))
        #expect(text.contains(#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#))
        #expect(text.contains("<autoFilter ref=\"A1:"))
    }
}
