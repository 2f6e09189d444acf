import PlanreisFormats
import PlanreisModel
import PlanreisXML
import Testing

/// The streaming reader under XES: libxml2's SAX2 push parser fed in 64 KiB chunks, its nodes
/// queued per chunk. These tests put what could go wrong at the chunk seams.
@Suite struct XMLPullReaderTests {
    /// Every node of a document as text: `<name@line:col/>`, `</name>`, `"text"`.
    static func nodes(_ text: String) -> (nodes: [String], problems: [XMLProblem]) {
        let reader = XMLPullReader(.bytes(Array(text.utf8)))
        var out: [String] = []
        while let node = reader.next() {
            switch node {
            case .startElement:
                var attributes = ""
                reader.forEachAttribute { name, space, value in
                    attributes += " \(space.map { "{\($0)}" } ?? "")\(name)=\(value)"
                }
                out.append(
                    "<\(reader.localName)@\(reader.position.line):\(reader.position.column)\(attributes)\(reader.isEmptyElement ? "/" : "")>"
                )
            case .endElement: out.append("</\(reader.localName)>")
            case .text: out.append("\"\(reader.text)\"")
            }
        }
        return (out, reader.problems)
    }

    @Test func elementsAttributesAndTextInOrder() {
        let (nodes, problems) = Self.nodes(
            "<?xml version=\"1.0\"?>\n<a xmlns=\"urn:x\" xmlns:p=\"urn:p\" k=\"1\" p:q=\"2\">\n  <b/>\n  <c></c>tekst<!-- weg --> meer\n</a>\n"
        )
        #expect(problems.isEmpty)
        #expect(nodes == ["<a@2:1 k=1 {urn:p}q=2>", "<b@3:3/>", "</b>", "<c@4:3>", "</c>", "\"tekst meer\n\"", "</a>"])
    }

    @Test func referencesInAttributeValuesAreDecoded() {
        let (nodes, problems) = Self.nodes(
            "<a v=\"&amp; &lt; &gt; &quot; &apos; &#38; &#x26; &#233; &#x1F600; a&amp;#38;b\"/>")
        #expect(problems.isEmpty)
        #expect(nodes.first == "<a@1:1 v=& < > \" ' & & é 😀 a&#38;b/>")
    }

    @Test func textAndAttributesLongerThanAChunkComeWhole() {
        let long = String(repeating: "abcdefghij", count: 20_000)  // 200 KB: spans four chunks
        let (nodes, problems) = Self.nodes("<a>\n<b v=\"\(long)\">\(long)</b>\n</a>")
        #expect(problems.isEmpty)
        #expect(nodes.count == 5)
        #expect(nodes[1] == "<b@2:1 v=\(long)>")
        #expect(nodes[2] == "\"\(long)\"")
    }

    @Test func positionsStayExactPastManyChunks() throws {
        // 30,000 lines of about 40 bytes: 1.2 MB, about 18 chunks.
        var text = "<log>\n"
        for index in 0..<30_000 { text += "  <e n=\"\(index)\" pad=\"\(String(repeating: "x", count: index % 17))\"/>\n" }
        text += "</log>\n"
        let reader = XMLPullReader(.bytes(Array(text.utf8)))
        var seen = 0
        while let node = reader.next() {
            guard node == .startElement, reader.localName == "e" else { continue }
            let (n, _, _) = reader.attributes("n", "pad")
            #expect(n == String(seen))
            #expect(reader.position == XMLPosition(line: seen + 2, column: 3))
            seen += 1
        }
        #expect(seen == 30_000)
        #expect(reader.problems.isEmpty)
    }

    @Test func nodesBeforeAnErrorComeFirstThenTheError() throws {
        var text = "<log>\n"
        for index in 0..<5_000 { text += "<e n=\"\(index)\"/>\n" }
        text += "<e n=\"kapot\">\n</log>\n"
        let reader = XMLPullReader(.bytes(Array(text.utf8)))
        var seen = 0
        while let node = reader.next() {
            if node == .startElement && reader.localName == "e" {
                #expect(reader.problems.isEmpty, "the error shows only after the nodes before it")
                seen += 1
            }
        }
        #expect(seen == 5_001)
        let error = try #require(reader.problems.first { $0.severity == .error })
        #expect(error.position?.line == 5_003)
    }

    @Test func aDoctypeInAStreamIsRefusedBeforeAnyNode() {
        let (nodes, problems) = Self.nodes("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY x \"y\">]>\n<a>&x;</a>")
        #expect(nodes.isEmpty)
        #expect(problems.map(\.kind) == [.doctypeRefused])
    }

    @Test func anUndeclaredEntityIsAnErrorWithItsPlace() throws {
        let (nodes, problems) = Self.nodes("<a>\n  <b v=\"&x;\"/>\n</a>")
        #expect(nodes == ["<a@1:1>"])
        let error = try #require(problems.first)
        #expect(error.severity == .error)
        #expect(error.position?.line == 2)
    }

    @Test func aLatin1DocumentIsDecoded() {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<a v=\"caf".utf8)
        bytes += [0xE9]
        bytes += Array("\"/>".utf8)
        let reader = XMLPullReader(.bytes(bytes))
        #expect(reader.next() == .startElement)
        #expect(reader.attributes("v", "w").0 == "café")
        #expect(reader.problems.isEmpty)
    }
}
