import PlanreisModel
import PlanreisXML

/// The reading half of an XES import: streams a log through `XMLPullReader` and hands on one
/// `<trace>` at a time as a record, so that memory stays bounded by what is not yet assembled.
/// Log-level extensions, globals and classifiers are skipped; the dirt found while reading is
/// counted in `tally` (the assembling half, `XESAssembler`, counts the rest).
struct XESReader {
    /// The file name used in every diagnostic.
    let file: String
    private(set) var tally = XESTally()
    /// Problems of the file as a whole: not a log, XML errors, refusals.
    private(set) var diagnostics: [Diagnostic] = []
    private var traceCount = 0
    /// Most events the log may hold (nil: no bound), and how many were read.
    private let maxEvents: Int?
    private var eventCount = 0

    init(file: String, maxEvents: Int? = nil) {
        self.file = file
        self.maxEvents = maxEvents
    }

    /// Reads the whole log, calling `onTrace` with each trace as read. A trace cut short by an
    /// error in the XML is not handed on.
    mutating func read(_ xml: XMLPullReader, onTrace: (XESTraceRecord) -> Void) {
        var sawLog = false
        while let node = xml.next() {
            guard node == .startElement else { continue }
            guard !sawLog else {
                xml.skipElement()
                continue
            }
            sawLog = true
            guard xml.localName == "log" else {
                diagnostics.append(
                    .error(
                        at: location(xml.position),
                        Localized(
                            nl: "dit is geen XES-log: het hoofdelement is <\(xml.localName)>",
                            en: "this is not an XES log: the root element is <\(xml.localName)>"),
                        hint: Localized(nl: "een XES-bestand begint met <log>", en: "an XES file starts with <log>")))
                xml.skipElement()
                continue
            }
            if let space = xml.namespace, !XESKeys.namespaces.contains(space) {
                diagnostics.append(
                    .warning(
                        at: location(xml.position),
                        Localized(
                            nl: "onbekende namespace \"\(space)\" voor <log>; gelezen als XES",
                            en: "unknown namespace \"\(space)\" for <log>; read as XES")))
            }
            readLog(xml, onTrace: onTrace)
        }
        diagnostics += xml.problems.map { $0.xesDiagnostic(file: file) }
        if !sawLog && !xml.problems.contains(where: { $0.severity == .error }) {
            diagnostics.append(
                .error(
                    at: SourceLocation(file: file, line: 1, column: 1),
                    Localized(nl: "het document is leeg", en: "the document is empty"),
                    hint: Localized(nl: "een XES-bestand begint met <log>", en: "an XES file starts with <log>")))
        }
    }

    private mutating func readLog(_ xml: XMLPullReader, onTrace: (XESTraceRecord) -> Void) {
        while let node = xml.next() {
            switch node {
            case .endElement: return
            case .text: continue
            case .startElement: break
            }
            switch xml.localName {
            case "trace":
                traceCount += 1
                var trace = XESTraceRecord(position: xml.position, number: traceCount)
                readTrace(xml, into: &trace)
                // A trace cut short by an error in the XML is not handed on half.
                guard !xml.problems.contains(where: { $0.severity == .error }) else { return }
                eventCount += trace.events.count
                if let maxEvents, eventCount > maxEvents {
                    // Past the limit nothing more is read or handed on.
                    diagnostics.append(ReadLimits.exceeded(.events, value: maxEvents, at: location(trace.position)))
                    return
                }
                onTrace(trace)
            case "extension", "global", "classifier":
                xml.skipElement()
            case let name where XESKeys.isAttributeElement(name):
                let position = xml.position
                var attributes: [XESAttribute] = []
                readAttribute(xml, prefix: nil, into: &attributes, noteNesting: false)
                if let key = attributes.first.map({ String($0.key.prefix { $0 != "/" }) }), key != XESKeys.version {
                    tally.add(.logAttribute, at: location(position), example: key)
                }
            default:
                tally.add(.unknownElement, at: location(xml.position), example: "<\(xml.localName)>")
                xml.skipElement()
            }
        }
    }

    private mutating func readTrace(_ xml: XMLPullReader, into trace: inout XESTraceRecord) {
        guard !xml.isEmptyElement else {
            _ = xml.next()
            return
        }
        while let node = xml.next() {
            switch node {
            case .endElement: return
            case .text: continue
            case .startElement: break
            }
            let name = xml.localName
            if name == "event" {
                var event = XESEventRecord(position: xml.position)
                event.attributes.reserveCapacity(8)
                if xml.isEmptyElement {
                    _ = xml.next()
                } else {
                    while let inner = xml.next(), inner != .endElement {
                        guard inner == .startElement else { continue }
                        if XESKeys.isAttributeElement(xml.localName) {
                            if let moment = readAttribute(xml, prefix: nil, into: &event.attributes, moments: true) {
                                event.moment = moment
                            }
                        } else {
                            tally.add(.unknownElement, at: location(xml.position), example: "<\(xml.localName)>")
                            xml.skipElement()
                        }
                    }
                }
                trace.events.append(event)
            } else if XESKeys.isAttributeElement(name) {
                readAttribute(xml, prefix: nil, into: &trace.attributes)
            } else {
                tally.add(.unknownElement, at: location(xml.position), example: "<\(name)>")
                xml.skipElement()
            }
        }
    }

    /// Reads the attribute element the reader stands on, with its nested attributes (meta
    /// attributes, `list` values, `container` children) flattened into `parent/child` keys.
    /// With `moments`, a `time:timestamp` is read from its bytes and returned with the index of
    /// its attribute, whose value is left empty (events).
    @discardableResult
    private mutating func readAttribute(
        _ xml: XMLPullReader, prefix: String?, into attributes: inout [XESAttribute], noteNesting: Bool = true,
        moments: Bool = false
    ) -> (index: Int, date: PartialDate)? {
        let type = xml.localName
        let position = xml.position
        // Keys and values straight from the parser's bytes: a known key is a shared string, and
        // a timestamp becomes a date without becoming a string first.
        var moment: (index: Int, date: PartialDate)?
        let fullKey: String? = xml.withAttributes("key", "value") { keyBytes, valueBytes, _ in
            guard let keyBytes else { return nil }
            let code = prefix == nil ? XESKeys.code(keyBytes) : .other
            let key = XESKeys.key(of: code) ?? String(decoding: keyBytes, as: UTF8.self)
            let fullKey = prefix.map { "\($0)/\(key)" } ?? key
            guard let valueBytes else { return fullKey }
            if moments && code == .timestamp, let date = XESTimestamp.parse(valueBytes) {
                moment = (attributes.count, date)
                attributes.append(XESAttribute(key: fullKey, value: "", position: position, code: code))
            } else {
                attributes.append(
                    XESAttribute(key: fullKey, value: String(decoding: valueBytes, as: UTF8.self), position: position, code: code))
            }
            return fullKey
        }
        guard let fullKey else {
            tally.add(.attributeWithoutKey, at: location(position), example: "<\(type)>")
            xml.skipElement()
            return nil
        }
        if noteNesting && prefix == nil && (type == "list" || type == "container") {
            tally.add(.nestedAttribute, at: location(position), example: fullKey)
        }
        guard !xml.isEmptyElement else {
            _ = xml.next()
            return moment
        }
        while let node = xml.next(), node != .endElement {
            guard node == .startElement else { continue }
            if xml.localName == "values" {
                // A list's items: read them as children of the list.
                while let inner = xml.next(), inner != .endElement {
                    guard inner == .startElement else { continue }
                    if XESKeys.isAttributeElement(xml.localName) {
                        readAttribute(xml, prefix: fullKey, into: &attributes, noteNesting: noteNesting)
                    } else {
                        xml.skipElement()
                    }
                }
            } else if XESKeys.isAttributeElement(xml.localName) {
                readAttribute(xml, prefix: fullKey, into: &attributes, noteNesting: noteNesting)
            } else {
                tally.add(.unknownElement, at: location(xml.position), example: "<\(xml.localName)>")
                xml.skipElement()
            }
        }
        return moment
    }

    func location(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }
}

/// The assembling half of an XES import: turns each trace record into a journey with its source
/// map and checks, renames repeated trace ids, and counts the dirt it finds in `tally`.
struct XESAssembler {
    let file: String
    private(set) var tally = XESTally()
    private var traceIDs: Set<String> = []
    private let lanes = XESLaneNames()

    init(file: String) {
        self.file = file
    }

    /// One journey as a `ReadResult` with its source map and its own diagnostics.
    mutating func build(_ trace: XESTraceRecord) -> ReadResult {
        var builder = XESTraceBuilder(file: file, trace: trace, laneNames: lanes)
        var (journey, map) = builder.build(tally: &tally)
        if traceIDs.contains(journey.id) {
            let original = journey.id
            var counter = 2
            while traceIDs.contains("\(original)-\(counter)") { counter += 1 }
            journey.id = "\(original)-\(counter)"
            tally.add(.duplicateTrace, at: map.journey, example: original)
        }
        traceIDs.insert(journey.id)
        let checks = builder.checked(journey, map: map, tally: &tally)
        return ReadResult(journeys: [journey], sourceMaps: [map], diagnostics: (builder.diagnostics + checks).sortedByLocation())
    }
}
