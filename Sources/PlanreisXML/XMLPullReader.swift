internal import CLibXML2

/// Reads a document of any size node by node through libxml2's text reader, pulling its bytes
/// from a file (gzip included), memory or a producer in chunks, so that memory stays bounded by
/// what the caller keeps. Safe like `ParsedXMLDocument.parse`: no DTD (refused before libxml2
/// sees it), no entities, no network; start tags carry their exact line and column.
///
/// Made for event logs with millions of elements: names are interned, whitespace and comments
/// are skipped, attributes are read only on request.
public final class XMLPullReader {
    /// What the reader stands on after `next()`.
    public enum Node: Hashable, Sendable {
        /// A start tag: `localName`, `namespace`, `position`, `isEmptyElement` and the
        /// attributes describe it. An empty element is followed by its `endElement`.
        case startElement
        case endElement
        /// Text or CDATA that is not only whitespace: `text` holds it.
        case text
    }

    /// Problems found so far: refusal, well-formedness errors and warnings.
    @exclusivity(unchecked) public private(set) var problems: [XMLProblem] = []
    /// The current element's local name (also at its end).
    @exclusivity(unchecked) public private(set) var localName = ""
    /// The current element's namespace URI, nil for none (looked up on request: most callers
    /// need it for the root only).
    public var namespace: String? {
        guard let reader else { return nil }
        return names.optionalString(xmlTextReaderConstNamespaceUri(reader))
    }
    /// Where the current start tag's `<` stands.
    @exclusivity(unchecked) public private(set) var position = XMLPosition(line: 1, column: 1)
    /// Whether the current start tag closes itself (`<a/>`).
    @exclusivity(unchecked) public private(set) var isEmptyElement = false
    /// The current text node's content.
    @exclusivity(unchecked) public private(set) var text = ""
    /// Bytes handed to the parser so far (decompressed), for progress reports.
    public var bytesRead: Int { pump.bytesRead }

    @exclusivity(unchecked) private var reader: xmlTextReaderPtr?
    private let pump: XMLBytePump
    private let collector = XMLErrorCollector()
    @exclusivity(unchecked) private var pendingEnd = false
    @exclusivity(unchecked) private var readsSinceCheck = 0
    private let names = NameCache()

    /// Prepares to stream `source`; a file that cannot be opened yields no nodes and its problem.
    /// `maxBytes` bounds the (decompressed) input: past it reading stops with a `.limitExceeded`
    /// problem, so that a small `.gz` cannot unpack without end.
    public init(_ source: XMLByteSource, maxBytes: Int? = nil) {
        LibXML2.initialise()
        pump = XMLBytePump(source, maxBytes: maxBytes)
        if let failure = pump.failure {
            problems.append(failure)
            return
        }
        reader = xmlReaderForIO(
            XMLBytePump.readCallback, XMLBytePump.closeCallback, Unmanaged.passUnretained(pump).toOpaque(), nil, nil,
            LibXML2.parseOptions)
        if let reader {
            xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorCollector.handler, collector.opaque)
        } else {
            problems.append(
                pump.scanner.refusal ?? pump.failure
                    ?? XMLProblem(
                        .error, stage: .wellFormedness, kind: .other, position: nil, message: "libxml2 could not create a reader"))
        }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
    }

    /// Moves to the next node, or returns nil at the end of the document or after an error.
    public func next() -> Node? {
        if pendingEnd {
            pendingEnd = false
            isEmptyElement = false
            return .endElement
        }
        guard let reader else { return nil }
        while true {
            let status = xmlTextReaderRead(reader)
            // libxml2 stops at an error (status -1); warnings are gathered now and then.
            readsSinceCheck &+= 1
            if status != 1 || readsSinceCheck & 4095 == 0, !collector.errors.isEmpty { collectProblems() }
            guard status == 1 else {
                if status == -1 && !problems.contains(where: { $0.severity == .error }) {
                    problems.append(
                        XMLProblem(
                            .error, stage: .wellFormedness, kind: .other, position: pump.scanner.position,
                            message: "the document could not be read"))
                }
                xmlFreeTextReader(reader)
                self.reader = nil
                return nil
            }
            switch xmlTextReaderNodeType(reader) {
            case 1:  // XML_READER_TYPE_ELEMENT
                localName = names.string(xmlTextReaderConstLocalName(reader))
                position =
                    pump.scanner.takeStartTagPosition()
                    ?? XMLPosition(line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 1)
                isEmptyElement = xmlTextReaderIsEmptyElement(reader) == 1
                pendingEnd = isEmptyElement
                return .startElement
            case 15:  // XML_READER_TYPE_END_ELEMENT
                localName = names.string(xmlTextReaderConstLocalName(reader))
                isEmptyElement = false
                return .endElement
            case 3, 4:  // text, CDATA
                text = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
                if text.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { continue }
                return .text
            case 10:  // document type: the scanner refuses these before libxml2 sees them
                problems.append(
                    XMLProblem(
                        .error, stage: .safety, kind: .doctypeRefused, position: nil,
                        message: "the document has a DTD; documents with a DTD are refused"))
                return nil
            default:
                continue
            }
        }
    }

    /// Calls `body` with each attribute of the current start tag in source order (namespace
    /// declarations left out): local name, namespace URI (nil for none) and value.
    public func forEachAttribute(_ body: (_ localName: String, _ namespace: String?, _ value: String) -> Void) {
        guard let reader, xmlTextReaderHasAttributes(reader) == 1 else { return }
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let name = names.string(xmlTextReaderConstLocalName(reader))
            let space = names.optionalString(xmlTextReaderConstNamespaceUri(reader))
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            body(name, space, value)
        }
        xmlTextReaderMoveToElement(reader)
    }

    /// The values of two attributes of the current start tag, by local name, without a
    /// namespace (as XES writes `key` and `value`), in one pass; and whether it has any other.
    public func attributes(_ first: StaticString, _ second: StaticString) -> (String?, String?, others: Bool) {
        guard let reader, xmlTextReaderHasAttributes(reader) == 1 else { return (nil, nil, false) }
        var a: String?, b: String?, others = false
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            guard let name = xmlTextReaderConstLocalName(reader), xmlTextReaderConstNamespaceUri(reader) == nil else {
                others = true
                continue
            }
            if xmlStrEqual(name, first.utf8Start) == 1 {
                a = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            } else if xmlStrEqual(name, second.utf8Start) == 1 {
                b = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            } else {
                others = true
            }
        }
        xmlTextReaderMoveToElement(reader)
        return (a, b, others)
    }

    /// Skips the rest of the current element, its end tag included (also of an empty element):
    /// the next node is the one after it.
    public func skipElement() {
        if pendingEnd {
            pendingEnd = false
            isEmptyElement = false
            return
        }
        var depth = 1
        while depth > 0, let node = next() {
            switch node {
            case .startElement: depth += 1
            case .endElement: depth -= 1
            case .text: break
            }
        }
    }

    private func collectProblems() {
        // After a refusal or a read failure libxml2 only reports the consequences.
        if let refusal = pump.scanner.refusal ?? pump.failure {
            if !problems.contains(refusal) { problems.append(refusal) }
            collector.errors.removeAll()
            return
        }
        for raw in collector.errors {
            let recognised = LibXML2Message(raw.message, code: raw.code)
            problems.append(
                XMLProblem(
                    raw.severity, stage: .wellFormedness, kind: recognised.kind,
                    position: raw.line > 0 ? XMLPosition(line: raw.line, column: max(1, raw.column)) : nil,
                    element: recognised.element, attribute: recognised.attribute, message: raw.message, code: raw.code))
        }
        collector.errors.removeAll()
    }
}

/// Swift strings for libxml2's interned names: the same name always comes at the same address
/// from the reader's dictionary, so a few recent addresses remember their string.
private final class NameCache {
    private static let slots = 32
    private let addresses = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: slots)
    private let strings = UnsafeMutablePointer<String>.allocate(capacity: slots)
    @exclusivity(unchecked) private var nextSlot = 0

    init() {
        addresses.initialize(repeating: nil, count: Self.slots)
        strings.initialize(repeating: "", count: Self.slots)
    }

    deinit {
        strings.deinitialize(count: Self.slots)
        strings.deallocate()
        addresses.deallocate()
    }

    func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        let address = UnsafeRawPointer(pointer)
        for slot in 0..<Self.slots where addresses[slot] == address { return strings[slot] }
        let string = String(cString: pointer)
        let slot = nextSlot
        addresses[slot] = address
        strings[slot] = string
        nextSlot = (slot + 1) % Self.slots
        return string
    }

    func optionalString(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer == nil ? nil : string(pointer)
    }
}
