import PlanreisFormats
import PlanreisModel
import Testing

/// A log from another tool comes back from planreis as it went in (the PM4Py comparison in
/// `Tests/xes/pm4py_roundtrip.py` checks the same on the public logs, through every format).
@Suite struct XESFidelityTests {
    static let foreign = """
        <?xml version="1.0" encoding="UTF-8"?>
        <log xes.version="1849.2016" xes.features="nested-attributes" xmlns="http://www.xes-standard.org/">
          <extension name="Lifecycle" prefix="lifecycle" uri="http://www.xes-standard.org/lifecycle.xesext"/>
          <global scope="event">
            <string key="concept:name" value="__INVALID__"/>
          </global>
          <classifier name="Activity" keys="concept:name lifecycle:transition"/>
          <string key="creator" value="tool &amp; co"/>
          <trace>
            <string key="concept:name" value="c1"/>
            <date key="opened" value="2020-12-31T23:59:59.999+01:00"/>
            <event>
              <string key="concept:name" value="A"/>
              <string key="org:resource" value="Ann"/>
              <date key="time:timestamp" value="2021-01-04T09:00:00.000+01:00"/>
              <string key="lifecycle:transition" value="SCHEDULE"/>
              <int key="points" value="-3"/>
              <boolean key="paid" value="true"/>
              <id key="uid" value="x-1"/>
              <list key="items">
                <values>
                  <string key="item" value="x"/>
                </values>
              </list>
            </event>
            <event>
              <string key="concept:name" value="B"/>
              <date key="time:timestamp" value="2021-01-05T09:00:00.000+01:00"/>
              <string key="lifecycle:transition" value="ate_abort"/>
              <string key="points" value="many"/>
            </event>
            <event>
              <string key="concept:name" value="C"/>
              <string key="org:resource" value="Ann"/>
              <date key="time:timestamp" value="2021-01-06T09:00:00.000+01:00"/>
              <string key="lifecycle:transition" value="START"/>
            </event>
            <event>
              <string key="concept:name" value="C"/>
              <string key="org:resource" value="Ann"/>
              <date key="time:timestamp" value="2021-01-06T10:00:00.000+01:00"/>
              <string key="lifecycle:transition" value="COMPLETE"/>
              <float key="amount" value="2.5"/>
            </event>
          </trace>
        </log>
        """

    @Test func readWriteReadGivesTheSameJourneysAndNoInventedKeys() throws {
        let first = XESTestSupport.read(Self.foreign)
        #expect(!first.hasErrors, "\(XESTestSupport.lines(first))")
        let written = XESFormat.write(first.journeys)
        let second = XESTestSupport.read(written)
        #expect(second.journeys == first.journeys)
        #expect(XESFormat.write(second.journeys) == written)
        // Nothing invented: no resource for the event without one, no group, no planreis key.
        #expect(!written.contains("onbekend"))
        #expect(!written.contains("org:group"))
        #expect(!written.contains("planreis:"))
        #expect(!written.contains("cost:currency"))
        // Lifecycle values verbatim, the pair written back as two events.
        for value in ["SCHEDULE", "ate_abort", "START", "COMPLETE"] {
            #expect(written.contains("<string key=\"lifecycle:transition\" value=\"\(value)\"/>"))
        }
        #expect(written.components(separatedBy: "<event>").count - 1 == 4)
        // Types and nesting as they were; a key with two types keeps both.
        #expect(written.contains("<int key=\"points\" value=\"-3\"/>"))
        #expect(written.contains("<string key=\"points\" value=\"many\"/>"))
        #expect(written.contains("<boolean key=\"paid\" value=\"true\"/>"))
        #expect(written.contains("<id key=\"uid\" value=\"x-1\"/>"))
        #expect(written.contains("<date key=\"opened\" value=\"2020-12-31T23:59:59.999+01:00\"/>"))
        #expect(written.contains("<list key=\"items\">\n        <values>\n          <string key=\"item\" value=\"x\"/>"))
        // The header: log attributes, extensions, globals, classifiers.
        #expect(written.contains("<log xes.version=\"1849.2016\" xes.features=\"nested-attributes\""))
        #expect(written.contains("<extension name=\"Lifecycle\" prefix=\"lifecycle\""))
        #expect(written.contains("<global scope=\"event\">\n    <string key=\"concept:name\" value=\"__INVALID__\"/>"))
        #expect(written.contains("<classifier name=\"Activity\" keys=\"concept:name lifecycle:transition\"/>"))
        #expect(written.contains("<string key=\"creator\" value=\"tool &amp; co\"/>"))
    }

    @Test func everyPlanreisFormatCarriesTheLogBackUnchanged() throws {
        let journeys = XESTestSupport.read(Self.foreign).journeys
        let direct = XESFormat.write(journeys)
        for format in [JourneyFormat.planreisXML, .json, .csv] {
            let middle = format.read(format.write(journeys), file: "tussen")
            #expect(!middle.hasErrors, "\(format): \(middle.diagnostics.map { $0.formatted(.en) })")
            #expect(XESFormat.write(middle.journeys) == direct, "\(format)")
        }
    }

    @Test func aPlanreisJourneyIsStillWrittenAsAPlanreisLog() throws {
        let journey = Journey(
            id: "j", title: "j", actors: [Actor(id: "a", name: "A", group: .municipality)],
            events: [Event(actor: "a", kind: .request, date: PartialDate(year: 2021, month: 5), title: "Aanvraag")])
        let written = XESFormat.write([journey])
        #expect(written.contains("planreis:version"))
        #expect(written.contains("<string key=\"planreis:kind\" value=\"aanvraag\"/>"))
        #expect(XESTestSupport.read(written).journeys == [journey])
    }

    @Test func anEditedJourneyWritesWhatItNeedsToComeBack() throws {
        var journeys = XESTestSupport.read(Self.foreign).journeys
        // A lane the events do not bring back, and a new kind: planreis keys only for those.
        journeys[0].actors.append(Actor(id: "extra", name: "Extra", group: .housing))
        journeys[0].events[0].kind = .request
        let written = XESFormat.write(journeys)
        #expect(written.contains("planreis:actor:3:name"))
        #expect(written.contains("<string key=\"planreis:kind\" value=\"aanvraag\"/>"))
        #expect(!written.contains("planreis:version"))
        #expect(XESTestSupport.read(written).journeys == journeys)
    }
}
