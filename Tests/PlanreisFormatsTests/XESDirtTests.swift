import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

/// What real logs carry: odd namespaces, timestamps without zone, lifecycle values of their own,
/// placeholders, nested and key-less attributes, and XML that is not well-formed.
@Suite struct XESDirtTests {
    static let trace = """
        <trace>
          <string key="concept:name" value="c1"/>
          <event>
            <string key="concept:name" value="Aanvraag"/>
            <string key="org:resource" value="Gemeente"/>
            <string key="org:group" value="gemeente"/>
            <date key="time:timestamp" value="2011-10-01T00:38:44.123456"/>
          </event>
        </trace>
        """

    @Test(arguments: [nil, "http://www.xes-standard.org/", "http://code.deckfour.org/xes"])
    func everyKnownNamespaceReadsAlike(_ namespace: String?) throws {
        let result = XESTestSupport.read(XESTestSupport.log(traces: Self.trace, namespace: namespace))
        #expect(result.diagnostics.isEmpty, "\(XESTestSupport.lines(result))")
        let event = try #require(result.journeys.first?.events.first)
        #expect(event.date.time?.utcOffset == nil)
        #expect(event.date.time?.fractionDigits == 6)
        #expect(result.journeys.first?.actors == [Actor(id: "gemeente", name: "Gemeente", group: .municipality)])
        #expect(event.tags.isEmpty)
    }

    @Test func anUnknownNamespaceIsReadWithAWarning() {
        let result = XESTestSupport.read(XESTestSupport.log(traces: Self.trace, namespace: "urn:other"))
        #expect(result.journeys.count == 1)
        #expect(XESTestSupport.lines(result) == ["2:1: warning: unknown namespace \"urn:other\" for <log>; read as XES"])
    }

    @Test func startAndCompleteOfTheSameActivityAndResourceMakeOnePeriod() throws {
        let traces = """
            <trace><string key="concept:name" value="c1"/>
              <event><string key="concept:name" value="A"/><string key="org:resource" value="R"/><string key="lifecycle:transition" value="START"/><date key="time:timestamp" value="2020-01-01T10:00:00Z"/></event>
              <event><string key="concept:name" value="A"/><string key="org:resource" value="Q"/><string key="lifecycle:transition" value="start"/><date key="time:timestamp" value="2020-01-01T10:30:00Z"/></event>
              <event><string key="concept:name" value="A"/><string key="org:resource" value="R"/><string key="lifecycle:transition" value="complete"/><date key="time:timestamp" value="2020-01-02T10:00:00Z"/><string key="note" value="af"/></event>
              <event><string key="concept:name" value="B"/><string key="lifecycle:transition" value="schedule"/><date key="time:timestamp" value="2020-01-03T10:00:00Z"/></event>
              <event><string key="concept:name" value="C"/><string key="lifecycle:transition" value="Afgerond"/><date key="time:timestamp" value="2020-01-04T10:00:00Z"/></event>
              <event><string key="concept:name" value="C"/><string key="lifecycle:transition" value="done"/><date key="time:timestamp" value="2020-01-05T10:00:00Z"/></event>
            </trace>
            """
        let result = XESTestSupport.read(XESTestSupport.log(traces: traces))
        let journey = try #require(result.journeys.first)
        #expect(journey.events.map(\.title) == ["A", "A", "B", "C", "C"])
        let period = journey.events[0]
        #expect(period.end == timestamp("2020-01-02T10:00:00Z"))
        #expect(period.tags == [Tag("note", "af")])
        // The start without a complete stays a point, and says it was a start.
        #expect(journey.events[1].end == nil)
        #expect(journey.events[1].tags == [Tag("lifecycle:transition", "start")])
        #expect(journey.events[2].tags == [Tag("lifecycle:transition", "schedule")])
        #expect(journey.events[3].actor == "onbekend")
        // Non-standard values: kept as tags, one warning for the file with a count and examples.
        let warning = try #require(XESTestSupport.matching(result, "non-standard lifecycle").first)
        #expect(warning.message.en == "non-standard lifecycle:transition 2 times: \"Afgerond\", \"done\"; kept as a tag")
        #expect(warning.location?.line == 8)
        #expect(!result.hasErrors)
    }

    @Test func epochPlaceholdersAreKeptAndReportedOncePerFile() throws {
        let event = """
            <event><string key="concept:name" value="X"/><date key="time:timestamp" value="1970-01-01T00:00:00.000+01:00"/></event>
            """
        let traces = (1...3).map { "<trace><string key=\"concept:name\" value=\"c\($0)\"/>\(event)\(event)</trace>" }.joined(
            separator: "\n")
        let result = XESTestSupport.read(XESTestSupport.log(traces: traces))
        #expect(result.journeys.flatMap(\.events).count == 6)
        #expect(result.journeys.allSatisfy { $0.span == nil })
        #expect(
            XESTestSupport.lines(result) == [
                "3:92: warning: 6 events have the date 1 January 1970, a placeholder for 'no date' (the first is here)"
            ])
    }

    @Test func nestedAndKeylessAttributesAndMissingFields() throws {
        let traces = """
            <trace>
              <string value="zonder sleutel"/>
              <event>
                <list key="cost:drivers"><values><string key="driver" value="a"/><string key="driver" value="b"/></values></list>
                <string key="meta" value="m"><int key="inner" value="1"/></string>
                <container key="box"><string key="x" value="y"/></container>
                <float key="cost:total" value="12.345"/>
                <foo/>
              </event>
            </trace>
            """
        let result = XESTestSupport.read(XESTestSupport.log(traces: traces))
        let journey = try #require(result.journeys.first)
        #expect(journey.id == "trace-1")
        let event = try #require(journey.events.first)
        #expect(event.title == "zonder naam")
        #expect(event.date.isEpochPlaceholder)
        #expect(event.costs == [CostLine(amount: Money(cents: 1_235))])
        #expect(
            event.tags == [
                Tag("cost:drivers/driver", "a"), Tag("cost:drivers/driver", "b"), Tag("meta", "m"),
                Tag("meta/inner", "1"), Tag("box/x", "y"),
            ])
        let messages = XESTestSupport.lines(result)
        #expect(messages.contains("4:3: warning: 1 attribute without a key skipped"))
        #expect(messages.contains("3:1: warning: 1 trace has no concept:name; they are called trace-1, trace-2, … by position"))
        #expect(messages.contains("5:3: warning: 1 event has no time:timestamp; they get the placeholder 1 January 1970"))
        #expect(messages.contains("5:3: warning: 1 event has no concept:name; title \"zonder naam\""))
        #expect(messages.contains("9:5: warning: amount rounded to whole cents once (\"12.345\")"))
        #expect(messages.contains("10:5: warning: unknown element skipped once: \"<foo>\""))
        #expect(messages.contains { $0.hasPrefix("6:5: warning: nested list or container attributes (\"cost:drivers\", \"box\")") })
        #expect(!result.hasErrors)
    }

    @Test func malformedXMLGivesErrorsWithLineAndColumn() {
        let text = XESTestSupport.log(
            traces: """
                <trace><string key="concept:name" value="c1"/>
                  <event><string key="concept:name" value="A"></event>
                </trace>
                """)
        let result = XESTestSupport.read(text, file: "kapot.xes")
        #expect(result.hasErrors)
        let error = result.diagnostics.first { $0.severity == .error }
        #expect(error?.location?.file == "kapot.xes")
        #expect(error?.location?.line == 4)
        #expect(error.map { $0.location!.column > 1 } == true)
        #expect(error?.message.en.contains("<string> is closed by </event>") == true)
    }

    @Test func aDoctypeIsRefusedBeforeParsing() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE log [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <log><trace><string key="concept:name" value="&b;"/></trace></log>
            """
        let result = XESTestSupport.read(text)
        #expect(result.journeys.isEmpty)
        #expect(XESTestSupport.lines(result) == ["2:1: error: the document has a DOCTYPE declaration; documents with a DTD are refused"])
    }

    @Test func notALogAndNotXML() {
        #expect(
            XESTestSupport.lines(XESTestSupport.read("<planreis/>")) == [
                "1:1: error: this is not an XES log: the root element is <planreis>"
            ])
        #expect(XESTestSupport.read("").hasErrors)
        let damaged = XESFormat.read([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 0xFF, 0xFF], file: "kapot.xes.gz")
        #expect(damaged.hasErrors)
        #expect(damaged.journeys.isEmpty)
        #expect(damaged.diagnostics.contains { $0.message.nl.hasPrefix("het bestand kan niet worden uitgepakt") })
        let missing = XESFormat.read(contentsOf: "/nonexistent/log.xes")
        #expect(missing.hasErrors)
    }

    /// A log cut short inside its compressed stream: the traces before the cut are read, then one
    /// error says the file cannot be decompressed (zlib decodes memory as libxml2 decodes files).
    @Test func aTruncatedCompressedLogSaysSo() throws {
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: XESTestSupport.log("receipt.xes.gz"))))
        let cut = XESFormat.read(Array(bytes.prefix(bytes.count / 2)), file: "half.xes.gz")
        #expect(cut.hasErrors)
        #expect(cut.diagnostics.filter { $0.message.en.hasPrefix("the file cannot be decompressed") }.count == 1)
        let whole = XESFormat.read(bytes, file: "receipt.xes.gz")
        #expect(cut.journeys.count < whole.journeys.count)
    }

    @Test func aBoundOnTheDecompressedSizeStopsReading() {
        let bounded = XESFormat.read(contentsOf: XESTestSupport.log("running-example.xes"), maxBytes: 4_000)
        #expect(bounded.hasErrors)
        #expect(bounded.journeys.count < 6)
        let whole = XESFormat.read(contentsOf: XESTestSupport.log("running-example.xes"), maxBytes: 1 << 20)
        #expect(!whole.hasErrors)
        #expect(whole.journeys.count == 6)
    }

    @Test func planreisKeysOfAnotherVersionAreKeptWithAWarning() throws {
        let traces = """
            <trace><string key="concept:name" value="c1"/>
              <event><string key="concept:name" value="A"/><string key="planreis:kind" value="fantasie"/><string key="planreis:nieuw" value="x"/><date key="time:timestamp" value="2020-01-01"/></event>
            </trace>
            """
        let result = XESTestSupport.read(XESTestSupport.log(traces: traces))
        let event = try #require(result.journeys.first?.events.first)
        #expect(event.kind == .intervention)
        #expect(event.date == PartialDate(year: 2020, month: 1, day: 1))
        #expect(event.tags == [Tag("planreis:nieuw", "x")])
        #expect(XESTestSupport.lines(result).count == 2)
    }
}

extension PartialDate {
    init?(xesTimestamp text: String) {
        guard
            let date = XESFormat.read(
                Array(
                    """
                    <log><trace><event><date key="time:timestamp" value="\(text)"/></event></trace></log>
                    """.utf8), file: "t.xes"
            ).journeys.first?.events.first?.date
        else { return nil }
        self = date
    }
}

private func timestamp(_ text: String) -> PartialDate? { PartialDate(xesTimestamp: text) }
