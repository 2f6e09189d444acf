import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV: every mistake at its physical line and column")
struct CSVErrorTests {
    /// Seven independent mistakes; a quoted line break in row 2 moves every later row down.
    static let text =
        [
            "id;datum;actor;soort;titel;omschrijving;kosten;waarde;verwijst_naar",
            "a1;15-3-2014;Gemeente;aanvraag;Aanvraag urgentie;;;;",
            "b1;31-2-2014;Gemeente;besluit;Besluit;\"lange",
            "toelichting\";;toegekend;a1",
            "o1;2014;Farent;obstakl;Geen plek;;;;",
            "u1;zomer 2014;Gemeente;uitzondering;Maatwerk;;1.25,50;;o1",
            "f1;2014;IT;fase;Fase;;;half;",
            "x1;2015;Gemeente;interventie;Iets;;;;zz9",
            "h1;2015;Gemeente;overdracht;Overdracht;;;Onbekende Partij;",
            ";2016;;interventie;Zonder actor;;;;",
        ].joined(separator: "\r\n") + "\r\n"

    @Test("one error per mistake, each where its cell starts")
    func independentMistakes() throws {
        let result = CSVTestSupport.read(Self.text, file: "fouten.csv")
        let errors = CSVTestSupport.errors(result).sortedByLocation()
        let places = errors.map { [$0.location!.line, $0.location!.column] }
        #expect(places == [[3, 4], [5, 16], [6, 47], [7, 24], [8, 38], [9, 42], [10, 7]], "\(CSVTestSupport.summary(result))")
        #expect(errors[0].message.nl.contains("31"))
        #expect(errors[1].message.nl.contains("obstakl"))
        #expect(errors[1].hint?.nl.contains("obstakel") == true)
        #expect(errors[2].message.nl.contains("1.25,50"))
        #expect(errors[3].message.nl.contains("half"))
        #expect(errors[4].message.nl.contains("zz9"))
        #expect(errors[5].message.nl.contains("Onbekende Partij"))
        #expect(errors[6].message.nl.contains("actor"))
        #expect(errors.allSatisfy { $0.hint != nil })
        #expect(errors[0].formatted(.nl).hasPrefix("fouten.csv:3:4: fout: "))
        #expect(result.diagnostics.count == errors.count, "\(CSVTestSupport.summary(result))")
    }

    @Test("the events are still there, so links to a broken row resolve")
    func partialJourney() throws {
        let result = CSVTestSupport.read(Self.text, file: "fouten.csv")
        #expect(result.journeys.first?.events.count == 8)
    }
}

@Suite("Spreadsheet CSV: two mistakes in one row")
struct CSVTwoMistakesInOneRowTests {
    @Test("a bad date does not hide a reference to an id that does not exist")
    func badDateAndUnknownReference() {
        let text =
            [
                "id;datum;actor;soort;titel;verwijst_naar",
                "o1;2014;Inwoner;obstakel;Geen woning;",
                "u1;31-02-2014;Gemeente;uitzondering;Tijdelijke woning;o9",
            ].joined(separator: "\r\n") + "\r\n"
        let result = CSVTestSupport.read(text, file: "twee.csv")
        let errors = CSVTestSupport.errors(result).sortedByLocation()
        #expect(errors.map { [$0.location!.line, $0.location!.column] } == [[3, 4], [3, 55]], "\(CSVTestSupport.summary(result))")
        #expect(errors.last?.message.nl.contains("\"o9\"") == true)
    }
}
