import Foundation
import PlanreisModel
import PlanreisXML
import Testing

@testable import PlanreisFormats

/// The streaming reader under XES: libxml2's SAX2 push parser fed in 64 KiB chunks, its nodes
/// queued per chunk. These tests put what could go wrong at the chunk seams.
@Suite struct XMLPullReaderTests {
    /// Every node of a document as text: `<name@line:col/>`, `</name>`, `"text"`; read on one
    /// thread and parsed ahead on two, which must agree.
    static func nodes(_ text: String) -> (nodes: [String], problems: [XMLProblem]) {
        let one = nodes(text, parseAhead: false)
        let two = nodes(text, parseAhead: true)
        #expect(one.nodes == two.nodes)
        #expect(one.problems == two.problems)
        return one
    }

    static func nodes(_ text: String, parseAhead: Bool) -> (nodes: [String], problems: [XMLProblem]) {
        let reader = XMLPullReader(.bytes(Array(text.utf8)), parseAhead: parseAhead)
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

    @Test(arguments: [false, true])
    func positionsStayExactPastManyChunks(parseAhead: Bool) throws {
        // 30,000 lines of about 40 bytes: 1.2 MB, about 18 chunks.
        var text = "<log>\n"
        for index in 0..<30_000 { text += "  <e n=\"\(index)\" pad=\"\(String(repeating: "x", count: index % 17))\"/>\n" }
        text += "</log>\n"
        let reader = XMLPullReader(.bytes(Array(text.utf8)), parseAhead: parseAhead)
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

    @Test(arguments: [false, true])
    func nodesBeforeAnErrorComeFirstThenTheError(parseAhead: Bool) throws {
        var text = "<log>\n"
        for index in 0..<5_000 { text += "<e n=\"\(index)\"/>\n" }
        text += "<e n=\"kapot\">\n</log>\n"
        let reader = XMLPullReader(.bytes(Array(text.utf8)), parseAhead: parseAhead)
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

    /// Start-tag places against a reference counted character by character while the document
    /// was written: line feeds, CR LF and lone CR, tabs, multi-byte characters (the column counts
    /// characters), comments and long lines, past many chunks.
    @Test(arguments: [1, 2, 3])
    func startTagPlacesMatchAReference(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var text = "<?xml version=\"1.0\"?>"
        var line = 1, column = 1 + text.count
        var expected: [XMLPosition] = []
        func write(_ piece: String) {
            var previousWasCR = false
            for character in piece.unicodeScalars {
                if character == "\n" {
                    if !previousWasCR { line += 1 }
                    column = 1
                } else if character == "\r" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previousWasCR = character == "\r"
            }
            text += piece
        }
        let breaks = ["\n", "\r\n", "\r", "\n\t\t", "  ", ""]
        let words = ["a", "é", "日本", "😀", "tekst", "x y", String(repeating: "lang", count: 40)]
        expected.append(XMLPosition(line: line, column: column))
        write("<log>")
        for _ in 0..<20_000 {
            write(breaks[random.next(breaks.count)])
            switch random.next(7) {
            case 0: write("<!-- \(words[random.next(words.count)]) <not-a-tag> -->")
            case 2:
                expected.append(XMLPosition(line: line, column: column))
                write("<é \(breaks[random.next(breaks.count)])v=\"1\"/><?pi \(words[random.next(words.count)])?>")
            case 1:
                expected.append(XMLPosition(line: line, column: column))
                write("<t>\(words[random.next(words.count)])</t>")
            default:
                expected.append(XMLPosition(line: line, column: column))
                write("<e v=\"\(words[random.next(words.count)])\"\(breaks[random.next(breaks.count)]) w=\"1\"/>")
            }
        }
        write("\n</log>\n")
        for parseAhead in [false, true] {
            let reader = XMLPullReader(.bytes(Array(text.utf8)), parseAhead: parseAhead)
            var positions: [XMLPosition] = []
            while let node = reader.next() {
                if node == .startElement { positions.append(reader.position) }
            }
            #expect(reader.problems.isEmpty)
            #expect(positions.count == expected.count)
            let firstDifference = positions.indices.first { $0 < expected.count && positions[$0] != expected[$0] }
            #expect(
                firstDifference == nil,
                "start tag \(firstDifference ?? -1): \(firstDifference.map { "\(positions[$0]) != \(expected[$0])" } ?? "")")
        }
    }

    @Test func aReaderLeftEarlyStopsItsParserThread() {
        // Many readers dropped after one node: each must stop its thread and free its parser.
        let text = "<log>" + String(repeating: "<e a=\"1\"/>", count: 200_000) + "</log>"
        let bytes = Array(text.utf8)
        for _ in 0..<50 {
            let reader = XMLPullReader(.bytes(bytes), parseAhead: true)
            #expect(reader.next() == .startElement)
        }
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

/// The XES import with a reading thread gives exactly what it gives on one thread.
@Suite struct XESPipelineTests {
    static func run(_ path: String, pipelined: Bool) -> (results: [ReadResult], diagnostics: [Diagnostic], progress: [Int]) {
        var results: [ReadResult] = []
        var progress: [Int] = []
        let diagnostics = XESImport.run(
            .file(path: path), maxBytes: nil, file: path, parseAhead: pipelined,
            progress: { traces, _ in progress.append(traces) }, onTrace: { results.append($0) })
        return (results, diagnostics, progress)
    }

    @Test(arguments: ["running-example.xes", "roadtraffic100traces.xes", "receipt.xes.gz", "interval_event_log.xes.gz"])
    func realLogsReadAlikeOnOneAndTwoThreads(_ name: String) {
        let path = XESTestSupport.log(name)
        let one = Self.run(path, pipelined: false)
        let two = Self.run(path, pipelined: true)
        #expect(one.results.count > 0)
        #expect(one.results.count == two.results.count)
        #expect(one.results.map(\.journeys) == two.results.map(\.journeys))
        #expect(one.results.map(\.sourceMaps) == two.results.map(\.sourceMaps))
        #expect(one.results.map(\.diagnostics) == two.results.map(\.diagnostics))
        #expect(one.diagnostics == two.diagnostics)
        #expect(one.progress == two.progress)
    }

    @Test func dirtAcrossManyBatchesIsCountedOnceWithTheFirstPlace() throws {
        // 3,000 traces (a dozen batches), each with a nested attribute (counted while reading)
        // and an event without a timestamp (counted while assembling), and an XML error at the end.
        var traces = ""
        for index in 0..<3_000 {
            traces += """
                <trace><string key="concept:name" value="c\(index)"/>
                <event><string key="concept:name" value="a"/><list key="l"><values><string key="x" value="1"/></values></list></event>
                </trace>

                """
        }
        let text = XESTestSupport.log(traces: traces) + "<kapot"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("vuil.xes").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let one = Self.run(path, pipelined: false)
        let two = Self.run(path, pipelined: true)
        #expect(two.results.count == 3_000)
        #expect(one.diagnostics == two.diagnostics)
        #expect(one.progress == [1000, 2000, 3000] && two.progress == one.progress)
        let lines = two.diagnostics.map { "\($0.location.map { "\($0.line):\($0.column)" } ?? "-") \($0.message.en)" }
        // Line 3 holds the first trace, line 4 its event; the junk after </log> is on line 9005.
        #expect(
            lines == [
                "4:1 3000 events have the date 1 January 1970, a placeholder for 'no date' (the first is here)",
                "4:1 3000 events have no time:timestamp; they get the placeholder 1 January 1970",
                "9005:1 XML is not well-formed: Extra content at the end of the document",
            ])
    }

    @Test func anErrorInTheMiddleStopsAtTheTraceItBreaks() throws {
        var traces = ""
        for index in 0..<3_000 {
            let junk = index == 1_999 ? "<kapot" : ""
            traces += "<trace><string key=\"concept:name\" value=\"c\(index)\"/>\(junk)<event/></trace>\n"
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("kapot.xes").path
        try Data(XESTestSupport.log(traces: traces).utf8).write(to: URL(fileURLWithPath: path))
        for pipelined in [false, true] {
            let run = Self.run(path, pipelined: pipelined)
            #expect(run.results.count == 1_999)
            #expect(run.results.last?.journeys.first?.id == "c1998")
            // Line 2002 holds trace 2000 (libxml2 says three things about the one broken tag).
            let errorLines = Set(run.diagnostics.filter { $0.severity == .error }.map { $0.location?.line })
            #expect(errorLines == [2_002])
        }
    }
}

/// A small seeded generator for reproducible test documents.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}

/// Limits enforced while a log streams: nesting, text and attribute length in the parser's
/// callbacks, the number of events in the XES reader; one located error each, nothing after it.
@Suite struct XESLimitTests {
    static func limits(depth: Int = 100, text: Int = 1 << 20, events: Int = 1_000_000) -> ReadLimits {
        var limits = ReadLimits.default
        limits.maxDepth = depth
        limits.maxTextLength = text
        limits.maxEvents = events
        return limits
    }

    static let log = XESTestSupport.log(
        traces: (0..<50).map { index in
            """
            <trace><string key="concept:name" value="c\(index)"/>
            <event><string key="concept:name" value="\(String(repeating: "x", count: index * 10))"/></event>
            <event><string key="concept:name" value="b"/><list key="l"><values><string key="deep" value="1"/></values></list></event>
            </trace>
            """
        }.joined(separator: "\n"))

    @Test(arguments: [false, true])
    func eachLimitStopsWithOneLocatedError(parseAhead: Bool) throws {
        let bytes = Array(Self.log.utf8)
        let cases: [(ReadLimits, String, Int)] = [
            (Self.limits(events: 21), "more than 21 events", 10),  // trace 11 brings the 22nd event
            (Self.limits(text: 200), "longer than the limit of 200 bytes", 21),  // "x" × 210 in trace 21
            (Self.limits(depth: 5), "nested deeper than the limit of 5 levels", 0),
        ]
        for (limits, message, traces) in cases {
            let result = XESFormat.read(bytes, file: "l.xes", limits: limits, parseAhead: parseAhead)
            let errors = result.diagnostics.filter { $0.severity == .error }
            #expect(errors.count == 1, "\(errors.map(\.message.en))")
            #expect(errors.first?.message.en.contains(message) == true, "\(errors.map(\.message.en))")
            #expect(errors.first?.location?.line ?? 0 > 1)
            #expect(result.journeys.count == traces, "\(message)")
        }
        let unlimited = XESFormat.read(bytes, file: "l.xes", limits: .default, parseAhead: parseAhead)
        #expect(unlimited.journeys.count == 50)
        #expect(!unlimited.diagnostics.contains { $0.severity == .error })
    }
}
