internal import CLibXML2

/// Reads a document of any size node by node through libxml2's SAX2 push parser, pulling its
/// bytes from a file (gzip included), memory or a producer in chunks, so that memory stays
/// bounded by what the caller keeps. Safe like `ParsedXMLDocument.parse`: no DTD (refused before
/// libxml2 sees it), no entities, no network; start tags carry their exact line and column.
///
/// Made for event logs with millions of elements: libxml2 builds no tree and no node objects;
/// each chunk's start tags, end tags and text are queued compactly (names as libxml2's interned
/// pointers, attribute values as bytes) and handed out one by one. Whitespace and comments are
/// skipped, attributes are read only on request, names are turned into strings once.
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
    /// Problems of the chunk whose nodes are being handed out.
    @exclusivity(unchecked) private var pendingProblems: [XMLProblem] = []
    /// The current element's local name (also at its end).
    @exclusivity(unchecked) public private(set) var localName = ""
    /// The current element's namespace URI, nil for none.
    public var namespace: String? {
        guard let node = currentNode, node.kind != .text else { return nil }
        return names.optionalString(node.namespace)
    }
    /// Where the current start tag's `<` stands.
    @exclusivity(unchecked) public private(set) var position = XMLPosition(line: 1, column: 1)
    /// Whether the current start tag closes itself (`<a/>`).
    @exclusivity(unchecked) public private(set) var isEmptyElement = false
    /// The current text node's content.
    public var text: String {
        guard let node = currentNode, node.kind == .text else { return "" }
        return String(decoding: queue.pointee.bytes(node.start, node.count), as: UTF8.self)
    }
    /// Bytes handed to the parser so far (decompressed), for progress reports.
    public var bytesRead: Int { pump.bytesRead }

    private let pump: XMLBytePump
    private let names = NameCache()
    /// What the SAX callbacks fill; plain memory, so that they run without reference counting.
    private let queue: UnsafeMutablePointer<NodeQueue>
    @exclusivity(unchecked) private var context: xmlParserCtxtPtr?
    private let chunk: UnsafeMutablePointer<CChar>
    private static let chunkSize = 1 << 16
    @exclusivity(unchecked) private var finished = false
    /// The node handed out last, an index into the queue; -1 before the first.
    @exclusivity(unchecked) private var current = -1

    private var currentNode: QueuedNode? {
        current >= 0 && current < queue.pointee.nodeCount ? queue.pointee.nodes[current] : nil
    }

    /// Prepares to stream `source`; a file that cannot be opened yields no nodes and its problem.
    /// `maxBytes` bounds the (decompressed) input: past it reading stops with a `.limitExceeded`
    /// problem, so that a small `.gz` cannot unpack without end.
    public init(_ source: XMLByteSource, maxBytes: Int? = nil) {
        LibXML2.initialise()
        pump = XMLBytePump(source, maxBytes: maxBytes)
        chunk = .allocate(capacity: Self.chunkSize)
        queue = .allocate(capacity: 1)
        queue.initialize(to: NodeQueue())
        if let failure = pump.failure {
            problems.append(failure)
            finished = true
            return
        }
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = NodeQueue.startElement
        handler.endElementNs = NodeQueue.endElement
        handler.characters = NodeQueue.characters
        handler.ignorableWhitespace = NodeQueue.characters
        handler.cdataBlock = NodeQueue.characters
        handler.serror = NodeQueue.error
        context = xmlCreatePushParserCtxt(&handler, UnsafeMutableRawPointer(queue), nil, 0, nil)
        if let context {
            xmlCtxtUseOptions(context, LibXML2.parseOptions)
            queue.pointee.context = context
        } else {
            finished = true
            problems.append(
                XMLProblem(.error, stage: .wellFormedness, kind: .other, position: nil, message: "libxml2 could not create a parser"))
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        queue.pointee.release()
        queue.deinitialize(count: 1)
        queue.deallocate()
        chunk.deallocate()
    }

    /// Moves to the next node, or returns nil at the end of the document or after an error.
    public func next() -> Node? {
        current += 1
        while current >= queue.pointee.nodeCount {
            guard refill() else { return nil }
        }
        let node = queue.pointee.nodes[current]
        switch node.kind {
        case .startElement:
            localName = names.string(node.name)
            // The scanner queued every start tag's place as the bytes went by, in the order
            // libxml2 reports the tags.
            position =
                pump.scanner.takeStartTagPosition() ?? XMLPosition(line: Int(node.line), column: 1)
            isEmptyElement = node.isEmpty
            return .startElement
        case .endElement:
            localName = names.string(node.name)
            isEmptyElement = false
            return .endElement
        case .text:
            return .text
        }
    }

    /// Parses the next chunk into the queue; false at the end of the document or after an error.
    /// Problems found in a chunk become visible once its nodes have been handed out, so that a
    /// caller sees the nodes before an error first and the error after them, as they stand.
    private func refill() -> Bool {
        if !pendingProblems.isEmpty {
            problems += pendingProblems
            pendingProblems.removeAll()
        }
        queue.pointee.reset()
        current = 0
        guard !finished, let context else { return false }
        let count = Int(pump.read(into: chunk, capacity: Self.chunkSize))
        if count < 0 {
            // The input failed or was refused: the pump and the scanner say why.
            finish(failed: true)
            problems += pendingProblems
            pendingProblems.removeAll()
            return false
        }
        let status = xmlParseChunk(context, chunk, Int32(count), count == 0 ? 1 : 0)
        let failed = status != 0 || context.pointee.wellFormed == 0
        if !queue.pointee.errors.isEmpty { collectProblems() }
        if failed || count == 0 { finish(failed: failed) }
        return queue.pointee.nodeCount > 0 || !finished
    }

    /// Notes the end of reading; after a failure, why (when libxml2 did not say).
    private func finish(failed: Bool) {
        finished = true
        if let refusal = pump.scanner.refusal ?? pump.failure {
            if !pendingProblems.contains(refusal) && !problems.contains(refusal) { pendingProblems.append(refusal) }
            queue.pointee.errors.removeAll()
        }
        if failed && !(problems + pendingProblems).contains(where: { $0.severity == .error }) {
            pendingProblems.append(
                XMLProblem(
                    .error, stage: .wellFormedness, kind: .other, position: pump.scanner.position,
                    message: "the document could not be read"))
        }
    }

    /// Calls `body` with each attribute of the current start tag in source order (namespace
    /// declarations left out): local name, namespace URI (nil for none) and value.
    public func forEachAttribute(_ body: (_ localName: String, _ namespace: String?, _ value: String) -> Void) {
        guard let node = currentNode, node.kind == .startElement else { return }
        for index in Int(node.start)..<Int(node.start + node.count) {
            let attribute = queue.pointee.attributes[index]
            body(
                names.string(attribute.name), names.optionalString(attribute.namespace),
                String(decoding: queue.pointee.bytes(attribute.start, attribute.count), as: UTF8.self))
        }
    }

    /// The values of two attributes of the current start tag, by local name, without a
    /// namespace (as XES writes `key` and `value`), in one pass; and whether it has any other.
    public func attributes(_ first: StaticString, _ second: StaticString) -> (String?, String?, others: Bool) {
        withAttributes(first, second) { a, b, others in
            (a.map { String(decoding: $0, as: UTF8.self) }, b.map { String(decoding: $0, as: UTF8.self) }, others)
        }
    }

    /// Like `attributes(_:_:)`, but hands `body` the values' UTF-8 bytes, valid only during the
    /// call: for readers that classify or parse a value without making a string of it.
    public func withAttributes<R>(
        _ first: StaticString, _ second: StaticString,
        _ body: (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?, _ others: Bool) -> R
    ) -> R {
        guard let node = currentNode, node.kind == .startElement, node.count > 0 else { return body(nil, nil, false) }
        var a: UnsafeBufferPointer<UInt8>?, b: UnsafeBufferPointer<UInt8>?, others = false
        let q = queue.pointee
        for index in Int(node.start)..<Int(node.start + node.count) {
            let attribute = q.attributes[index]
            guard attribute.namespace == nil, let name = attribute.name else {
                others = true
                continue
            }
            if xmlStrEqual(name, first.utf8Start) == 1 {
                a = q.bytes(attribute.start, attribute.count)
            } else if xmlStrEqual(name, second.utf8Start) == 1 {
                b = q.bytes(attribute.start, attribute.count)
            } else {
                others = true
            }
        }
        return body(a, b, others)
    }

    /// Skips the rest of the current element, its end tag included (also of an empty element):
    /// the next node is the one after it.
    public func skipElement() {
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
            if !pendingProblems.contains(refusal) && !problems.contains(refusal) { pendingProblems.append(refusal) }
            queue.pointee.errors.removeAll()
            return
        }
        for raw in queue.pointee.errors {
            let recognised = LibXML2Message(raw.message, code: raw.code)
            pendingProblems.append(
                XMLProblem(
                    raw.severity, stage: .wellFormedness, kind: recognised.kind,
                    position: raw.line > 0 ? XMLPosition(line: raw.line, column: max(1, raw.column)) : nil,
                    element: recognised.element, attribute: recognised.attribute, message: raw.message, code: raw.code))
        }
        queue.pointee.errors.removeAll()
    }
}

/// One queued node: a start tag (with its attributes at `start..<start+count` of the attribute
/// list), an end tag, or text (at `start..<start+count` of the bytes).
struct QueuedNode {
    enum Kind: UInt8 { case startElement, endElement, text }
    var kind: Kind
    var isEmpty = false
    /// The line libxml2 stood on (a fallback for the scanner's exact place).
    var line: Int32 = 0
    var name: UnsafePointer<xmlChar>? = nil
    var namespace: UnsafePointer<xmlChar>? = nil
    var start: Int32 = 0
    var count: Int32 = 0
}

/// One queued attribute: its interned name and namespace, its value at `start..<start+count`
/// of the bytes.
struct QueuedAttribute {
    var name: UnsafePointer<xmlChar>?
    var namespace: UnsafePointer<xmlChar>?
    var start: Int32
    var count: Int32
}

/// The nodes of one chunk, filled by libxml2's SAX callbacks. Plain growable buffers rather than
/// Swift arrays: the callbacks run millions of times and must not count references.
struct NodeQueue {
    var nodes = UnsafeMutablePointer<QueuedNode>.allocate(capacity: 4096)
    var nodeCount = 0
    var nodeCapacity = 4096
    var attributes = UnsafeMutablePointer<QueuedAttribute>.allocate(capacity: 8192)
    var attributeCount = 0
    var attributeCapacity = 8192
    /// Attribute values and text.
    var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 1 << 17)
    var byteCount = 0
    var byteCapacity = 1 << 17
    /// Text being gathered from several `characters` calls: where it starts (-1: none) and
    /// whether it is still only whitespace.
    var textStart = -1
    var textIsSpace = true
    /// Errors libxml2 reported.
    var errors: [RawXMLError] = []
    var context: xmlParserCtxtPtr?

    func release() {
        nodes.deallocate()
        attributes.deallocate()
        storage.deallocate()
    }

    func bytes(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage + Int(start), count: Int(count))
    }

    /// Empties the queue for the next chunk; text that goes on in it keeps what it has so far.
    mutating func reset() {
        nodeCount = 0
        attributeCount = 0
        if textStart >= 0 {
            let kept = byteCount - textStart
            if kept > 0 && textStart > 0 { storage.update(from: storage + textStart, count: kept) }
            byteCount = kept
            textStart = 0
        } else {
            byteCount = 0
        }
    }

    mutating func appendNode(_ node: QueuedNode) {
        if nodeCount == nodeCapacity {
            let grown = UnsafeMutablePointer<QueuedNode>.allocate(capacity: nodeCapacity * 2)
            grown.moveInitialize(from: nodes, count: nodeCount)
            nodes.deallocate()
            nodes = grown
            nodeCapacity *= 2
        }
        (nodes + nodeCount).initialize(to: node)
        nodeCount += 1
    }

    mutating func appendAttribute(_ attribute: QueuedAttribute) {
        if attributeCount == attributeCapacity {
            let grown = UnsafeMutablePointer<QueuedAttribute>.allocate(capacity: attributeCapacity * 2)
            grown.moveInitialize(from: attributes, count: attributeCount)
            attributes.deallocate()
            attributes = grown
            attributeCapacity *= 2
        }
        (attributes + attributeCount).initialize(to: attribute)
        attributeCount += 1
    }

    /// Appends bytes to the storage; returns where they start.
    @discardableResult
    mutating func appendBytes(_ source: UnsafePointer<UInt8>, _ count: Int) -> Int {
        if byteCount + count > byteCapacity {
            var capacity = byteCapacity * 2
            while byteCount + count > capacity { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: storage, count: byteCount)
            storage.deallocate()
            storage = grown
            byteCapacity = capacity
        }
        let start = byteCount
        (storage + start).update(from: source, count: count)
        byteCount += count
        return start
    }

    /// Ends the text gathered so far: queued when it is more than whitespace, dropped otherwise.
    mutating func closeText() {
        guard textStart >= 0 else { return }
        if textIsSpace {
            byteCount = textStart
        } else {
            appendNode(QueuedNode(kind: .text, start: Int32(textStart), count: Int32(byteCount - textStart)))
        }
        textStart = -1
        textIsSpace = true
    }

    /// Without entity substitution libxml2 hands an attribute value's `&` on as `&#38;` (for
    /// the tree builder to decode); this decodes it in the storage from `offset` on.
    mutating func decodeAmpersands(from offset: Int) {
        var read = offset, write = offset
        let end = byteCount
        while read < end {
            if storage[read] == 0x26, read + 5 <= end, storage[read + 1] == 0x23, storage[read + 2] == 0x33,
                storage[read + 3] == 0x38, storage[read + 4] == 0x3B
            {
                storage[write] = 0x26
                read += 5
            } else {
                storage[write] = storage[read]
                read += 1
            }
            write += 1
        }
        byteCount = write
    }

    // MARK: SAX callbacks (run inside xmlParseChunk; the user data is the queue)

    private static func queue(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<NodeQueue> {
        pointer.unsafelyUnwrapped.assumingMemoryBound(to: NodeQueue.self)
    }

    static let startElement: startElementNsSAX2Func = {
        context, localName, _, uri, _, _, attributeCount, _, attributeFields in
        let queue = queue(context)
        queue.pointee.closeText()
        let first = queue.pointee.attributeCount
        if let attributeFields, attributeCount > 0 {
            for index in 0..<Int(attributeCount) {
                let fields = attributeFields + index * 5
                guard let valueStart = fields[3], let valueEnd = fields[4] else { continue }
                let length = valueEnd - valueStart
                let offset = queue.pointee.appendBytes(valueStart, length)
                if UnsafeBufferPointer(start: valueStart, count: length).contains(0x26) { queue.pointee.decodeAmpersands(from: offset) }
                queue.pointee.appendAttribute(
                    QueuedAttribute(
                        name: fields[0], namespace: fields[2], start: Int32(offset),
                        count: Int32(queue.pointee.byteCount - offset)))
            }
        }
        // libxml2 calls this with its input standing on the tag's `/>` or `>`.
        var isEmpty = false
        var line: Int32 = 0
        if let input = queue.pointee.context?.pointee.input {
            if let cursor = input.pointee.cur { isEmpty = cursor[0] == 0x2F }
            line = input.pointee.line
        }
        queue.pointee.appendNode(
            QueuedNode(
                kind: .startElement, isEmpty: isEmpty, line: line, name: localName, namespace: uri, start: Int32(first),
                count: Int32(queue.pointee.attributeCount - first)))
    }

    static let endElement: endElementNsSAX2Func = { context, localName, _, uri in
        let queue = queue(context)
        queue.pointee.closeText()
        queue.pointee.appendNode(QueuedNode(kind: .endElement, name: localName, namespace: uri))
    }

    static let characters: charactersSAXFunc = { context, bytes, length in
        guard let bytes, length > 0 else { return }
        let queue = queue(context)
        if queue.pointee.textStart < 0 { queue.pointee.textStart = queue.pointee.byteCount }
        if queue.pointee.textIsSpace {
            var index = 0
            while index < Int(length) {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
                index += 1
            }
            queue.pointee.textIsSpace = index == Int(length)
        }
        queue.pointee.appendBytes(bytes, Int(length))
    }

    static let error: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        queue(context).pointee.errors.append(RawXMLError(error))
    }
}

/// Swift strings for libxml2's interned names: the same name always comes at the same address
/// from the parser's dictionary, so a few recent addresses remember their string.
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
