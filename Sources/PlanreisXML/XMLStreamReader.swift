internal import CLibXML2

/// A start tag met while streaming: name, attributes and exact positions.
public struct XMLStartTag: Hashable, Sendable {
    public var name: XMLName
    /// Attributes in source order; namespace declarations are left out.
    public var attributes: [ParsedXMLAttribute]
    /// Where the `<` stands.
    public var position: XMLPosition

    /// The value of the attribute with this local name and namespace (nil: no namespace).
    public subscript(_ localName: String, namespace namespace: String? = nil) -> String? {
        attributes.first { $0.name.localName == localName && $0.name.namespace == namespace }?.value
    }
}

/// What the streaming reader meets, in document order. Empty elements give a start and an end.
public enum XMLStreamEvent: Hashable, Sendable {
    case start(XMLStartTag)
    case end(XMLName)
    /// Text or CDATA (whitespace between elements included).
    case text(String)
}

/// Reads a large document element by element through libxml2's text reader, with the same
/// safety as `ParsedXMLDocument.parse` (no DTD, no network) and exact start-tag positions.
/// Stops at the first well-formedness error; `problems` then says what and where.
public final class XMLStreamReader {
    /// Problems found so far: refusal, well-formedness errors, warnings.
    public private(set) var problems: [XMLProblem] = []

    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var reader: xmlTextReaderPtr?
    private let collector = XMLErrorCollector()
    /// Errors libxml2 raises outside the reader (the input could not be decoded).
    private let strayErrors = XMLErrorCollector()
    private var scanner: StartTagScanner
    private var pendingEnd: XMLName?

    /// Prepares to stream `bytes`; a refused document (past `limits`, with a DTD) yields no
    /// events and its problem.
    public init(bytes: [UInt8], limits: XMLLimits = .default) {
        LibXML2.initialise()
        if let problem = bytes.withUnsafeBufferPointer({ XMLLimitScan(bytes: $0, limits: limits).check() }) {
            problems = [problem]
            buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 1)
            scanner = StartTagScanner(UnsafeBufferPointer(rebasing: buffer[0..<0]))
            return
        }
        buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        let view = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
        let verdict = PrologGuard.check(view)
        scanner = StartTagScanner(view, bytesAreCharacters: verdict.singleByteEncoding)
        problems = verdict.problems
        guard verdict.problems.isEmpty, bytes.count < Int(Int32.max) else { return }
        let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
        reader = xmlReaderForMemory(base, Int32(bytes.count), nil, nil, LibXML2.parseOptions)
        if let reader { xmlTextReaderSetStructuredErrorHandler(reader, XMLErrorCollector.handler, collector.opaque) }
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        buffer.deallocate()
    }

    /// The next event, or nil at the end of the document or after an error.
    public func next() -> XMLStreamEvent? {
        if let end = pendingEnd {
            pendingEnd = nil
            return .end(end)
        }
        guard let reader else { return nil }
        while true {
            let status = LibXML2.collectingStrayErrors(into: strayErrors) { xmlTextReaderRead(reader) }
            collectProblems()
            guard status == 1, !problems.contains(where: { $0.severity == .error }) else {
                xmlFreeTextReader(reader)
                self.reader = nil
                return nil
            }
            switch xmlTextReaderNodeType(reader) {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                let tag = startTag(reader)
                if xmlTextReaderIsEmptyElement(reader) == 1 { pendingEnd = tag.name }
                return .start(tag)
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end(name(reader))
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                return .text(xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "")
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
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

    private func startTag(_ reader: xmlTextReaderPtr) -> XMLStartTag {
        let name = name(reader)
        let scanned = scanner.next()
        let matches = scanned?.qualifiedName == name.qualified
        let position = matches ? scanned!.position : XMLPosition(line: Int(xmlTextReaderGetParserLineNumber(reader)), column: 1)
        var attributes: [ParsedXMLAttribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let attributeName = self.name(reader)
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            let at = matches ? scanned!.attributes.first { $0.qualifiedName == attributeName.qualified } : nil
            attributes.append(
                ParsedXMLAttribute(
                    name: attributeName, value: value, position: at?.position ?? position,
                    valuePosition: at?.valuePosition ?? position))
        }
        xmlTextReaderMoveToElement(reader)
        return XMLStartTag(name: name, attributes: attributes, position: position)
    }

    private func name(_ reader: xmlTextReaderPtr) -> XMLName {
        XMLName(
            namespace: xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) },
            localName: xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? "",
            prefix: xmlTextReaderConstPrefix(reader).map { String(cString: $0) })
    }

    private func collectProblems() {
        if !strayErrors.errors.isEmpty, let reader {
            let position = XMLPosition(
                line: Int(xmlTextReaderGetParserLineNumber(reader)), column: max(1, Int(xmlTextReaderGetParserColumnNumber(reader))))
            problems += LibXML2.strayProblems(strayErrors.errors, at: position)
            strayErrors.errors.removeAll()
        }
        guard !collector.errors.isEmpty else { return }
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
