import PlanreisModel
import PlanreisText
import Testing

@testable import PlanreisAnalysis

/// The pieces of the anonymiser: SHA-256 and HMAC against published vectors, the text rewriter,
/// the calendar-keeping date shift.
@Suite struct AnonymizerTextTests {
    @Test func sha256KnownAnswers() {
        #expect(SHA256.hash([]).hexString == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hash(Array("abc".utf8)).hexString == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hash(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)).hexString
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hash([UInt8](repeating: 0x61, count: 1_000)).hexString
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func hmacRFC4231() {
        #expect(
            SHA256.hmac(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8)).hexString
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(
            SHA256.hmac(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8)).hexString
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(
            SHA256.hmac(
                key: [UInt8](repeating: 0xaa, count: 131),
                message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
            ).hexString
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    static let journey = Journey(
        id: "jansen-2020", title: "Claudia de Vries en Wesley", municipality: "Baarle-Nassau", region: "Hart van Brabant",
        household: [
            HouseholdMember(role: "moeder", name: "Claudia de Vries"), HouseholdMember(role: "vader", name: "Wesley de Vries"),
            HouseholdMember(role: "kind 1"),
        ])

    static func rewrite(_ text: String, years: Int = 8) -> (String, AnonymizationReport) {
        var report = AnonymizationReport()
        let anonymizer = Anonymizer(key: AnonymizationKey(secret: "k")).textAnonymizer(
            for: journey, shift: CalendarShift(years: years, days: 0))
        return (anonymizer.anonymize(text, report: &report), report)
    }

    @Test(arguments: [
        ("Claudia belt de gemeente.", "Moeder belt de gemeente."),
        ("Gesprek met claudia en WESLEY.", "Gesprek met moeder en vader."),
        ("Familie de Vries verhuist; De Vries-Jansen niet.", "Familie [gezinsnaam] verhuist; [gezinsnaam]-[naam] niet."),
        (
            "Claudia's zus belt Veilig Thuis en de Raad voor de Kinderbescherming.",
            "Moeder's zus belt Veilig Thuis en de Raad voor de Kinderbescherming."
        ),
        ("Gesprek met Jan van der Berg en mevrouw Bakker.", "Gesprek met [naam] en mevrouw [naam]."),
        ("Verslag van dhr. Jansen en J. Pietersen.", "Verslag van dhr. [naam] en J. [naam]."),
        ("Piet belt. Daarna komt Klaas.", "[naam] belt. Daarna komt [naam]."),
        ("Wil je bellen? Best.", "Wil je bellen? Best."),
        (
            "Woning met voorrang. Moeder: 'Met een eigen huis zorg ik weer.' Gesprek met Ben en Wil.",
            "Woning met voorrang. Moeder: 'Met een eigen huis zorg ik weer.' Gesprek met [naam] en [naam]."
        ),
        (
            "Woont in Baarle-Nassau, regio Hart van Brabant, vroeger in Breda.",
            "Woont in [gemeente], regio Hart van Brabant, vroeger in [plaats]."
        ),
        ("De GGZ en het UWV; zie Veilig Thuis-melding.", "De GGZ en het UWV; zie Veilig Thuis-melding."),
        ("Mail jan.jansen@example.nl of bel 0612345678, BSN 123456789.", "Mail [e-mail] of bel [telefoon], BSN [nummer]."),
        ("Adres: 5038 AB, zie https://example.nl/claudia.", "Adres: [postcode], zie [link]."),
        (
            "In februari 2021 en zomer 2017-2018; kosten € 2000 of 1950 euro.",
            "In februari 2029 en zomer 2025-2026; kosten € 2000 of 1950 euro."
        ),
        ("In mei belde 's-Hertogenbosch, in Mei ook.", "In mei belde '[naam], in Mei ook."),
    ])
    func rewritesText(_ input: String, _ expected: String) {
        #expect(Self.rewrite(input).0 == expected)
    }

    @Test(arguments: [
        ("Pete", "[naam]"), ("Jan van Dam", "[naam]"), ("Sara (casemanager)", "[naam] (casemanager)"),
        ("Veilig Thuis", "Veilig Thuis"), ("Nieuwe casusregisseur", "Nieuwe casusregisseur"),
        ("Jeugdspecialist Farent (casusregisseur)", "Jeugdspecialist [naam] (casusregisseur)"),
        ("Politie (wijkagent)", "Politie (wijkagent)"), ("Claudia", "moeder"),
    ])
    func labelsThatLookLikeNamesAreNames(_ label: String, _ expected: String) {
        var report = AnonymizationReport()
        let anonymizer = Anonymizer(key: AnonymizationKey(secret: "k")).textAnonymizer(for: Self.journey, shift: .none)
        #expect(anonymizer.anonymize(label, label: true, report: &report) == expected)
    }

    @Test func countsPerKind() {
        let (_, report) = Self.rewrite("Claudia en Wesley de Vries bellen Jan Jansen (jan@x.nl) in 2020 vanuit Baarle-Nassau.")
        #expect(report[.householdName] == 2)
        #expect(report[.otherName] == 1)
        #expect(report[.identifier] == 1)
        #expect(report[.textYear] == 1)
        #expect(report[.municipality] == 1)
    }

    /// A long run of tokens with every separator the rewriter looks at, then one 20,000-letter
    /// word: rewritten whole, nothing dropped. (Its speed is a benchmark's business, not a test's.)
    @Test func hostileLongTextIsRewrittenWhole() {
        let text = String(repeating: "a.b-C'D@e ", count: 2_000) + String(repeating: "x", count: 20_000)
        let (rewritten, _) = Self.rewrite(text)
        #expect(rewritten.hasSuffix(String(repeating: "x", count: 20_000)))
        #expect(rewritten.count >= 20_000 + 2_000 * 2)
    }

    static func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }

    @Test func shiftKeepsLeapDaysAndPlaceholders() {
        let dates = [Self.date("2020-02-29"), Self.date("2019-22"), Self.date("2021-24")]
        let years = CalendarShift.yearRange(of: dates)!
        #expect(years == 2019...2022)
        for n in CalendarShift.candidates {
            #expect(CalendarShift.fits(n, years: years, dates: dates))
            let shifted = CalendarShift(years: n, days: 0).apply(dates[0])
            #expect(shifted.day == 29 && shifted.month == 2)
        }
        // Across 2100 (not a leap year) a multiple of 4 no longer keeps the calendar.
        #expect(!CalendarShift.fits(4, years: 2096...2097, dates: []))
        #expect(!CalendarShift.fits(8, years: 2092...2093, dates: []))
        #expect(CalendarShift.fits(400, years: 2096...2104, dates: []))
        // A real date is never moved onto the placeholder; a placeholder never moves.
        #expect(!CalendarShift.fits(-4, years: 1974...1974, dates: [Self.date("1974-01-01")]))
        let placeholder = Self.date("1970-01-01")
        #expect(CalendarShift(years: 8, days: 0).apply(placeholder) == placeholder)
    }

    @Test func shiftKeepsEveryDurationOnManyCalendars() {
        // For every start year from 1890 to 2130, the chosen shift keeps day differences exactly.
        for start in stride(from: 1890, through: 2130, by: 1) {
            let dates = [
                PartialDate(year: start, month: 2, day: 28), PartialDate(year: start + 2, season: .winter),
                PartialDate(year: start + 3, month: 12, day: 31),
            ]
            let journey = Journey(
                id: "j\(start)", title: "t", actors: [Actor(id: "a", name: "A", group: .other)],
                events: dates.map { Event(actor: "a", kind: .event, date: $0, title: "x") })
            let shift = CalendarShift.choose(for: journey, key: AnonymizationKey(secret: "k"))
            #expect(shift.years != 0, "\(start)")
            let before = dates.map { [$0.earliestDay, $0.latestDay] }.flatMap { $0 }
            let after = dates.map(shift.apply).map { [$0.earliestDay, $0.latestDay] }.flatMap { $0 }
            #expect(zip(before, after).allSatisfy { $1 - $0 == shift.days }, "\(start) + \(shift.years)")
        }
    }
}

/// The pattern matchers never read past a text's end, whatever the text.
@Suite struct AnonymizerPatternFuzzTests {
    @Test func randomTextsOfPatternCharactersNeverCrash() {
        let alphabet = Array("0123456789 -+()/.@:°'’sSAbNLgebKZ\nVa eweg")
        var generator = SeededGenerator(seed: 15)
        let anonymizer = Anonymizer(key: AnonymizationKey(secret: "k")).textAnonymizer(
            for: AnonymizerTextTests.journey, shift: CalendarShift(years: 4, days: 0))
        for length in 1...40 {
            for _ in 0..<60 {
                let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
                var report = AnonymizationReport()
                let out = anonymizer.anonymize(text, report: &report)
                #expect(!out.isEmpty || text.isEmpty)
            }
        }
    }
}
