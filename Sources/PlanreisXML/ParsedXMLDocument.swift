internal import CLibXML2

/// What parsing produced: the document when it is well-formed, and every problem found.
public struct XMLParseOutcome {
    /// The document; nil when it was refused or is not well-formed.
    public var document: ParsedXMLDocument?
    /// Errors and warnings, in the order found.
    public var problems: [XMLProblem]
}

/// A well-formed, DTD-free XML document read safely by libxml2, as a tree of Swift values with
/// exact source positions; it can be validated against an XSD schema.
public final class ParsedXMLDocument {
    /// The root element.
    public let root: ParsedXMLElement
    private let doc: xmlDocPtr

    private init(root: ParsedXMLElement, doc: xmlDocPtr) {
        self.root = root
        self.doc = doc
    }

    deinit { xmlFreeDoc(doc) }

    /// Parses UTF-8 bytes: refuses an input past the limits and a DOCTYPE or entity declaration
    /// first, then parses without network access or entity loading, collecting every problem
    /// with its line and column.
    /// Inputs past `limits` are refused before libxml2 sees them.
    public static func parse(_ bytes: [UInt8], limits: XMLLimits = .default) -> XMLParseOutcome {
        bytes.withUnsafeBufferPointer { parse($0, limits: limits) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: XMLLimits = .default) -> XMLParseOutcome {
        LibXML2.initialise()
        if let problem = XMLLimitScan(bytes: bytes, limits: limits).check() {
            return XMLParseOutcome(document: nil, problems: [problem])
        }
        let verdict = PrologGuard.check(bytes)
        guard verdict.problems.isEmpty else { return XMLParseOutcome(document: nil, problems: verdict.problems) }
        guard bytes.count < Int(Int32.max) else {
            return XMLParseOutcome(
                document: nil,
                problems: [
                    XMLProblem(
                        .error, stage: .safety, kind: .other, position: nil, message: "the document is larger than 2 GB")
                ])
        }
        if bytes.isEmpty || bytes.allSatisfy(SourceCursor.isSpace) {
            return XMLParseOutcome(
                document: nil,
                problems: [
                    XMLProblem(
                        .error, stage: .wellFormedness, kind: .empty, position: XMLPosition(line: 1, column: 1),
                        message: "the document is empty")
                ])
        }

        let collector = XMLErrorCollector()
        guard let context = xmlNewParserCtxt() else {
            return XMLParseOutcome(
                document: nil,
                problems: [
                    XMLProblem(
                        .error, stage: .wellFormedness, kind: .other, position: nil, message: "libxml2 could not create a parser")
                ])
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = collector.opaque
        context.pointee.sax.pointee.serror = XMLErrorCollector.parserHandler
        let base = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
        let stray = XMLErrorCollector()
        let parsed = withExtendedLifetime(collector) {
            LibXML2.collectingStrayErrors(into: stray) {
                xmlCtxtReadMemory(context, base, Int32(bytes.count), nil, nil, LibXML2.parseOptions)
            }
        }

        var problems = collector.errors.map(wellFormednessProblem)
        // Errors without a place (the input could not be decoded) get the first place libxml2
        // gave, where parsing broke off; each message once.
        problems.insert(contentsOf: LibXML2.strayProblems(stray.errors, at: problems.compactMap(\.position).first), at: 0)
        let wellFormed = context.pointee.wellFormed != 0 && context.pointee.nsWellFormed != 0
        guard let parsed, wellFormed, !problems.contains(where: { $0.severity == .error }) else {
            if let parsed { xmlFreeDoc(parsed) }
            if problems.isEmpty {
                problems.append(
                    XMLProblem(
                        .error, stage: .wellFormedness, kind: .other, position: nil,
                        message: "the document is not well-formed"))
            }
            return XMLParseOutcome(document: nil, problems: problems)
        }
        // Belt and braces: the guard refused every DOCTYPE, so libxml2 must have seen no DTD.
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {
            xmlFreeDoc(parsed)
            problems.append(
                XMLProblem(
                    .error, stage: .safety, kind: .doctypeRefused, position: nil,
                    message: "the document has a DTD; documents with a DTD are refused"))
            return XMLParseOutcome(document: nil, problems: problems)
        }
        guard let rootNode = xmlDocGetRootElement(parsed) else {
            xmlFreeDoc(parsed)
            problems.append(
                XMLProblem(
                    .error, stage: .wellFormedness, kind: .empty, position: nil,
                    message: "the document has no root element"))
            return XMLParseOutcome(document: nil, problems: problems)
        }
        var builder = TreeBuilder(doc: parsed, scanner: StartTagScanner(bytes, bytesAreCharacters: verdict.singleByteEncoding))
        let root = builder.element(rootNode)
        return XMLParseOutcome(document: ParsedXMLDocument(root: root, doc: parsed), problems: problems)
    }

    /// A parser error as a problem; libxml2's columns already count characters.
    private static func wellFormednessProblem(_ raw: RawXMLError) -> XMLProblem {
        let recognised = LibXML2Message(raw.message, code: raw.code)
        var position: XMLPosition?
        if raw.line > 0 {
            position = XMLPosition(line: raw.line, column: max(1, raw.column))
        }
        return XMLProblem(
            raw.severity, stage: .wellFormedness, kind: recognised.kind, position: position,
            element: recognised.element, attribute: recognised.attribute, message: raw.message, code: raw.code)
    }

    /// Runs `body` with libxml2's tree; for the validator in this module.
    func withDoc<T>(_ body: (xmlDocPtr) -> T) -> T { body(doc) }
}
