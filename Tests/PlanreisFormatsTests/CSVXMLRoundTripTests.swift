import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV and planreis XML")
struct CSVXMLRoundTripTests {
    /// The rich sample read back from XML (XML trims titles, so it starts from what XML holds).
    @Test("XML → CSV → XML and CSV → XML → CSV lose nothing")
    func throughXML() throws {
        let fromXML = PlanreisXMLFormat.read(Array(PlanreisXMLFormat.write(CSVTestSupport.richJourneys).utf8), file: "rich.planreis.xml")
        #expect(CSVTestSupport.errors(fromXML).isEmpty, "\(CSVTestSupport.summary(fromXML))")
        let xml = PlanreisXMLFormat.write(fromXML.journeys)
        let csv = SpreadsheetCSVFormat.write(fromXML.journeys)
        let fromCSV = CSVTestSupport.read(csv)
        #expect(fromCSV.journeys == fromXML.journeys)
        #expect(PlanreisXMLFormat.write(fromCSV.journeys) == xml)
        let xmlAgain = PlanreisXMLFormat.read(Array(PlanreisXMLFormat.write(fromCSV.journeys).utf8), file: "again.planreis.xml")
        #expect(SpreadsheetCSVFormat.write(xmlAgain.journeys) == csv)
    }
}
