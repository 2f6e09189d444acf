import PlanreisFormats
import PlanreisModel
import PlanreisXML
import Testing

/// The libxml2 boundary: refusing DTDs and entities before parsing, exact positions, streaming.
@Suite struct XMLSafeReaderTests {
    static let refused: [(name: String, bytes: [UInt8], kind: XMLProblem.Kind, line: Int, column: Int)] = [
        ("doctype after a comment", Array("<?xml version=\"1.0\"?>\n<!-- één -->\n  <!DOCTYPE a>\n<a/>".utf8), .doctypeRefused, 3, 3),
        (
            "billion laughs",
            """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <lolz>&lol2;</lolz>
            """.utf8.map { $0 }, .doctypeRefused, 2, 1
        ),
        ("external file entity", Array("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>".utf8), .doctypeRefused, 1, 1),
        ("lower-case doctype", Array("<!doctype a><a/>".utf8), .doctypeRefused, 1, 1),
        ("entity declaration outside a DTD", Array("<a>\n  <b/><!ENTITY x \"y\">\n</a>".utf8), .entityRefused, 2, 7),
        ("UTF-16", "\u{FEFF}<a/>".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, .unsupportedEncoding("UTF-16"), 1, 1),
    ]

    @Test(arguments: 0..<refused.count)
    func refusedBeforeParsing(_ index: Int) throws {
        let c = Self.refused[index]
        let bytes = c.bytes
        let outcome = ParsedXMLDocument.parse(bytes)
        #expect(outcome.document == nil)
        let problem = try #require(outcome.problems.first)
        #expect(outcome.problems.count == 1)
        #expect(problem.kind == c.kind)
        #expect(problem.stage == .safety)
        #expect(problem.position == XMLPosition(line: c.line, column: c.column), "\(c.name)")

        let stream = XMLStreamReader(bytes: bytes)
        #expect(stream.next() == nil)
        #expect(stream.problems.map(\.kind) == [c.kind])
    }

    @Test func planreisReaderRefusesADoctypeInDutch() throws {
        let text = "<?xml version=\"1.0\"?>\n<!DOCTYPE planreis [<!ENTITY a \"b\">]>\n<planreis xmlns=\"urn:planreis:1\" version=\"1\"/>"
        let result = PlanreisXMLFormat.read(Array(text.utf8), file: "kwaad.xml")
        #expect(result.journeys.isEmpty)
        #expect(result.diagnostics.count == 1)
        #expect(
            result.diagnostics.first?.formatted(.nl).hasPrefix("kwaad.xml:2:1: fout: het document heeft een DOCTYPE-declaratie") == true)
        #expect(result.diagnostics.first?.formatted(.en).contains("error: the document has a DOCTYPE declaration") == true)
    }

    @Test func elementAndAttributePositions() throws {
        let text =
            "<?xml version=\"1.0\"?>\n<!-- <fake a=\"1\"/> -->\n<r xmlns:p=\"urn:p\">\n  <![CDATA[<cdata b=\"2\"/>]]><?pi <x/>?>\n  <é\n     p:a = 'x>y'\tb=\"&lt;&amp;\"/>\n  <c>tekst &#233; <d/>meer</c>\n</r>"
        let outcome = ParsedXMLDocument.parse(Array(text.utf8))
        let root = try #require(outcome.document?.root)
        #expect(outcome.problems.isEmpty)
        #expect(root.position == XMLPosition(line: 3, column: 1))
        #expect(root.attributes.isEmpty)
        #expect(root.text.contains("<cdata b=\"2\"/>"))
        let e = try #require(root.children.first)
        #expect(e.name.localName == "é")
        #expect(e.position == XMLPosition(line: 5, column: 3))
        #expect(e.attributes.map(\.name.qualified) == ["p:a", "b"])
        #expect(e.attributes[0].name.namespace == "urn:p")
        #expect(e.attributes[0].value == "x>y")
        #expect(e.attributes[0].position == XMLPosition(line: 6, column: 6))
        #expect(e.attributes[0].valuePosition == XMLPosition(line: 6, column: 13))
        #expect(e.attributes[1].value == "<&")
        #expect(e.attributes[1].position == XMLPosition(line: 6, column: 18))
        let c = try #require(root.children.last)
        #expect(c.text == "tekst é meer")
        #expect(c.children.first?.position == XMLPosition(line: 7, column: 19))
        #expect(c.children.first?.index == 3)
        #expect(root.element(withIndex: 3)?.name.localName == "d")
        #expect(root.element(withIndex: 9) == nil)
    }

    @Test func streamingGivesTheSameElementsAndPositions() throws {
        let bytes = Array(XMLFixtures.allFeatures.utf8)
        let tree = try #require(ParsedXMLDocument.parse(bytes).document?.root)
        var flat: [ParsedXMLElement] = []
        func walk(_ e: ParsedXMLElement) { flat.append(e); e.children.forEach(walk) }
        walk(tree)

        let stream = XMLStreamReader(bytes: bytes)
        var starts: [XMLStartTag] = []
        var depth = 0, maxDepth = 0, ends = 0
        while let event = stream.next() {
            switch event {
            case .start(let tag): starts.append(tag); depth += 1; maxDepth = max(maxDepth, depth)
            case .end: depth -= 1; ends += 1
            case .text: break
            }
        }
        #expect(stream.problems.isEmpty)
        #expect(depth == 0 && ends == starts.count)
        #expect(starts.map(\.name) == flat.map(\.name))
        #expect(starts.map(\.position) == flat.map(\.position))
        #expect(starts.map(\.attributes) == flat.map(\.attributes))
        #expect(maxDepth == 6)
    }

    @Test func streamingStopsAtAWellFormednessError() {
        let stream = XMLStreamReader(bytes: Array("<a>\n  <b></c>\n</a>".utf8))
        var events = 0
        while stream.next() != nil { events += 1 }
        #expect(events < 4)
        #expect(stream.problems.first?.kind == .tagMismatch(open: "b", close: "c"))
        #expect(stream.problems.first?.position?.line == 2)
    }

    @Test func schemaValidationFindsErrorsBehindAnUnexpectedElement() throws {
        let schema = try XMLSchema(
            bytes: Array(
                """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                  <xs:element name="r"><xs:complexType><xs:sequence>
                    <xs:element name="a" maxOccurs="unbounded"><xs:complexType><xs:attribute name="n" type="xs:integer"/></xs:complexType></xs:element>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """.utf8))
        let document = try #require(ParsedXMLDocument.parse(Array("<r>\n<x/>\n<a n=\"1\"/>\n<a n=\"twee\"/>\n<y/></r>".utf8)).document)
        let problems = document.validate(against: schema)
        #expect(
            problems.map(\.position) == [XMLPosition(line: 2, column: 1), XMLPosition(line: 4, column: 4), XMLPosition(line: 5, column: 1)])
        #expect(problems[1].kind == .datatype(value: "twee", type: "xs:integer"))
        // Validation leaves the document as it was: a second run finds the same.
        #expect(document.validate(against: schema) == problems)
    }

    @Test func brokenSchemaIsReported() {
        #expect(throws: XMLSchemaError.self) {
            try XMLSchema(bytes: Array("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:bogus/></xs:schema>".utf8))
        }
    }
}
