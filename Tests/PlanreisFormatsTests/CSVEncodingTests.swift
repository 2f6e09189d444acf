import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV: encodings, delimiters, line ends, quotes")
struct CSVEncodingTests {
    static let header = "datum;actor;soort;titel;kosten"

    @Test("delimiter is detected from the header line", arguments: [",", ";", "\t"])
    func delimiters(delimiter: String) throws {
        let text =
            ["datum", "actor", "soort", "titel", "omschrijving"].joined(separator: delimiter) + "\n"
            + ["15-3-2014", "Politie", "interventie", "Huisverbod", "\"a\(delimiter) b\""].joined(separator: delimiter) + "\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let event = try #require(result.journeys.first?.events.first)
        #expect(event.title == "Huisverbod")
        #expect(event.description == "a\(delimiter) b")
        #expect(event.date == PartialDate(year: 2014, month: 3, day: 15))
    }

    @Test("a delimiter inside quotes in the header does not count")
    func delimiterInsideQuotes() {
        let text = "\"datum;x\",actor,soort,titel\n2014,A,interventie,T\n"
        let result = CSVTestSupport.read(text)
        // The comma wins (3 outside quotes against 1 semicolon inside), so "datum;x" is one unknown header.
        #expect(result.diagnostics.contains { $0.message.nl.contains("onbekende kolom \"datum;x\"") })
    }

    @Test("UTF-8 with and without byte-order mark read alike")
    func byteOrderMark() throws {
        let body = "Datum;Actor;Soort;Titel\n15-3-2014;Cliënt;gebeurtenis;Één\n"
        let plain = SpreadsheetCSVFormat.read(Array(body.utf8), file: "a.csv")
        let marked = SpreadsheetCSVFormat.read([0xEF, 0xBB, 0xBF] + Array(body.utf8), file: "a.csv")
        #expect(plain.diagnostics.isEmpty && marked.diagnostics.isEmpty, "\(CSVTestSupport.summary(marked))")
        #expect(plain.journeys == marked.journeys)
        #expect(marked.journeys.first?.events.first?.title == "Één")
        #expect(marked.journeys.first?.actors.first?.name == "Cliënt")
    }

    @Test("Windows-1252 bytes, as older Excel saves them: € (0x80), ë (0xEB), curly quotes")
    func windows1252() throws {
        var bytes = Array("datum;actor;soort;titel;kosten;omschrijving\r\n15-3-2014;Cli".utf8)
        bytes += [0xEB] + Array("nt;aanvraag;Aanvraag;".utf8) + [0x80] + Array(" 1.250,50;".utf8)
        bytes += [0x93] + Array("zo".utf8) + [0x94, 0x20, 0x96, 0x20, 0x85] + Array("\r\n".utf8)
        let result = SpreadsheetCSVFormat.read(bytes, file: "oud.csv")
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let journey = try #require(result.journeys.first)
        #expect(journey.actors.first?.name == "Cliënt")
        #expect(journey.actors.first?.id == "client")
        #expect(journey.events.first?.costs.first?.amount == Money(cents: 125_050))
        #expect(journey.events.first?.description == "\u{201C}zo\u{201D} \u{2013} \u{2026}")
    }

    @Test("UTF-16 with a byte-order mark (Excel's Unicode text)")
    func utf16() throws {
        let text = "datum\tactor\tsoort\ttitel\r\n2014\tGemeente\tbesluit\tBesluit ë\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = SpreadsheetCSVFormat.read(bytes, file: "u.txt")
        #expect(CSVTestSupport.errors(result).isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(result.journeys.first?.events.first?.title == "Besluit ë")
    }

    @Test("CRLF, LF and CR line ends give the same rows", arguments: ["\r\n", "\n", "\r"])
    func lineEnds(ending: String) throws {
        let text = ["datum;actor;soort;titel", "2014;A;interventie;Een", "", "2015;B;interventie;Twee", ""].joined(separator: ending)
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let journey = try #require(result.journeys.first)
        #expect(journey.events.map(\.title) == ["Een", "Twee"])
        #expect(result.sourceMaps.first?.event(1)?.line == 4)
    }

    @Test("quoted line breaks stay in the cell and move later line numbers down")
    func quotedLineBreaks() throws {
        let text =
            "datum;actor;soort;titel;omschrijving\r\n"
            + "2014;A;interventie;Een;\"regel 1\r\nregel 2\r\nregel 3\"\r\n"
            + "2015;A;obstakel;Twee;\r\n"
        let result = CSVTestSupport.read(text)
        let journey = try #require(result.journeys.first)
        #expect(journey.events[0].description == "regel 1\nregel 2\nregel 3")
        // Row 2 starts on physical line 5; its kind cell ("obstakel") at column 8.
        let map = try #require(result.sourceMaps.first)
        #expect(map.event(1)?.line == 5)
        #expect(map.event(1, .kind) == SourceLocation(file: "test.csv", line: 5, column: 8))
        // The obstacle is fine; nothing else to say.
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
    }

    @Test("doubled quotes inside a quoted cell are one quote")
    func doubledQuotes() throws {
        let text = "datum,actor,soort,titel\n2014,A,interventie,\"Zij zei \"\"nee\"\", toen\"\n"
        let result = CSVTestSupport.read(text)
        #expect(result.journeys.first?.events.first?.title == "Zij zei \"nee\", toen")
    }

    @Test("an unclosed quote is an error at the opening quote")
    func unclosedQuote() throws {
        let text = "datum;actor;soort;titel\n2014;A;interventie;\"open\n2015;A;interventie;Twee\n"
        let result = CSVTestSupport.read(text)
        let error = try #require(CSVTestSupport.errors(result).first)
        #expect(error.location == SourceLocation(file: "test.csv", line: 2, column: 20))
        #expect(error.message.nl.contains("aanhalingsteken"))
    }

    @Test("Excel's sep= line names the delimiter and keeps line numbers physical")
    func separatorLine() throws {
        let text = "sep=,\r\ndatum,actor,soort,titel\r\n2014,A,kapot,X\r\n"
        let result = CSVTestSupport.read(text)
        let error = try #require(CSVTestSupport.errors(result).first)
        #expect(error.location == SourceLocation(file: "test.csv", line: 3, column: 8))
    }
}
