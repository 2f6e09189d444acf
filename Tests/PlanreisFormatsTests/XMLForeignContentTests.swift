import PlanreisFormats
import PlanreisModel
import Testing

/// Attributes and elements in other namespaces are kept as tags, each with a warning.
@Suite struct XMLForeignContentTests {
    static let text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <planreis xmlns="urn:planreis:1" xmlns:x="urn:example:x" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="1" x:bron="export" xsi:schemaLocation="urn:planreis:1 planreis.xsd">
          <journey id="j" x:team="noord">
            <title>T</title>
            <actors>
              <actor id="a" group="gemeente" name="A" x:afdeling="jeugd"/>
            </actors>
            <events>
              <event kind="interventie" actor="a" date="2020" x:code="K12">
                <title>t</title>
                <cost amount="5" x:grootboek="4410"/>
                <x:notitie lang="nl">Vrije <x:b>tekst</x:b></x:notitie>
              </event>
            </events>
            <x:extra>aan het eind</x:extra>
          </journey>
        </planreis>

        """

    let result = XMLTestSupport.read(Self.text)

    @Test func keptAsTags() throws {
        #expect(!result.hasErrors, "\(XMLTestSupport.lines(result))")
        let journey = try #require(result.journeys.first)
        #expect(
            journey.tags == [Tag("x:team", "noord"), Tag("x:afdeling", "jeugd"), Tag("x:extra", "aan het eind"), Tag("x:bron", "export")])
        #expect(journey.events.first?.tags == [Tag("x:code", "K12"), Tag("x:grootboek", "4410"), Tag("x:notitie", "Vrije tekst")])
    }

    @Test func eachWithAWarningAtItsPlace() throws {
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        #expect(warnings.count == 7, "\(XMLTestSupport.lines(result))")
        for anchor in ["x:bron=", "x:team=", "x:afdeling=", "x:code=", "x:grootboek=", "<x:notitie", "<x:extra"] {
            let place = try #require(XMLTestSupport.position(of: anchor, in: Self.text))
            #expect(warnings.contains { $0.location?.line == place.line && $0.location?.column == place.column }, "\(anchor)")
        }
        // The schema-instance attribute is an instruction for XML editors, not data.
        #expect(!result.diagnostics.contains { $0.message.en.contains("schemaLocation") })
    }

    @Test func unknownPlanreisAttributeIsAnErrorNotATag() throws {
        let text = Self.text.xmlReplacingFirst("x:code=", with: "code=")
        let result = XMLTestSupport.read(text)
        let error = try #require(result.diagnostics.first { $0.severity == .error })
        #expect(error.message.en == "attribute \"code\" is not allowed on <event>")
        #expect(error.hint?.en.contains("namespace of your own") == true)
    }

    @Test func tagsAreWrittenBackAsPlainTags() throws {
        let written = PlanreisXMLFormat.write(result.journeys)
        #expect(written.contains(#"<tag key="x:code">K12</tag>"#))
        let again = XMLTestSupport.read(written)
        #expect(again.diagnostics.isEmpty)
        #expect(again.journeys == result.journeys)
    }
}
