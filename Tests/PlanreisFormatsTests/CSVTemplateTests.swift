import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet template and formula guard")
struct CSVTemplateTests {
    static let templateURL = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Templates/spreadsheet/planreis-sjabloon.csv")

    @Test("the shipped template is ';', UTF-8 with BOM, CRLF, reads without a remark and shows every kind")
    func template() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.templateURL))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines.first?.contains("casus;") == true && lines.first?.contains(",") == false)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        let result = SpreadsheetCSVFormat.read(bytes, file: "planreis-sjabloon.csv")
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let journey = try #require(result.journeys.first)
        #expect(Set(journey.events.map(\.kind)) == Set(EventKind.allCases))
        #expect(journey.actors.first?.group == .household)
        #expect(journey.event(withID: "u1")?.targets(.resolves) == ["o1"])
        #expect(journey.event(withID: "b1")?.targets(.answers) == ["a1"])
    }

    @Test(
        "cells a spreadsheet could take for a formula get a leading ' and read back unchanged",
        arguments: [
            ("=SUM(A1:A3)", "'=SUM(A1:A3)"), ("+31 6 12345678", "'+31 6 12345678"), ("-5 dagen", "'-5 dagen"),
            ("@gebruiker", "'@gebruiker"), ("\tinspringen", "'\tinspringen"), ("'=al bewaakt", "''=al bewaakt"),
            ("''+twee", "'''+twee"), ("'gewoon", "'gewoon"), ("a=b", "a=b"),
        ])
    func formulaGuard(text: String, written: String) throws {
        var journey = Journey(id: "j", title: "J")
        journey.actors = [Actor(id: "a", name: "A", group: .other)]
        journey.events = [Event(actor: "a", kind: .intervention, date: PartialDate(year: 2020), title: text)]
        let csv = SpreadsheetCSVFormat.write([journey])
        let cells = csv.split(separator: "\r\n")[1].split(separator: ";", omittingEmptySubsequences: false)
        #expect(cells[6] == written)
        #expect(CSVTestSupport.read(csv).journeys == [journey])
    }

    @Test("negative amounts are written so that they need no guard")
    func negativeAmounts() throws {
        var journey = Journey(id: "j", title: "J")
        journey.actors = [Actor(id: "a", name: "A", group: .other)]
        journey.events = [
            Event(
                actor: "a", kind: .intervention, date: PartialDate(year: 2020), title: "T",
                costs: [CostLine(amount: Money(cents: -7_550))])
        ]
        let csv = SpreadsheetCSVFormat.write([journey])
        #expect(csv.contains(";€ -75,50;"))
        #expect(CSVTestSupport.read(csv).journeys == [journey])
    }

    @Test("write options: English headers, comma, no BOM, LF")
    func options() throws {
        let options = SpreadsheetCSVFormat.WriteOptions(language: .en, delimiter: ",", byteOrderMark: false, lineEnding: "\n")
        let csv = SpreadsheetCSVFormat.write(CSVTestSupport.richJourneys, options: options)
        #expect(csv.hasPrefix("case,date,end,actor,actor_group,kind,title,"))
        #expect(!csv.contains("\r\n"))
        #expect(CSVTestSupport.read(csv).journeys == CSVTestSupport.richJourneys)
        #expect(SpreadsheetCSVFormat.writeBytes(CSVTestSupport.richJourneys).starts(with: [0xEF, 0xBB, 0xBF]))
    }
}
