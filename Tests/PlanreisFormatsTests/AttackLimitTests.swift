import Foundation
import PlanreisFormats
import PlanreisModel
import PlanreisXML
import Testing

/// Big hostile inputs, generated at run time: entity blow-up, deep nesting, huge texts and
/// attributes, too many elements. Each is refused by every XML reader with a clear error and
/// without holding much more memory than the input itself. Serialized, so
/// that the peak-memory measurement of one test is not raised by another's input.
@Suite(.serialized) struct AttackLimitTests {
    static let open = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + #"<planreis xmlns="urn:planreis:1" version="1">"#
    static let close = "</planreis>\n"

    static func repeated(_ text: String, _ count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(unit.count * count)
        for _ in 0..<count { out += unit }
        return out
    }

    /// Peak resident memory of the process so far, in bytes (Linux reports KiB, macOS bytes).
    static func peakResident() -> Int {
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
            return usage.ru_maxrss * 1024
        #else
            getrusage(RUSAGE_SELF, &usage)
            return usage.ru_maxrss
        #endif
    }

    /// Runs `body` and checks it raised the peak memory by under 100 MB (an expansion the reader
    /// refused late would show here). Speed is measured by the benchmarks, not timed in tests.
    static func quickly(_ name: String, _ body: () -> Void) {
        let before = peakResident()
        body()
        let grown = peakResident() - before
        #expect(grown < 100 << 20, "\(name) raised peak memory by \(grown >> 20) MB")
    }

    static let count = 8

    /// Attack number `index` (generated only when needed): its name, its bytes and the Dutch
    /// message the planreis reader gives.
    static func attack(_ index: Int) -> (name: String, bytes: [UInt8], dutch: String) {
        let doctype = "het document heeft een DOCTYPE-declaratie"
        let tooLong = "een tekst, attribuutwaarde, cel of tag is langer dan de grens van 1 MiB"
        let head = Array(open.utf8), tail = Array(close.utf8)
        let quadratic = Array(("<!DOCTYPE planreis [<!ENTITY a \"" + String(repeating: "a", count: 50_000) + "\">]>\n").utf8)
        switch index {
        case 0:
            return (
                "quadratic blow-up in text",
                quadratic + head + Array("<journey id=\"x\"><title>".utf8) + repeated("&a;", 50_000)
                    + Array("</title><actors/><events/></journey>".utf8) + tail, doctype
            )
        case 1:
            return (
                "quadratic blow-up in an attribute",
                quadratic + head + Array("<journey id=\"".utf8) + repeated("&a;", 50_000)
                    + Array("\"><title>t</title><actors/><events/></journey>".utf8) + tail, doctype
            )
        case 2:
            return (
                "100,000 nested elements", head + repeated("<journey>", 100_000) + repeated("</journey>", 100_000) + tail,
                "elementen zijn dieper genest dan de grens van 100 niveaus"
            )
        case 3:
            return (
                "50 MB text",
                head + Array("<journey id=\"x\"><title>".utf8) + [UInt8](repeating: 0x61, count: 50_000_000)
                    + Array("</title><actors/><events/></journey>".utf8) + tail, tooLong
            )
        case 4:
            let piece = "<![CDATA[" + String(repeating: "b", count: 100_000) + "]]><!-- -->"
            return (
                "50 MB text in CDATA pieces",
                head + Array("<journey id=\"x\"><title>".utf8) + repeated(piece, 500)
                    + Array("</title><actors/><events/></journey>".utf8) + tail, tooLong
            )
        case 5:
            return (
                "50 MB attribute",
                head + Array("<journey id=\"".utf8) + [UInt8](repeating: 0x61, count: 50_000_000)
                    + Array("\"><title>t</title><actors/><events/></journey>".utf8) + tail, tooLong
            )
        case 6:
            return (
                "20 MB comment", head + Array("<!--".utf8) + [UInt8](repeating: 0x2D, count: 20_000_000) + Array("x-->".utf8) + tail,
                tooLong
            )
        default:
            return ("2 MB element name", head + [0x3C] + [UInt8](repeating: 0x61, count: 2_000_000) + Array("/>".utf8) + tail, tooLong)
        }
    }

    @Test(arguments: 0..<count)
    func planreisReaderRefuses(_ index: Int) {
        let attack = Self.attack(index)
        var result = ReadResult()
        Self.quickly(attack.name) { result = PlanreisXMLFormat.read(attack.bytes, file: "aanval.xml") }
        #expect(result.journeys.isEmpty)
        #expect(result.diagnostics.count == 1, "\(attack.name): \(result.diagnostics.map { $0.formatted(.en) })")
        let message = result.diagnostics.first?.formatted(.nl) ?? ""
        #expect(message.hasPrefix("aanval.xml:") && message.contains(": fout: \(attack.dutch)"), "\(attack.name): \(message)")
        if attack.dutch.contains("grens") {
            #expect(message.contains("verhoog dan de grens met --max-"), "\(message)")
        }
    }

    @Test(arguments: 0..<count)
    func streamingReadersRefuse(_ index: Int) {
        let attack = Self.attack(index)
        Self.quickly(attack.name + " (stream)") {
            let stream = XMLStreamReader(bytes: attack.bytes)
            while stream.next() != nil {}
            #expect(stream.problems.contains { $0.severity == .error && $0.stage == .safety }, "\(attack.name)")
        }
        // The XES reader as the command line calls it: the same pre-parse limits.
        Self.quickly(attack.name + " (XES)") {
            let result = JourneyFormat.xes.read(attack.bytes, file: "aanval.xes", limits: .default)
            #expect(result.journeys.isEmpty)
            #expect(
                result.diagnostics.count == 1 && result.diagnostics[0].formatted(.nl).contains(": fout: \(attack.dutch)"),
                "\(attack.name): \(result.diagnostics.map { $0.formatted(.nl) })")
        }
        // Called directly, the streaming XES reader relies on the scanner's refusal of DTDs and
        // on libxml2's own bounds (256 levels, 10 MB texts, 50,000-byte names): it refuses too,
        // but reads up to 10 MB first, so only the small attacks are run that way here.
        if attack.bytes.count < 10_000_000 {
            let direct = XESFormat.read(attack.bytes, file: "aanval.xes")
            #expect(direct.journeys.isEmpty && direct.hasErrors, "\(attack.name)")
        }
    }

    @Test func limitsCanBeLoweredAndRaised() {
        let events: String = String(repeating: "<event kind=\"gebeurtenis\" actor=\"a\" date=\"2021\"><title>t</title></event>", count: 20)
        let title: String = "<journey id=\"x\"><title>" + String(repeating: "é", count: 600) + "</title>"
        let actors: String = "<actors><actor id=\"a\" group=\"gemeente\" name=\"A\"/></actors><events>"
        let text: String = Self.open + title + actors + events + "</events></journey>" + Self.close
        let document: [UInt8] = Array(text.utf8)
        #expect(!JourneyFormat.planreisXML.read(document, file: "a.xml", limits: .default).hasErrors)

        func refusal(_ limits: ReadLimits) -> String {
            let result = JourneyFormat.planreisXML.read(document, file: "a.xml", limits: limits)
            #expect(result.journeys.isEmpty)
            #expect(result.diagnostics.count == 1)
            return result.diagnostics.first?.formatted(.en) ?? ""
        }
        #expect(
            refusal(ReadLimits(maxBytes: 1000)).hasPrefix("a.xml:1:1: error: the file is larger than the limit of 1000 bytes; not read"))
        #expect(
            refusal(ReadLimits(maxBytes: 1000)).contains("raise the limit with --max-bytes or the environment variable PLANREIS_MAX_BYTES"))
        #expect(refusal(ReadLimits(maxDepth: 3)).hasPrefix("a.xml:2:"))
        #expect(refusal(ReadLimits(maxDepth: 3)).contains("nested deeper than the limit of 3 levels"))
        #expect(refusal(ReadLimits(maxTextLength: 1000)).contains("longer than the limit of 1000 bytes"))
        #expect(refusal(ReadLimits(maxEvents: 19)).contains("more than 19 events; not read"))

        // The other formats: the same limits, checked on what was read.
        let journeys = JourneyFormat.planreisXML.read(document, file: "a.xml").journeys
        for format in [JourneyFormat.csv, .json] {
            let bytes = format.write(journeys)
            #expect(!format.read(bytes, file: "a", limits: .default).hasErrors)
            #expect(
                format.read(bytes, file: "a", limits: ReadLimits(maxEvents: 19)).diagnostics.first?.message.en.contains(
                    "more than 19 events") == true)
            #expect(
                format.read(bytes, file: "a", limits: ReadLimits(maxTextLength: 1000)).diagnostics.first?.message.en.contains("longer than")
                    == true)
            #expect(
                format.read(bytes, file: "a", limits: ReadLimits(maxBytes: 100)).diagnostics.first?.message.en.contains("larger than")
                    == true)
        }
    }

    @Test func sizesAndEnvironment() {
        #expect(ReadLimits.parseSize("1000") == 1000)
        #expect(ReadLimits.parseSize("64K") == 65_536)
        #expect(ReadLimits.parseSize("512m") == 512 << 20)
        #expect(ReadLimits.parseSize("2GB") == 2 << 30)
        #expect(ReadLimits.parseSize("1_000_000") == 1_000_000)
        for bad in ["", "0", "-5", "12X", "M", "99999999999999999999G", "1.5M"] { #expect(ReadLimits.parseSize(bad) == nil, "\(bad)") }
        let (limits, problems) = ReadLimits.from(environment: ["PLANREIS_MAX_BYTES": "1G", "PLANREIS_MAX_EVENTS": "veel", "PATH": "/bin"])
        #expect(limits.maxBytes == 1 << 30)
        #expect(limits.maxEvents == ReadLimits.default.maxEvents)
        #expect(problems.count == 1 && problems[0].message.nl.contains("PLANREIS_MAX_EVENTS=\"veel\" is geen geldige grens"))
    }
}
