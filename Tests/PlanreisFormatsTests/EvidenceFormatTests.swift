import PlanreisFormats
import PlanreisModel
import Testing

/// Issue 11 in the formats: sources per event, owners, stated durations, estimates, likelihood
/// ranges and the constructed flag, in every format; old spreadsheets with `bron` per case.
@Suite("Evidence in the formats")
struct EvidenceFormatTests {
    static let journey = CSVTestSupport.richJourneys

    @Test func theRichJourneysCarryEveryEvidenceField() throws {
        let events = Self.journey[0].events
        #expect(events.contains { $0.source != nil && $0.owner != nil })
        #expect(events.contains { $0.statedDuration != nil })
        #expect(events.contains { $0.avoids?.likelihoodRange?.isRange == true && $0.avoids?.likelihoodEstimate != nil })
        #expect(events.contains { $0.costs.isEmpty == false || $0.avoids?.costs.contains { $0.estimate != nil } == true })
        #expect(Self.journey[1].isConstructed)
    }

    @Test func xmlJSONAndXESKeepThem() throws {
        let xml = PlanreisXMLFormat.write(Self.journey)
        #expect(xml.contains(#"owner="js""#) && xml.contains(#"duration="P8M""#) && xml.contains(#"likelihood="30-60""#))
        #expect(xml.contains(#"constructed="true""#))
        let fromXML = PlanreisXMLFormat.read(Array(xml.utf8), file: "e.planreis.xml")
        #expect(CSVTestSupport.errors(fromXML).isEmpty, "\(CSVTestSupport.summary(fromXML))")
        let json = JSONFormat.write(fromXML.journeys)
        #expect(json.contains(#""likelihood": "30-60""#) && json.contains(#""constructed": true"#))
        let fromJSON = JSONFormat.read(Array(json.utf8), file: "e.json")
        #expect(fromJSON.journeys == fromXML.journeys)
        let xes = XESFormat.write(fromXML.journeys)
        #expect(xes.contains(#"key="planreis:owner""#) && xes.contains(#"key="planreis:avoids:likelihood:estimatedBy""#))
        let fromXES = XESFormat.read(Array(xes.utf8), file: "e.xes")
        for (a, b) in zip(fromXML.journeys, fromXES.journeys) {
            #expect(a.isConstructed == b.isConstructed)
            #expect(a.events.map(\.source) == b.events.map(\.source))
            #expect(a.events.map(\.owner) == b.events.map(\.owner))
            #expect(a.events.map(\.statedDuration) == b.events.map(\.statedDuration))
            #expect(a.events.map(\.avoids) == b.events.map(\.avoids))
            #expect(a.events.map(\.costs) == b.events.map(\.costs))
        }
    }

    @Test func theSpreadsheetHasAColumnForEach() throws {
        let csv = SpreadsheetCSVFormat.write(Self.journey)
        let header = try #require(csv.split(separator: "\r\n").first.map(String.init) ?? csv.split(separator: "\n").first.map(String.init))
        for column in [
            "bron", "eigenaar", "duur", "duur_bron", "kans_geschat_door", "horizon_schattingsreden", "vermeden_geschat_door", "casus_bron",
            "geconstrueerd",
        ] {
            #expect(header.split(separator: ";").contains(Substring(column)), "\(column) missing from \(header)")
        }
        #expect(CSVTestSupport.read(csv).journeys == Self.journey)
    }

    @Test func anOldFileWithBronPerCaseIsReadAsTheCaseSourceWithAWarning() throws {
        let text = "casus;bron;datum;actor;soort;titel\na;IPW-rapport;2021-01-01;x;gebeurtenis;A\na;;2021-02-01;x;gebeurtenis;B\n"
        let read = CSVTestSupport.read(text)
        #expect(CSVTestSupport.errors(read).isEmpty)
        let journey = try #require(read.journeys.first)
        #expect(journey.source == "IPW-rapport")
        #expect(journey.events.allSatisfy { $0.source == nil })
        let warning = try #require(CSVTestSupport.warnings(read).first)
        #expect(warning.message.nl.contains("casus_bron"))
        #expect(warning.location?.line == 2)
    }

    @Test func bronPerRowIsTheEventsSource() throws {
        let text =
            "casus;bron;datum;actor;soort;titel;duur;kans\na;interview;2021-01-01;x;gebeurtenis;A;8 maanden;\na;dossier p. 4;2021-02-01;x;gebeurtenis;B;;\n"
        let read = CSVTestSupport.read(text)
        #expect(CSVTestSupport.warnings(read).isEmpty, "\(CSVTestSupport.summary(read))")
        let journey = try #require(read.journeys.first)
        #expect(journey.source == nil)
        #expect(journey.events.map(\.source) == ["interview", "dossier p. 4"])
        #expect(journey.events[0].statedDuration == StatedDuration(count: 8, unit: .month))
    }

    @Test func badEvidenceValuesAreLocated() throws {
        let xml = """
            <planreis xmlns="urn:planreis:1" version="1"><journey id="j"><title>t</title><actors><actor id="a" group="overig"/></actors><events>
            <event kind="wachten" actor="a" date="2021" duration="acht maanden" owner="niemand"><title>w</title></event>
            <event id="x" kind="uitzondering" actor="a" date="2021"><title>u</title><avoids title="s" likelihood="60-30"/></event>
            </events></journey></planreis>
            """
        let read = PlanreisXMLFormat.read(Array(xml.utf8), file: "bad.planreis.xml")
        let errors = CSVTestSupport.errors(read).map { "\($0.location?.line ?? 0): \($0.message.en)" }
        #expect(errors.contains { $0.hasPrefix("2:") && ($0.contains("duration") || $0.contains("P8M")) })
        #expect(errors.contains { $0.hasPrefix("2:") && $0.contains("unknown owner \"niemand\"") })
        #expect(errors.contains { $0.hasPrefix("3:") && $0.contains("likelihood") })
    }
}
