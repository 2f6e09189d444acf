import PlanreisFormats
import PlanreisModel
import Testing

/// Problems the reader finds before the semantic checks: words, dates, amounts, the schema,
/// well-formedness; each with its place.
@Suite struct XMLReaderProblemTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var events: String
        var actors: String? = nil
        var message: String
        var anchor: String
        var occurrence = 1
        /// Text the hint contains, in English.
        var hint: String? = nil
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "unknown kind", events: #"<event kind="interventi" actor="a" date="2020"><title>t</title></event>"#,
            message: "unknown kind \"interventi\"", anchor: #"kind="interventi""#, hint: "did you mean \"interventie\"?"),
        Case(
            name: "unknown group", events: "", actors: #"<actor id="a" group="gemeentes" name="A"/>"#,
            message: "unknown group \"gemeentes\"", anchor: #"group="gemeentes""#, hint: "huishouden, gemeente"),
        Case(
            name: "unreadable date", events: #"<event kind="interventie" actor="a" date="32-13-2020"><title>t</title></event>"#,
            message: "month 13 does not exist in \"32-13-2020\" in event", anchor: #"date="32-13-2020""#),
        Case(
            name: "unreadable end", events: #"<event kind="interventie" actor="a" date="2020" end="ooit"><title>t</title></event>"#,
            message: "unreadable date \"ooit\"", anchor: #"end="ooit""#),
        Case(
            name: "unreadable amount",
            events: #"<event kind="interventie" actor="a" date="2020"><title>t</title><cost amount="twaalf"/></event>"#,
            message: "unreadable amount \"twaalf\"", anchor: #"amount="twaalf""#),
        Case(
            name: "unreadable quantity",
            events: #"<event kind="interventie" actor="a" date="2020"><title>t</title><cost item="x" quantity="1.2345"/></event>"#,
            message: "unreadable number \"1.2345\"", anchor: #"quantity="1.2345""#),
        Case(
            name: "decision value", events: #"<event kind="besluit" actor="a" date="2020" value="misschien"><title>t</title></event>"#,
            message: "value \"misschien\" does not fit decision", anchor: #"value="misschien""#, hint: "granted or refused"),
        Case(
            name: "phase value", events: #"<event kind="fase" actor="a" date="2020" value="half"><title>t</title></event>"#,
            message: "value \"half\" does not fit phase", anchor: #"value="half""#),
        Case(
            name: "safety score out of range",
            events: #"<event kind="veiligheid" actor="a" date="2020" value="11"><title>t</title></event>"#,
            message: "value \"11\" does not fit safety", anchor: #"value="11""#),
        Case(
            name: "to on a non-handover", events: #"<event kind="interventie" actor="a" to="b" date="2020"><title>t</title></event>"#,
            message: "belongs to a handover only", anchor: #"to="b""#),
        // Schema problems.
        Case(
            name: "missing required attribute", events: #"<event kind="interventie" date="2020"><title>t</title></event>"#,
            message: "<event> lacks the required attribute \"actor\"", anchor: "<event kind"),
        Case(
            name: "attribute not allowed",
            events: #"<event kind="interventie" actor="a" datum="2020" date="2020"><title>t</title></event>"#,
            message: "attribute \"datum\" is not allowed on <event>", anchor: #"datum="2020""#, hint: "did you mean \"date\"?"),
        Case(
            name: "element not expected", events: #"<event kind="interventie" actor="a" date="2020"><titel>t</titel></event>"#,
            message: "element <titel> is not expected here", anchor: "<titel>", hint: "did you mean <title>?"),
        Case(
            name: "missing child", events: #"<event kind="interventie" actor="a" date="2020"></event>"#,
            message: "<event> lacks <title>", anchor: "<event kind"),
        Case(
            name: "colour pattern", events: "", actors: #"<actor id="a" group="gemeente" name="A" colour="blauw"/>"#,
            message: "colour \"blauw\" is not an #rrggbb colour", anchor: #"colour="blauw""#),
        Case(
            name: "order not a number", events: "", actors: #"<actor id="a" group="gemeente" name="A" order="eerst"/>"#,
            message: "value \"eerst\" of attribute \"order\" of <actor> is not a whole number", anchor: #"order="eerst""#),
        Case(
            name: "likelihood above 100",
            events:
                #"<event kind="uitzondering" actor="a" date="2020"><title>t</title><resolves ref="x"/><avoids title="s" likelihood="130"/></event><event id="x" kind="obstakel" actor="a" date="2020"><title>o</title></event>"#,
            message: "is greater than 100", anchor: #"likelihood="130""#),
        Case(
            name: "empty id", events: #"<event id=" " kind="interventie" actor="a" date="2020"><title>t</title></event>"#,
            message: "empty value for attribute \"id\" of <event>", anchor: #"id=" ""#),
    ]

    @Test(arguments: cases)
    func problemIsReportedAtItsPlace(_ c: Case) throws {
        let text = XMLFixtures.document(events: c.events, actors: c.actors)
        let result = XMLTestSupport.read(text)
        let found = XMLTestSupport.matching(result, c.message)
        #expect(found.count == 1, "\(XMLTestSupport.lines(result))")
        let diagnostic = try #require(found.first)
        let expected = try #require(XMLTestSupport.position(of: c.anchor, in: text, occurrence: c.occurrence))
        #expect(diagnostic.location?.line == expected.line)
        #expect(diagnostic.location?.column == expected.column)
        #expect(diagnostic.severity == .error)
        #expect(!diagnostic.message.nl.isEmpty && diagnostic.message.nl != diagnostic.message.en)
        if let hint = c.hint { #expect(diagnostic.hint?.en.contains(hint) == true, "\(diagnostic.hint?.en ?? "no hint")") }
        // One mistake, one diagnostic: nothing follows from it.
        #expect(result.diagnostics.count == 1, "\(XMLTestSupport.lines(result))")
    }

    @Test func unknownVersionIsRefused() throws {
        let text = XMLFixtures.document(events: "").xmlReplacingFirst(#"version="1""#, with: #"version="2""#)
        let result = XMLTestSupport.read(text)
        let diagnostic = try #require(XMLTestSupport.matching(result, "version \"2\" of the planreis format").first)
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.location?.column == XMLTestSupport.position(of: "version=\"2\"", in: text)?.column)
    }

    @Test func missingNamespaceIsExplained() throws {
        let text = XMLFixtures.document(events: "").xmlReplacingFirst(#" xmlns="urn:planreis:1""#, with: "")
        let result = XMLTestSupport.read(text)
        #expect(result.journeys.isEmpty)
        #expect(result.diagnostics.count == 1, "\(XMLTestSupport.lines(result))")
        #expect(result.diagnostics.first?.message.en.contains("wrong namespace") == true)
        #expect(result.diagnostics.first?.location?.line == 2)
        #expect(result.diagnostics.first?.location?.column == 1)
    }

    @Test func malformedXMLIsLocated() throws {
        let text =
            "<?xml version=\"1.0\"?>\n<planreis xmlns=\"urn:planreis:1\" version=\"1\">\n  <journey id=\"é\">\n    <title>T</titel>\n"
        let result = XMLTestSupport.read(text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.en == "element <title> is closed by </titel>")
        #expect(diagnostic.location?.line == 4)
        #expect(result.journeys.isEmpty)
    }

    @Test func undefinedEntityIsExplained() throws {
        let text = XMLFixtures.document(events: #"<event kind="interventie" actor="a" date="2020"><title>a&nbsp;b</title></event>"#)
        let result = XMLTestSupport.read(text)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.message.en == "unknown entity \"&nbsp;\"")
        #expect(diagnostic.location?.line == XMLTestSupport.position(of: "&nbsp;", in: text)?.line)
    }

    @Test func sameJourneyIDTwice() throws {
        let one = XMLFixtures.document(events: "")
        let journey = one.split(separator: "\n").filter { !$0.hasPrefix("<") }.joined(separator: "\n")
        let text = one.xmlReplacingFirst("</planreis>", with: journey + "\n</planreis>")
        let result = XMLTestSupport.read(text)
        let diagnostic = try #require(XMLTestSupport.matching(result, "duplicate journey id \"j\"").first)
        #expect(diagnostic.location?.line == XMLTestSupport.position(of: #"id="j""#, in: text, occurrence: 2)?.line)
        #expect(result.journeys.count == 2)
    }
}
