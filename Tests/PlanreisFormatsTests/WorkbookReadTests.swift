import Foundation
import PlanreisModel
import Testing

@testable import PlanreisFormats

@Suite("Workbooks in: .xlsx and .ods with the spreadsheet columns")
struct WorkbookReadTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate { PartialDate(dayNumber: CivilDate.dayNumber(year: y, month: m, day: d)) }

    @Test("dates, rich text, formulas, inline strings, euros and booleans (1900 date system)")
    func datesAndValues() throws {
        let result = WorkbookTestSupport.read(try WorkbookTestSupport.fixture("datums.xlsx"), file: "datums.xlsx")
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.formatted(.nl) })")
        let events = try #require(result.journeys.first).events
        #expect(events.count == 4)
        // A date cell is a day; the time of day of a date-time cell is not kept.
        #expect(events[0].date == Self.day(2021, 7, 15))
        #expect(events[1].date == Self.day(2021, 7, 16))
        // A text cell keeps its own precision.
        #expect(events[2].date.precision == .yearPart)
        #expect(events[2].date == (try PartialDate(parsing: "medio 2013")))
        // Serial 61 is 1 March 1900 (Excel counts a 29 February 1900 that never was).
        #expect(events[3].date == Self.day(1900, 3, 1))
        // Rich text runs joined, the phonetic guide left out; a formula's stored result.
        #expect(events.map(\.title) == ["Eerste gesprek", "Huisbezoek", "Aanvraag", "a\tb"])
        #expect(events[0].costs.first?.amount == Money(cents: 125_050))
        #expect(events[1].costs.first?.amount == Money(cents: 125_000))
        #expect(events[2].costs.first?.amount == Money(cents: 1_250))
        #expect(events[3].tags == [Tag("kolom 7", "waar")])
        // The cell beyond the header is named by its place.
        #expect(
            result.diagnostics.map { $0.formatted(.nl).split(separator: "\n")[0] } == [
                "datums.xlsx:Blad1!G5: waarschuwing: cel buiten de kopregel (kolom 7); de waarde wordt bewaard als label \"kolom 7\""
            ])
    }

    @Test("the 1904 date system gives the same days")
    func dates1904() throws {
        let old = WorkbookTestSupport.read(try WorkbookTestSupport.fixture("datums.xlsx"), file: "a.xlsx").journeys[0].events
        let mac = WorkbookTestSupport.read(try WorkbookTestSupport.fixture("datums-1904.xlsx"), file: "a.xlsx").journeys[0].events
        #expect(Array(mac.prefix(3).map(\.date)) == Array(old.prefix(3).map(\.date)))
        // Serial 61 in the 1904 system: 61 days after 1 January 1904.
        #expect(mac[3].date == Self.day(1904, 3, 2))
    }

    @Test("a hidden sheet is skipped, a merged case id counts for each row, errors name the cell")
    func hiddenAndMerged() throws {
        let bytes = try WorkbookTestSupport.fixture("verborgen-en-samengevoegd.xlsx")
        let result = WorkbookTestSupport.read(bytes, file: "casus.xlsx")
        #expect(result.journeys.map(\.id) == ["gezin-a"])
        #expect(result.journeys.first?.events.count == 3)
        let errors = result.diagnostics.filter { $0.severity == .error }.map { $0.formatted(.nl) }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("casus.xlsx:Casussen!D4: fout: onbekende soort \"telefoontje\"") == true)
        #expect(result.sourceMaps.first?.event(1, .date)?.place == "Casussen!B3")

        // --sheet names any sheet, also a hidden one; a wrong name lists the sheets.
        let leap = WorkbookTestSupport.read(bytes, file: "casus.xlsx", sheet: "Schrikkeldag")
        #expect(
            leap.diagnostics.map { $0.formatted(.nl) }.first?.hasPrefix("casus.xlsx:Schrikkeldag!A2: fout: 29 februari 1900 bestaat niet")
                == true)
        #expect(WorkbookTestSupport.read(bytes, sheet: "verborgen").diagnostics.first?.message.nl.contains("kopregel") == true)
        let unknown = WorkbookTestSupport.read(bytes, sheet: "Blad9").diagnostics
        #expect(unknown.count == 1)
        #expect(unknown.first?.hint?.nl == "werkbladen: \"Verborgen\", \"Casussen\", \"Schrikkeldag\"")
    }

    @Test("OpenDocument: typed dates, paragraphs, spaces, repeated rows, a hidden table, a comment left out")
    func openDocument() throws {
        let result = WorkbookTestSupport.read(try WorkbookTestSupport.fixture("werkmap.ods"), file: "werkmap.ods")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.formatted(.nl) })")
        let journey = try #require(result.journeys.first)
        #expect(journey.events.count == 3)
        #expect(journey.events[0].date == Self.day(2021, 7, 15))
        #expect(journey.events[0].title == "Twee  spaties")
        #expect(journey.events[0].description == "regel 1\nregel 2")
        #expect(journey.actors.map(\.name) == ["Wijkteam"])
        #expect(journey.events[1].title == "Herhaald" && journey.events[2].title == "Herhaald")
        let broken = WorkbookTestSupport.read(try WorkbookTestSupport.fixture("werkmap.ods"), file: "werkmap.ods", sheet: "Blad 1")
        #expect(broken.journeys.count == 1)
    }

    @Test("journeys → .xlsx / .ods → journeys gives the same journeys", arguments: [JourneyFormat.xlsx, .ods])
    func roundTrip(format: JourneyFormat) {
        let journeys = CSVTestSupport.richJourneys
        let bytes = format.write(journeys)
        let result = format.read(bytes, file: "export.\(format.rawValue)")
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.formatted(.en) })")
        #expect(result.journeys == journeys)
    }

    @Test("text a spreadsheet would run as a formula is guarded, control characters survive")
    func formulaGuardAndEscapes() throws {
        var journey = CSVTestSupport.richJourneys[0]
        journey.events[0].title = "=HYPERLINK(\"http://x.invalid\",\"klik\")"
        journey.events[0].description = "bel\u{1}l _x0041_ en\r\nklaar"
        let bytes = JourneyWorkbook.xlsx([journey])
        let text = try WorkbookTestSupport.part("xl/worksheets/sheet1.xml", of: bytes)
        #expect(text.contains("<t xml:space=\"preserve\">'=HYPERLINK("))
        #expect(!text.contains("<t xml:space=\"preserve\">=HYPERLINK("))
        let back = WorkbookTestSupport.read(bytes, file: "x.xlsx")
        #expect(back.journeys.first?.events[0].title == journey.events[0].title)
        #expect(back.journeys.first?.events[0].description == journey.events[0].description)
    }

    @Test("a number with three decimals is not taken for a thousands group")
    func threeDecimals() {
        let rows = WorkbookTestSupport.inlineRows([["datum", "actor", "soort", "titel", "kosten"], ["2021", "A", "interventie", "t", ""]])
            .replacingOccurrences(of: "</row>" + "", with: "</row>")
        let sheet = rows.replacingOccurrences(of: #"<c r="E2" t="inlineStr"><is><t></t></is></c>"#, with: #"<c r="E2"><v>1.234</v></c>"#)
        let result = WorkbookTestSupport.read(WorkbookTestSupport.stored(WorkbookTestSupport.parts(sheetData: sheet)))
        #expect(result.diagnostics.first?.formatted(.nl).hasPrefix("casus.xlsx:Blad1!E2: fout: onleesbaar bedrag \"1.2340\"") == true)
    }

    @Test("places, serial numbers and number texts")
    func helpers() {
        #expect(SourceLocation(file: "a", line: 4, column: 3, sheet: "Blad1").place == "Blad1!C4")
        #expect(SourceLocation(file: "a", line: 4, column: 3, sheet: "Blad 1").place == "'Blad 1'!C4")
        #expect(SourceLocation(file: "a", line: 4, column: 3, sheet: "Jan's").place == "'Jan''s'!C4")
        #expect(SourceLocation(file: "a", line: 4, column: 3).place == "4:3")
        #expect([1, 26, 27, 52, 703, 16_384].map(SourceLocation.columnLetters) == ["A", "Z", "AA", "AZ", "AAA", "XFD"])
        #expect(SheetGrid.reference("$XFD$1048576")! == (1_048_576, 16_384))
        #expect(SheetGrid.reference("A0") == nil && SheetGrid.reference("4C") == nil && SheetGrid.reference("XFE1") == nil)
        for day in [
            CivilDate.dayNumber(year: 1900, month: 1, day: 1), CivilDate.dayNumber(year: 1900, month: 2, day: 28),
            CivilDate.dayNumber(year: 1900, month: 3, day: 1), CivilDate.dayNumber(year: 2021, month: 7, day: 15),
        ] {
            #expect(WorkbookValues.day(serial: Double(WorkbookValues.serial(day: day)), date1904: false) == day)
        }
        #expect(WorkbookValues.serial(day: CivilDate.dayNumber(year: 2021, month: 7, day: 15)) == 44_392)
        #expect(WorkbookValues.day(serial: 60, date1904: false) == nil)
        #expect(WorkbookValues.day(serial: 0, date1904: true) == CivilDate.dayNumber(year: 1904, month: 1, day: 1))
        #expect(["1250.50", "-3.0", "1E-3", "2.5E+3", "7"].map(WorkbookValues.numberText) == ["1250.5", "-3", "0.0010", "2500", "7"])
        #expect(XLSXReader.isDateFormat("d\\ mmmm\\ yyyy") && XLSXReader.isDateFormat("dd-mm-yy"))
        #expect(
            !XLSXReader.isDateFormat("[$€-413]\\ #,##0.00") && !XLSXReader.isDateFormat("[h]:mm") && !XLSXReader.isDateFormat("\"day\"0"))
        #expect(WorkbookValues.decodeEscapes(WorkbookValues.encodeEscapes("a\u{1}_x0041_\rb")) == "a\u{1}_x0041_\rb")
    }
}
