import PlanreisModel
import PlanreisXML

/// The reading half of an XES import: streams a log through `XMLPullReader` and hands on one
/// `<trace>` at a time as a record, so that memory stays bounded by what is not yet assembled.
/// The log's header (its attributes, extensions, globals, classifiers) goes with the first
/// trace of another tool's log, to be written back (`LogFidelity`); a planreis log's is skipped.
/// The dirt found while reading is counted in `tally` (`XESAssembler` counts the rest).
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
    /// Whether the log says it was written by planreis (`planreis:version`).
    private var native = false
    /// What the log says outside its traces, and where its attributes stand (for a planreis log).
    private var header = LogHeader()
    private var logAttributes: [(XMLPosition, String)] = []

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
        readLogFields(xml)
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
                if traceCount == 1 { settleHeader() }
                trace.foreign = !native
                if traceCount == 1 && !native { trace.header = header }
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
                readHeaderElement(xml)
            case let name where XESKeys.isAttributeElement(name):
                let position = xml.position
                var attributes: [XESAttribute] = []
                readAttribute(xml, prefix: nil, into: &attributes, noteNesting: false, tree: true)
                guard let attribute = attributes.first else { continue }
                if attribute.key == XESKeys.version {
                    native = true
                } else if traceCount == 0 {
                    header.attributes.append(attribute.logAttribute())
                    logAttributes.append((position, attribute.key))
                } else {
                    tally.add(.logAttribute, at: location(position), example: attribute.key)
                }
            default:
                tally.add(.unknownElement, at: location(xml.position), example: "<\(xml.localName)>")
                xml.skipElement()
            }
        }
    }

    /// The attributes of `<log>` itself, for the header.
    private mutating func readLogFields(_ xml: XMLPullReader) {
        xml.forEachAttribute { name, namespace, value in
            guard namespace == nil, name != "xmlns" else { return }
            header.logFields.append(Tag(name, value))
        }
    }

    /// An `<extension>`, `<global>` or `<classifier>`, kept for the header.
    private mutating func readHeaderElement(_ xml: XMLPullReader) {
        var fields: [Tag] = []
        xml.forEachAttribute { name, namespace, value in
            if namespace == nil { fields.append(Tag(name, value)) }
        }
        func field(_ name: String) -> String { fields.first { $0.key == name }?.value ?? "" }
        switch xml.localName {
        case "extension":
            header.extensions.append(.init(name: field("name"), prefix: field("prefix"), uri: field("uri")))
            xml.skipElement()
        case "classifier":
            header.classifiers.append(.init(fields: fields))
            xml.skipElement()
        default:
            var attributes: [XESAttribute] = []
            if xml.isEmptyElement {
                _ = xml.next()
            } else {
                while let node = xml.next(), node != .endElement {
                    guard node == .startElement else { continue }
                    if XESKeys.isAttributeElement(xml.localName) {
                        readAttribute(xml, prefix: nil, into: &attributes, noteNesting: false, tree: true)
                    } else {
                        tally.add(.unknownElement, at: location(xml.position), example: "<\(xml.localName)>")
                        xml.skipElement()
                    }
                }
            }
            header.globals.append(.init(scope: field("scope"), attributes: attributes.map { $0.logAttribute() }))
        }
    }

    /// At the first trace: a planreis log reports its log-level attributes as skipped; another
    /// tool's log keeps them in the header.
    private mutating func settleHeader() {
        guard native else { return }
        for (position, key) in logAttributes { tally.add(.logAttribute, at: location(position), example: key) }
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
                            if let moment = readAttribute(
                                xml, prefix: nil, into: &event.attributes, moments: true, tree: trace.foreign)
                            {
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
                readAttribute(xml, prefix: nil, into: &trace.attributes, tree: trace.foreign)
            } else {
                tally.add(.unknownElement, at: location(xml.position), example: "<\(name)>")
                xml.skipElement()
            }
        }
    }

    /// Reads the attribute element the reader stands on, with its nested attributes (meta
    /// attributes, `list` values, `container` children) flattened into `parent/child` keys, or,
    /// with `tree`, kept as its children. With `moments`, a `time:timestamp` is read from its
    /// bytes and returned with the index of its attribute, whose value is left empty (events).
    @discardableResult
    private mutating func readAttribute(
        _ xml: XMLPullReader, prefix: String?, into attributes: inout [XESAttribute], noteNesting: Bool = true,
        moments: Bool = false, tree: Bool = false, nested: Bool = false
    ) -> (index: Int, date: PartialDate)? {
        let type = xml.localName
        let kind = LogAttribute.Kind(rawValue: type) ?? .string
        let position = xml.position
        // Keys and values straight from the parser's bytes: a known key is a shared string, and
        // a timestamp becomes a date without becoming a string first.
        var moment: (index: Int, date: PartialDate)?
        let fullKey: String? = xml.withAttributes("key", "value") { keyBytes, valueBytes, _ in
            guard let keyBytes else { return nil }
            let code = prefix == nil && !nested ? XESKeys.code(keyBytes) : .other
            let key = XESKeys.key(of: code) ?? String(decoding: keyBytes, as: UTF8.self)
            let fullKey = prefix.map { "\($0)/\(key)" } ?? key
            guard let valueBytes else {
                if tree {
                    attributes.append(XESAttribute(key: fullKey, value: "", position: position, code: code, kind: kind, hasValue: false))
                }
                return fullKey
            }
            if moments && code == .timestamp, let date = XESTimestamp.parse(valueBytes) {
                moment = (attributes.count, date)
                attributes.append(XESAttribute(key: fullKey, value: "", position: position, code: code, kind: kind))
            } else {
                attributes.append(
                    XESAttribute(
                        key: fullKey, value: String(decoding: valueBytes, as: UTF8.self), position: position, code: code, kind: kind))
            }
            return fullKey
        }
        guard let fullKey else {
            tally.add(.attributeWithoutKey, at: location(position), example: "<\(type)>")
            xml.skipElement()
            return nil
        }
        if noteNesting && !tree && prefix == nil && (type == "list" || type == "container") {
            tally.add(.nestedAttribute, at: location(position), example: fullKey)
        }
        guard !xml.isEmptyElement else {
            _ = xml.next()
            return moment
        }
        // Kept nested: the children are read into the attribute just appended.
        let parent = tree ? attributes.count - 1 : nil
        var children: [XESAttribute] = []
        func readChild(_ reader: inout XESReader) {
            if parent != nil {
                reader.readAttribute(xml, prefix: nil, into: &children, noteNesting: false, tree: true, nested: true)
            } else {
                reader.readAttribute(xml, prefix: fullKey, into: &attributes, noteNesting: noteNesting)
            }
        }
        defer { if let parent { attributes[parent].children = children } }
        while let node = xml.next(), node != .endElement {
            guard node == .startElement else { continue }
            if xml.localName == "values" {
                // A list's items: read them as children of the list.
                while let inner = xml.next(), inner != .endElement {
                    guard inner == .startElement else { continue }
                    if XESKeys.isAttributeElement(xml.localName) {
                        readChild(&self)
                    } else {
                        xml.skipElement()
                    }
                }
            } else if XESKeys.isAttributeElement(xml.localName) {
                readChild(&self)
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
            if builder.faithful && builder.recorder.fidelity.traceName == nil && !builder.recorder.fidelity.traceNameAbsent {
                builder.recorder.fidelity.traceName = original
            }
        }
        traceIDs.insert(journey.id)
        if builder.faithful { journey.tags.append(builder.recorder.descriptorTag) }
        let checks = builder.checked(journey, map: map, tally: &tally)
        return ReadResult(journeys: [journey], sourceMaps: [map], diagnostics: (builder.diagnostics + checks).sortedByLocation())
    }
}
