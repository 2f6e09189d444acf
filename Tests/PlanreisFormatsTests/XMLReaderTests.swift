import PlanreisFormats
import PlanreisModel
import Testing

@Suite struct XMLReaderTests {
    /// One file with independent mistakes of every stage; each is reported, in file order, at its place.
    @Test func everyMistakeOfAFileIsReportedInOneRun() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <planreis xmlns="urn:planreis:1" xmlns:x="urn:example:extra" version="1">
              <journey id="veel-fouten">
                <title>Veel fouten</title>
                <onzin/>
                <actors>
                  <actor id="a" group="gemeente" name="Äctor" kleur="#ffffff"/>
                  <actor id="b" group="woonen" name="B"/>
                </actors>
                <events>
                  <event id="e1" kind="interventie" actor="a" date="2021-05" end="2021-02">
                    <title>Eind voor begin</title>
                    <relates ref="e9"/>
                  </event>
                  <event id="e2" kind="gesprek" actor="a" date="2021">
                    <title>Onbekende soort</title>
                  </event>
                  <event id="e3" kind="uitzondering" actor="c" date="zomer 2021" x:bron="rapport">
                    <title>Uitzondering zonder obstakel</title>
                    <cost amount="1.250,-"/>
                    <cost amount="veel"/>
                  </event>
                </events>
              </journey>
            </planreis>

            """
        let result = XMLTestSupport.read(text)
        let expected: [(String, String, Diagnostic.Severity)] = [
            ("<onzin/>", "element <onzin> is not expected here", .error),
            ("kleur=", "attribute \"kleur\" is not allowed on <actor>", .error),
            ("group=\"woonen\"", "unknown group \"woonen\"", .error),
            ("end=\"2021-02\"", "end February 2021 is before start May 2021", .error),
            ("ref=\"e9\"", "refers to unknown event \"e9\"", .error),
            ("kind=\"gesprek\"", "unknown kind \"gesprek\"", .error),
            ("<event id=\"e3\"", "exception \"e3\" resolves no obstacle", .error),
            ("actor=\"c\"", "unknown actor \"c\"", .error),
            ("x:bron=", "unknown attribute \"x:bron\"", .warning),
            ("amount=\"veel\"", "unreadable amount \"veel\"", .error),
            ("<cost amount=\"1.250,-\"", "cost line 1 of exception \"e3\" names no payer", .warning),
        ]
        #expect(result.diagnostics.count == expected.count, "\(XMLTestSupport.lines(result))")
        for (anchor, message, severity) in expected {
            let found = XMLTestSupport.matching(result, message)
            #expect(found.count == 1, "\(message): \(XMLTestSupport.lines(result))")
            guard let diagnostic = found.first, let place = XMLTestSupport.position(of: anchor, in: text) else {
                Issue.record("no diagnostic or anchor for \(message)")
                continue
            }
            #expect(diagnostic.location?.line == place.line, "\(message)")
            #expect(diagnostic.location?.column == place.column, "\(message)")
            #expect(diagnostic.severity == severity)
        }
        // In file order.
        let locations = result.diagnostics.compactMap(\.location)
        #expect(locations == locations.sorted())
        // The journey is still read, with what could be read.
        let journey = try #require(result.journeys.first)
        #expect(journey.events.count == 3)
        #expect(journey.events[2].costs.first?.amount == Money(euros: 1250))
        #expect(journey.events[2].date == PartialDate(year: 2021, season: .summer))
    }

    @Test func columnsCountCharactersAfterMultiByteText() throws {
        // "Äé€" are 2, 2 and 3 bytes; the column counts them as 3 characters.
        let events =
            #"<event kind="interventie" actor="a" date="2020" name="Äé€"><title>Äé€ 𝄞</title></event><event kind="interventie" actor="a" date="2020" colour="x"><title>t</title></event>"#
        let text = XMLFixtures.document(events: "      <!-- één ∞ -->" + events)
        let result = XMLTestSupport.read(text)
        let notAllowed = XMLTestSupport.matching(result, "attribute \"colour\" is not allowed")
        let place = try #require(XMLTestSupport.position(of: "colour=\"x\"", in: text))
        #expect(notAllowed.first?.location?.column == place.column)
        let name = XMLTestSupport.matching(result, "attribute \"name\" is not allowed")
        #expect(name.first?.location?.column == XMLTestSupport.position(of: "name=\"Äé€\"", in: text)?.column)
    }

    @Test func crlfLineBreaksAndByteOrderMark() throws {
        let lf = XMLFixtures.document(events: #"<event kind="interventie" actor="zz" date="2020"><title>t</title></event>"#)
        let crlf = "\u{FEFF}" + lf.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let a = XMLTestSupport.read(lf), b = XMLTestSupport.read(crlf)
        #expect(a.diagnostics.count == 1)
        #expect(a.diagnostics.map(\.location) == b.diagnostics.map(\.location))
        #expect(a.journeys == b.journeys)
    }

    @Test func multiLineDescriptionIsPreservedExactly() throws {
        let description = "Regel 1\n\n   ingesprongen regel 3\n\tmet tab\nen een \"citaat\" & <haakjes>\n"
        let journey = Journey(
            id: "m", title: "M", description: description,
            actors: [Actor(id: "a", name: "A", group: .health, description: "één\ntwee")],
            events: [Event(actor: "a", kind: .meeting, date: PartialDate(year: 2020), title: "t", description: description)])
        let written = PlanreisXMLFormat.write([journey])
        #expect(
            written.contains(
                "<description>Regel 1\n\n   ingesprongen regel 3\n\tmet tab\nen een \"citaat\" &amp; &lt;haakjes&gt;\n</description>"))
        let back = XMLTestSupport.read(written)
        #expect(back.diagnostics.isEmpty)
        #expect(back.journeys.first?.description == description)
        #expect(back.journeys.first?.events.first?.description == description)
        #expect(back.journeys.first?.actors.first?.description == "één\ntwee")
    }

    @Test func escapingInTextAndAttributes() throws {
        let journey = Journey(
            id: "a&b\"<c>", title: "x < y & \"z\" > w",
            actors: [Actor(id: "a", name: "Naam met \"quotes\" & <tags>\nen regel", group: .other)],
            events: [
                Event(
                    actor: "a", kind: .event, date: PartialDate(year: 2020), title: "t",
                    costs: [CostLine(amount: Money(cents: 1), note: "'apostrof' \"dubbel\" &amp; letterlijk\t\r\n")])
            ])
        let written = PlanreisXMLFormat.write([journey])
        #expect(written.contains(#"<journey id="a&amp;b&quot;&lt;c&gt;">"#))
        #expect(written.contains("<title>x &lt; y &amp; \"z\" &gt; w</title>"))
        #expect(written.contains(#"name="Naam met &quot;quotes&quot; &amp; &lt;tags&gt;&#10;en regel""#))
        #expect(written.contains(#"note="'apostrof' &quot;dubbel&quot; &amp;amp; letterlijk&#9;&#13;&#10;""#))
        let back = XMLTestSupport.read(written)
        #expect(back.diagnostics.isEmpty, "\(XMLTestSupport.lines(back))")
        #expect(back.journeys == [journey])
    }

    @Test func controlCharactersXMLCannotHoldAreReplaced() {
        let journey = Journey(id: "j", title: "a\u{1}b", actors: [], events: [])
        let written = PlanreisXMLFormat.write([journey])
        #expect(written.contains("<title>a\u{FFFD}b</title>"))
        #expect(XMLTestSupport.read(written).diagnostics.isEmpty)
    }

    @Test func writerIsDeterministic() {
        let journeys = XMLTestSupport.read(XMLFixtures.allFeatures).journeys
        #expect(PlanreisXMLFormat.write(journeys) == PlanreisXMLFormat.write(journeys))
        #expect(PlanreisXMLFormat.write(journeys).hasSuffix("</planreis>\n"))
    }

    @Test func englishAndSynonymWordsAreRead() throws {
        let events = #"""
            <event id="r" kind="request" actor="a" date="juli 2021"><title>r</title></event>
            <event kind="decision" actor="a" date="15-08-2021" value="refused"><title>d</title><answers ref="r"/></event>
            <event kind="status" actor="a" date="medio 2017" value="ended-early"><title>p</title></event>
            <event kind="safety" actor="a" date="2018" value="red"><title>s</title></event>
            """#
        let actors = #"<actor id="a" group="municipality" name="A"/><actor id="b" group="school" name="B"/>"#
        let result = XMLTestSupport.read(XMLFixtures.document(events: events, actors: actors))
        #expect(result.diagnostics.isEmpty, "\(XMLTestSupport.lines(result))")
        let journey = try #require(result.journeys.first)
        #expect(journey.actors.map(\.group) == [.municipality, .education])
        #expect(journey.events.map(\.kind) == [.request, .decision, .phase, .safety])
        #expect(journey.events[1].outcome == .refused)
        #expect(journey.events[1].date == PartialDate(year: 2021, month: 8, day: 15))
        #expect(journey.events[2].date == PartialDate(year: 2017, part: .mid))
        // The writer gives the canonical Dutch words and EDTF dates.
        let written = PlanreisXMLFormat.write(result.journeys)
        #expect(written.contains(#"kind="besluit" actor="a" date="2021-08-15" value="afgewezen""#))
        #expect(written.contains(#"kind="fase" actor="a" date="2017-38" value="vroegtijdig-beeindigd""#))
        #expect(written.contains(#"group="onderwijs""#))
    }
}
