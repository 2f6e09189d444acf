import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV: headers, unknown columns, several journeys")
struct CSVColumnTests {
    @Test("headers are matched ignoring case, accents, spaces and _/-; English works too")
    func headerForms() throws {
        let text = " DATUM ;Actor; Sóórt ;TITEL;Verwijst naar;Eind-datum\n2014;A;interventie;T;;2015\n"
        let english = "Date,ACTOR,kind,Title,refers_to,end\n2014,A,interventie,T,,2015\n"
        for source in [text, english] {
            let result = CSVTestSupport.read(source)
            #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
            #expect(result.journeys.first?.events.first?.end == PartialDate(year: 2015))
        }
    }

    @Test("an unknown column is kept as a tag, with one warning at its header cell")
    func unknownColumn() throws {
        let text =
            "datum;actor;soort;titel;Leefgebied\n2014;A;interventie;T;huisvesting\n2015;A;interventie;U;\n2016;A;interventie;V;werk\n"
        let result = CSVTestSupport.read(text)
        let warnings = CSVTestSupport.warnings(result)
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(file: "test.csv", line: 1, column: 25))
        #expect(warnings.first?.message.nl.contains("Leefgebied") == true)
        let events = try #require(result.journeys.first?.events)
        #expect(events.map(\.tags) == [[Tag("Leefgebied", "huisvesting")], [], [Tag("Leefgebied", "werk")]])
        // Written back, the tag goes to the labels column and reads back without a warning.
        let again = CSVTestSupport.read(SpreadsheetCSVFormat.write(result.journeys))
        #expect(again.diagnostics.isEmpty)
        #expect(again.journeys == result.journeys)
    }

    @Test("a missing required header is an error at 1:1 with a hint")
    func missingHeader() throws {
        let result = CSVTestSupport.read("datum;actor;sort;titel\n2014;A;interventie;T\n")
        let error = try #require(CSVTestSupport.errors(result).first)
        #expect(CSVTestSupport.errors(result).count == 1)
        #expect(error.location == SourceLocation(file: "test.csv", line: 1, column: 1))
        #expect(error.message.nl.contains("\"soort\""))
        #expect(error.hint?.nl.contains("\"sort\"") == true)
    }

    @Test("several journeys in one file; rows without casus belong to the file name")
    func severalJourneys() throws {
        let text =
            "casus;casus_titel;gemeente;datum;actor;soort;titel\n"
            + "c1;Casus één;Tilburg;2014;Moeder;gebeurtenis;A\n"
            + "c2;;;2014;Politie;interventie;B\n"
            + "c1;;;2015;Moeder;gebeurtenis;C\n"
            + ";;;2016;Vader;gebeurtenis;D\n"
        let result = CSVTestSupport.read(text, file: "map/cohort-2014.csv")
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(result.journeys.map(\.id) == ["c1", "c2", "cohort-2014"])
        #expect(result.journeys.map(\.title) == ["Casus één", "c2", "cohort-2014"])
        #expect(result.journeys[0].municipality == "Tilburg")
        #expect(result.journeys[0].events.map(\.title) == ["A", "C"])
        #expect(result.sourceMaps.count == 3)
        #expect(result.sourceMaps[0].event(1)?.line == 4)
    }

    @Test("journey data given differently on a later row is a warning at that cell")
    func journeyConflict() throws {
        let text = "casus;gemeente;datum;actor;soort;titel\nc1;Tilburg;2014;A;interventie;T\nc1;Breda;2015;A;interventie;U\n"
        let result = CSVTestSupport.read(text)
        let warning = try #require(CSVTestSupport.warnings(result).first)
        #expect(warning.location == SourceLocation(file: "test.csv", line: 3, column: 4))
        #expect(result.journeys.first?.municipality == "Tilburg")
    }

    @Test("empty rows and rows of delimiters are skipped")
    func emptyRows() throws {
        let result = CSVTestSupport.read("datum;actor;soort;titel\n;;;\n\n  ; ;;\n2014;A;interventie;T\n;;;\n")
        #expect(result.diagnostics.isEmpty)
        #expect(result.journeys.first?.events.count == 1)
    }

    @Test("lane rows declare lanes without events, in order")
    func laneRows() throws {
        let text =
            "datum;actor;actorgroep;actorkleur;soort;titel\n;Rechter;;#D55E00;baan;\n;Inwoner;huishouden;;baan;\n2014;Inwoner;;;gebeurtenis;T\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let actors = try #require(result.journeys.first?.actors)
        #expect(
            actors == [
                Actor(id: "rechter", name: "Rechter", group: .safetyJustice, colour: "#D55E00"),
                Actor(id: "inwoner", name: "Inwoner", group: .household),
            ])
    }
}
