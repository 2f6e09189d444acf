import PlanreisModel
import PlanreisText
import Testing

@testable import PlanreisFormats

/// The byte writer behind XES export: escaping, numbers, keys and sinks give exactly what the
/// string escaper and the model's text forms give.
@Suite struct XESWriterTests {
    /// Hostile attribute values and how they must come out between double quotes.
    static let hostile: [(String, String)] = [
        ("", ""),
        ("plain text 123", "plain text 123"),
        ("say \"hi\"", "say &quot;hi&quot;"),
        ("<script>&amp;</script>", "&lt;script&gt;&amp;amp;&lt;/script&gt;"),
        ("]]> and 'single'", "]]&gt; and 'single'"),
        ("tab\tline\ncarriage\r", "tab&#9;line&#10;carriage&#13;"),
        ("\r\n", "&#13;&#10;"),
        ("nul\u{0}bell\u{7}esc\u{1B}unit\u{1F}", "nul\u{FFFD}bell\u{FFFD}esc\u{FFFD}unit\u{FFFD}"),
        ("delete\u{7F}", "delete\u{7F}"),
        ("nonchars \u{FFFE}\u{FFFF}", "nonchars \u{FFFD}\u{FFFD}"),
        ("near them \u{FFFD}\u{FFEF}\u{F8FF}\u{EFFF}", "near them \u{FFFD}\u{FFEF}\u{F8FF}\u{EFFF}"),
        ("café crème", "café crème"),
        ("cafe\u{301} cre\u{300}me", "cafe\u{301} cre\u{300}me"),
        ("\"\u{301}<\u{338}&\u{20DD}", "&quot;\u{301}&lt;\u{338}&amp;\u{20DD}"),
        ("日本語 עברית \u{202E}rtl\u{202C}", "日本語 עברית \u{202E}rtl\u{202C}"),
        ("👩‍👩‍👧 🇳🇱 \u{1F3FB}", "👩‍👩‍👧 🇳🇱 \u{1F3FB}"),
        ("\u{10FFFF}\u{E000}", "\u{10FFFF}\u{E000}"),
        (String(repeating: "a&b\"", count: 300), String(repeating: "a&amp;b&quot;", count: 300)),
    ]

    @Test(arguments: hostile)
    func escapingIsPinnedAndMatchesTheStringEscaper(_ value: String, _ expected: String) {
        let out = XESOutputBuffer(capacity: 16)
        out.appendEscaped(value)
        let bytes = out.withBytes { Array($0) }
        #expect(bytes == Array(expected.utf8))
        #expect(bytes == Array(MarkupText.dataAttribute(value).utf8))
    }

    @Test func hostileValuesAndKeysAreEscapedInTheLog() {
        let journey = Self.hostileJourney
        let xes = XESFormat.write([journey])
        #expect(xes.contains("<string key=\"concept:name\" value=\"id &quot;1&quot; &lt;&amp;&gt;\"/>"))
        #expect(xes.contains("<string key=\"planreis:title\" value=\"Titel&#10;met\u{FFFD}regel\"/>"))
        #expect(xes.contains("<string key=\"k&quot;&lt;&amp;\u{301}\" value=\"v&#9;\u{FFFD}\u{FFFD}\"/>"))
        #expect(xes.contains("<string key=\"planreis:tag:1\" value=\"combining\"/>"))
        #expect(xes.contains("<string key=\"planreis:tag:1:key\" value=\"org:group\"/>"))
        #expect(xes.contains("<string key=\"org:\u{301}x\" value=\"joined\"/>"))
        #expect(xes.contains("<string key=\"org:resource\" value=\"Gemeente &amp; &quot;co&quot;\"/>"))
        #expect(xes.contains("<int key=\"planreis:actor:1:order\" value=\"-3\"/>"))
        #expect(xes.contains("<float key=\"cost:total\" value=\"-1250.05\"/>"))
        #expect(xes.contains("<float key=\"planreis:cost:2:amount\" value=\"7\"/>"))
        #expect(xes.contains("<float key=\"planreis:cost:2:quantity\" value=\"1.5\"/>"))
        #expect(xes.contains("<boolean key=\"planreis:legitimation\" value=\"true\"/>"))
        #expect(xes.contains("<int key=\"planreis:avoids:horizon\" value=\"12\"/>"))
        #expect(xes.contains("<float key=\"planreis:avoids:cost:1:amount\" value=\"0.01\"/>"))
        #expect(xes.contains("<string key=\"planreis:link:1\" value=\"a b\"/>"))
        #expect(xes.contains("<date key=\"time:timestamp\" value=\"2021-07-01T00:00:00\"/>"))
        #expect(xes.contains("<string key=\"planreis:date\" value=\"2021-07~\"/>"))
        #expect(!xes.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// Buffer sizes and how many pieces the sink gets: the header, after each trace that fills
    /// the buffer (the second trace is under 100 bytes), the rest at the end.
    @Test(arguments: [(0, 4), (1, 4), (100, 3), (1 << 16, 2)])
    func theByteSinkGivesTheSameLogAsTheStringSink(_ bufferSize: Int, _ expectedPieces: Int) {
        let journeys = [Self.hostileJourney, Journey(id: "leeg", title: "leeg")]
        var bytes: [UInt8] = []
        var pieces = 0
        var writer = XESWriter(
            byteSink: { piece in
                bytes.append(contentsOf: piece)
                pieces += 1
            }, bufferSize: bufferSize)
        writer.begin()
        for journey in journeys { writer.write(journey) }
        writer.end()
        var text = ""
        XESFormat.write(journeys, to: { text += $0 })
        #expect(bytes == Array(text.utf8))
        #expect(XESFormat.write(journeys) == text)
        var viaFormat: [UInt8] = []
        XESFormat.write(journeys, byteSink: { viaFormat.append(contentsOf: $0) }, bufferSize: bufferSize)
        #expect(viaFormat == bytes)
        #expect(pieces == expectedPieces)
    }

    @Test func aCopiedWriterWritesIntoABufferOfItsOwn() {
        let (a, b, c) = (Journey(id: "a", title: "a"), Journey(id: "b", title: "b"), Journey(id: "c", title: "c"))
        var pieces: [String] = []
        var first = XESWriter(byteSink: { pieces.append(String(decoding: $0, as: UTF8.self)) }, bufferSize: 1 << 20)
        first.begin()
        first.write(a)  // held in the buffer, which the copy shares until one of them writes
        var second = first
        first.write(b)
        second.write(c)
        first.end()
        second.end()
        #expect(pieces.count == 3)
        guard pieces.count == 3 else { return }
        #expect(pieces[0] + pieces[1] == XESFormat.write([a, b]))
        #expect(pieces[0] + pieces[2] == XESFormat.write([a, c]))
    }

    @Test(arguments: [
        "", "planreis", "planreis:", "planreis:x", "Planreis:x", "concept:name", "concept:", "concept", "conceptx:name",
        "c\u{301}oncept:name", "ćoncept:name", "concept:\u{301}x", "concept:\u{301}", "org:\u{301}", "org:\u{200D}x", "org:\u{1F3FB}",
        "org:é", "org:e\u{301}", "org:group", "orgx", "or", "time:timestamp", "time:", "timex", "lifecycle:transition",
        "lifecycle", "cost:total", "cost:", "cost", "costs:x", "start_timestamp", "start_timestamp2", "start_timestam",
        "start_timestamp\u{301}", "startdate", "channel", "sla", "x", "😀", "org:\r\n", "planreis:\u{FE0F}",
    ])
    func reservedKeysAreDecidedFromBytesAsCharactersDecide(_ key: String) {
        #expect(XESKeys.isReserved(key) == XESKeys.isReservedByCharacters(key))
    }

    @Test(arguments: [0, 1, -1, 5, 10, 99, 100, 101, 125_050, -305, -100, Int64.max, Int64.min])
    func amountsAreWrittenAsTheirDecimalText(_ cents: Int64) {
        let out = XESOutputBuffer(capacity: 16)
        out.append(Money(cents: cents))
        #expect(out.withBytes { String(decoding: $0, as: UTF8.self) } == Money(cents: cents).decimalText)
    }

    @Test(arguments: [0, 7, -7, 42, 1_000_000, Int.max, Int.min])
    func wholeNumbersAreWrittenAsStringWritesThem(_ value: Int) {
        let out = XESOutputBuffer(capacity: 16)
        out.append(value)
        #expect(out.withBytes { String(decoding: $0, as: UTF8.self) } == String(value))
    }

    /// A journey with hostile text in every kind of field the writer has.
    static var hostileJourney: Journey {
        Journey(
            id: "id \"1\" <&>", title: "Titel\nmet\u{0}regel", municipality: "'s-Hertogenbosch", description: "a\u{FFFE}b",
            household: [HouseholdMember(role: "moeder", name: "A & B")],
            actors: [Actor(id: "gemeente", name: "Gemeente & \"co\"", group: .municipality, colour: "#ff0000", order: -3)],
            events: [
                Event(
                    id: "e1", actor: "gemeente", kind: .meeting, date: PartialDate(year: 2021, month: 7, qualifier: .approximate),
                    title: "<b>Beraad</b>", description: "cafe\u{301}",
                    links: [Link(.relates, "a b")],
                    tags: [
                        Tag("k\"<&\u{301}", "v\t\u{1}\u{FFFF}"), Tag("org:group", "combining"), Tag("org:\u{301}x", "joined"),
                    ],
                    costs: [
                        CostLine(amount: Money(cents: -125_705)),
                        CostLine(amount: Money(cents: 700), quantity: Quantity(thousandths: 1500), note: "n<"),
                    ],
                    avoids: AvoidedScenario(
                        title: "uithuisplaatsing", horizonMonths: 12, costs: [CostLine(amount: Money(cents: 1))]),
                    legitimation: Legitimation(basis: "art. 1 \"x\"")),
                Event(
                    actor: "onbekend", kind: .wait, date: PartialDate(year: 2021, month: 8), end: PartialDate(year: 2021, season: .autumn),
                    title: "Wachten"),
            ],
            tags: [Tag(nil, "los & vast"), Tag("x", "1"), Tag("x", "2")])
    }
}
