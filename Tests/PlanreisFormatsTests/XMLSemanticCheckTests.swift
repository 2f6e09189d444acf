import PlanreisFormats
import PlanreisModel
import Testing

/// Each semantic check of the model, reached through planreis XML, located at the right line and column.
@Suite struct XMLSemanticCheckTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var events: String
        var actors: String? = nil
        /// Text the English message contains.
        var message: String
        /// Text that starts where the diagnostic points (its first occurrence, or `occurrence`).
        var anchor: String
        var occurrence = 1
        var severity: Diagnostic.Severity = .error
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "duplicate actor id", events: "",
            actors: #"<actor id="a" group="gemeente" name="A"/><actor id="a" group="wonen" name="A2"/>"#,
            message: "duplicate actor id \"a\"", anchor: #"id="a""#, occurrence: 2),
        Case(
            name: "actor without name", events: "", actors: #"<actor id="a" group="gemeente"/>"#,
            message: "actor \"a\" has no name", anchor: "<actor id=\"a\""),
        Case(
            name: "duplicate event id",
            events:
                #"<event id="x" kind="interventie" actor="a" date="2020"><title>1</title></event><event id="x" kind="interventie" actor="a" date="2021"><title>2</title></event>"#,
            message: "duplicate event id \"x\"", anchor: #"id="x""#, occurrence: 2),
        Case(
            name: "unknown actor", events: #"<event kind="interventie" actor="jeugd" date="2020"><title>t</title></event>"#,
            message: "unknown actor \"jeugd\"", anchor: #"actor="jeugd""#),
        Case(
            name: "empty title", events: #"<event kind="interventie" actor="a" date="2020"><title>  </title></event>"#,
            message: "has no title", anchor: "<title>", occurrence: 2),
        Case(
            name: "end before start", events: #"<event kind="wachten" actor="a" date="2021-05" end="2021-03"><title>t</title></event>"#,
            message: "is before start", anchor: #"end="2021-03""#),
        Case(
            name: "epoch placeholder", events: #"<event kind="interventie" actor="a" date="1970-01-01"><title>t</title></event>"#,
            message: "looks like a placeholder", anchor: #"date="1970-01-01""#, severity: .warning),
        Case(
            name: "decision without outcome", events: #"<event kind="besluit" actor="a" date="2020"><title>t</title></event>"#,
            message: "without outcome", anchor: "<event kind=\"besluit\"", severity: .warning),
        Case(
            name: "handover without receiver", events: #"<event kind="overdracht" actor="a" date="2020"><title>t</title></event>"#,
            message: "does not name to whom", anchor: "<event kind=\"overdracht\"", severity: .warning),
        Case(
            name: "handover to unknown actor", events: #"<event kind="overdracht" actor="a" to="c" date="2020"><title>t</title></event>"#,
            message: "to unknown actor \"c\"", anchor: #"to="c""#),
        Case(
            name: "link to unknown event",
            events: #"<event kind="interventie" actor="a" date="2020"><title>t</title><relates ref="nope"/></event>"#,
            message: "refers to unknown event \"nope\"", anchor: #"ref="nope""#),
        Case(
            name: "resolves from a non-exception",
            events:
                #"<event id="o" kind="obstakel" actor="a" date="2020"><title>o</title></event><event kind="interventie" actor="a" date="2020"><title>t</title><resolves ref="o"/></event>"#,
            message: "only an exception resolves an obstacle", anchor: #"ref="o""#),
        Case(
            name: "exception resolves a non-obstacle",
            events:
                #"<event id="r" kind="aanvraag" actor="a" date="2020"><title>o</title></event><event kind="uitzondering" actor="a" date="2020"><title>t</title><resolves ref="r"/></event>"#,
            message: "which is not an obstacle", anchor: #"ref="r""#),
        Case(
            name: "exception resolves nothing", events: #"<event kind="uitzondering" actor="a" date="2020"><title>t</title></event>"#,
            message: "resolves no obstacle", anchor: "<event kind=\"uitzondering\""),
        Case(
            name: "answers from a non-decision",
            events:
                #"<event id="r" kind="aanvraag" actor="a" date="2020"><title>r</title></event><event kind="interventie" actor="a" date="2020"><title>t</title><answers ref="r"/></event>"#,
            message: "only a decision answers a request", anchor: #"ref="r""#),
        Case(
            name: "decision before its request",
            events:
                #"<event id="r" kind="aanvraag" actor="a" date="2021-03"><title>r</title></event><event kind="besluit" actor="a" date="2021-01" value="afgewezen"><title>t</title><answers ref="r"/></event>"#,
            message: "is dated before its request", anchor: #"date="2021-01""#),
        Case(
            name: "delivers a non-decision",
            events:
                #"<event id="r" kind="aanvraag" actor="a" date="2020"><title>r</title></event><event kind="interventie" actor="a" date="2021"><title>t</title><delivers ref="r"/></event>"#,
            message: "that is not a decision", anchor: #"ref="r""#),
        Case(
            name: "delivery before its decision",
            events:
                #"<event id="d" kind="besluit" actor="a" date="2021-06" value="granted"><title>d</title></event><event kind="interventie" actor="a" date="2021-02"><title>t</title><delivers ref="d"/></event>"#,
            message: "is dated before the decision", anchor: #"date="2021-02""#),
        Case(
            name: "cost without amount or item",
            events: #"<event kind="interventie" actor="a" date="2020"><title>t</title><cost amount="5"/><cost payer="gemeente"/></event>"#,
            message: "cost line without amount or price-list item", anchor: "<cost payer"),
    ]

    @Test(arguments: cases)
    func checkIsReportedAtItsPlace(_ c: Case) throws {
        let text = XMLFixtures.document(events: c.events, actors: c.actors)
        let result = XMLTestSupport.read(text)
        let found = XMLTestSupport.matching(result, c.message)
        #expect(found.count == 1, "\(XMLTestSupport.lines(result))")
        let diagnostic = try #require(found.first)
        let expected = try #require(XMLTestSupport.position(of: c.anchor, in: text, occurrence: c.occurrence))
        #expect(diagnostic.location?.line == expected.line)
        #expect(diagnostic.location?.column == expected.column)
        #expect(diagnostic.location?.file == "test.planreis.xml")
        #expect(diagnostic.severity == c.severity)
        // Nothing else goes wrong in these small documents.
        #expect(result.diagnostics.count == 1, "\(XMLTestSupport.lines(result))")
    }
}
