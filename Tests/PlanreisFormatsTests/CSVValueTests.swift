import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV: Dutch dates, euro amounts, kinds, values, links")
struct CSVValueTests {
    static func event(_ cells: String, header: String = "datum;actor;soort;titel;kosten;waarde") -> (Event?, ReadResult) {
        let result = CSVTestSupport.read(header + "\n" + cells + "\n")
        return (result.journeys.first?.events.first, result)
    }

    @Test(
        "Dutch dates read at their own precision",
        arguments: [
            ("15-3-2014", PartialDate(year: 2014, month: 3, day: 15)),
            ("15-03-2014", PartialDate(year: 2014, month: 3, day: 15)),
            ("15 maart 2014", PartialDate(year: 2014, month: 3, day: 15)),
            ("maart 2014", PartialDate(year: 2014, month: 3)),
            ("zomer 2014", PartialDate(year: 2014, season: .summer)),
            ("de zomer van 2021", PartialDate(year: 2021, season: .summer)),
            ("medio 2017", PartialDate(year: 2017, part: .mid)),
            ("eind 2013", PartialDate(year: 2013, part: .late)),
            ("ca. mei 2017", PartialDate(year: 2017, month: 5, qualifier: .approximate)),
            ("2021-07-15", PartialDate(year: 2021, month: 7, day: 15)),
        ])
    func dates(text: String, expected: PartialDate) throws {
        let (event, result) = Self.event("\(text);Gemeente;interventie;T;;")
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(event?.date == expected)
        #expect(event?.date.precision == expected.precision)
    }

    @Test("a period in the date column, or a start and an end")
    func periods() throws {
        let (interval, _) = Self.event("2021-07/2022-03;A;fase;T;;intensief")
        #expect(interval?.end == PartialDate(year: 2022, month: 3))
        let result = CSVTestSupport.read("datum;einddatum;actor;soort;titel\n3-2-2014;1-5-2014;IT;wachten;Wachtlijst\n")
        #expect(result.journeys.first?.events.first?.end == PartialDate(year: 2014, month: 5, day: 1))
    }

    @Test(
        "euro amounts as people type them",
        arguments: [
            ("€ 1.250,50", Int64(125_050)), ("€ 350,-", 35_000), ("1250", 125_000), ("1250.50", 125_050), ("1.250,50", 125_050),
            ("€ -75,00", -7_500), ("'-75,00", -7_500), ("EUR 12,5", 1_250),
        ])
    func amounts(text: String, cents: Int64) throws {
        let (event, result) = Self.event("2014;A;interventie;T;\"\(text)\";")
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(event?.costs == [CostLine(amount: Money(cents: cents))])
    }

    @Test(
        "kinds in Dutch, English and synonyms",
        arguments: [
            ("uitzondering", EventKind.exception), ("Doorbraak", .exception), ("maatwerk", .exception), ("decision", .decision),
            ("Kantelpunt", .turningPoint), ("turning point", .turningPoint), ("overleg", .meeting),
        ])
    func kinds(word: String, kind: EventKind) throws {
        let (event, _) = Self.event("2014;A;\(word);T;;")
        #expect(event?.kind == kind)
    }

    @Test("values: decision outcome, phase, safety colour and score")
    func values() throws {
        let text =
            "datum;actor;soort;titel;waarde;gescoord_door\n"
            + "2014;Gemeente;besluit;B;Toegekend;\n2014;IT;fase;F;vroegtijdig beëindigd;\n"
            + "2014;IT;veiligheid;V;oranje;IT-medewerker\n2014;IT;veiligheid;S;7;moeder\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let events = try #require(result.journeys.first?.events)
        #expect(events.map(\.value) == [.outcome(.granted), .phase(.endedEarly), .colour(.orange), .score(7)])
        #expect(events[2].scoredBy == "IT-medewerker")
    }

    @Test("a handover names the receiving lane by name, even one that appears later")
    func handover() throws {
        let text =
            "datum;actor;soort;titel;waarde\n"
            + "15-7-2020;Jeugdconsulent gemeente;overdracht;Overdracht;jeugdspecialist FARENT\n"
            + "16-7-2020;Jeugdspecialist Farent;interventie;Kennismaking;\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let journey = try #require(result.journeys.first)
        #expect(journey.events[0].value == .handoverTo("jeugdspecialist-farent"))
        #expect(journey.actors.map(\.id) == ["jeugdconsulent-gemeente", "jeugdspecialist-farent"])
        #expect(journey.actors.map(\.group) == [.municipality, .socialWork])
    }

    @Test("links get their kind from the kinds of both events; a written kind wins")
    func links() throws {
        let text =
            "id;datum;actor;soort;titel;verwijst_naar;waarde\n"
            + "o1;2019;Farent;obstakel;Geen indicatie;;\n"
            + "a1;3-6-2019;Gemeente;aanvraag;Aanvraag;;\n"
            + "b1;7-2019;Gemeente;besluit;Besluit;a1;toegekend\n"
            + "u1;2019;Gemeente;uitzondering;Maatwerk;\"o1, b1 zie-ook:o1\";\n"
            + "l1;2020;Zorgboerderij;interventie;Start;b1;\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let events = try #require(result.journeys.first?.events)
        #expect(events[2].links == [Link(.answers, "a1")])
        #expect(events[3].links == [Link(.resolves, "o1"), Link(.delivers, "b1"), Link(.relates, "o1")])
        #expect(events[4].links == [Link(.delivers, "b1")])
    }

    @Test("lane groups: from actorgroep, else guessed from the name; the first household-like lane is the household")
    func groups() throws {
        let text =
            "datum;actor;actorgroep;soort;titel\n"
            + "2014;Moeder;;gebeurtenis;A\n2014;Vader;;gebeurtenis;B\n2014;Veilig Thuis;;interventie;C\n"
            + "2014;Huisarts;;interventie;D\n2014;OM;;interventie;E\n2014;Omgevingsdienst;;interventie;F\n"
            + "2014;Basisschool De Linde;;interventie;G\n2014;Woningcorporatie;;interventie;H\n"
            + "2014;Buurvrouw;zorg;interventie;I\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let groups = try #require(result.journeys.first?.actors.map(\.group))
        #expect(groups == [.household, .other, .safetyJustice, .health, .safetyJustice, .other, .education, .housing, .health])
    }
}

@Suite("Spreadsheet CSV: cells with several values")
struct CSVListCellTests {
    @Test("several cost lines in aligned cells, labels and household members as typed by hand")
    func listCells() throws {
        let text =
            "casus;huishouden;datum;actor;soort;titel;kosten;betaler;kostenpost;perioden;labels\n"
            + "c;moeder = Claudia | kind 1|kind 2;2019;Gemeente;interventie;T;€ 1.250,50 | ;gemeente | gemeente;"
            + " | bewind;| 12;leefgebied = wonen | urgent | pad=C:\\map\\x\n"
        let result = CSVTestSupport.read(text)
        #expect(result.diagnostics.isEmpty, "\(CSVTestSupport.summary(result))")
        let journey = try #require(result.journeys.first)
        #expect(
            journey.household == [
                HouseholdMember(role: "moeder", name: "Claudia"), HouseholdMember(role: "kind 1"),
                HouseholdMember(role: "kind 2"),
            ])
        #expect(
            journey.events.first?.costs == [
                CostLine(amount: Money(cents: 125_050), payer: "gemeente"),
                CostLine(item: "bewind", periods: Quantity(12), payer: "gemeente"),
            ])
        #expect(journey.events.first?.tags == [Tag("leefgebied", "wonen"), Tag(nil, "urgent"), Tag("pad", "C:\\map\\x")])
    }

    @Test("a payer without an amount or item is one error at the cost cells")
    func payerWithoutAmount() throws {
        let result = CSVTestSupport.read("datum;actor;soort;titel;kosten;betaler\n2019;G;interventie;T;;gemeente\n")
        #expect(CSVTestSupport.summary(result) == ["2:23: error: kostenregel zonder bedrag of prijslijstpost bij \"T\""])
    }

    @Test("an empty file is one error at 1:1")
    func emptyFile() throws {
        let result = CSVTestSupport.read("")
        #expect(CSVTestSupport.errors(result).map(\.location) == [SourceLocation(file: "test.csv", line: 1, column: 1)])
    }
}
