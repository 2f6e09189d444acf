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
///
/// With `parseAhead`, libxml2 parses the next chunks on a thread of its own while the caller
/// works through the nodes of the chunk before (for callers that do real work per node, on a
/// machine with more than one processor). Nodes, positions and problems are the same either way.
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

    /// Problems found so far: refusal, well-formedness errors and warnings. The problems of a
    /// chunk show once its nodes have been handed out, so that a caller sees the nodes before
    /// an error first and the error after them, as they stand in the document.
    public var problems: [XMLProblem] { cursor.pointee.problems }
    /// The current element's local name (also at its end).
    public var localName: String { cursor.pointee.localName }
    /// The current element's namespace URI, nil for none.
    public var namespace: String? {
        guard let node = currentNode, node.kind != .text else { return nil }
        return names.optionalString(node.namespace)
    }
    /// Where the current start tag's `<` stands.
    public var position: XMLPosition { cursor.pointee.position }
    /// Whether the current start tag closes itself (`<a/>`).
    public var isEmptyElement: Bool { cursor.pointee.isEmptyElement }
    /// The current text node's content.
    public var text: String {
        guard let queue = cursor.pointee.queue, let node = currentNode, node.kind == .text else { return "" }
        return String(decoding: queue.pointee.bytes(node.start, node.count), as: UTF8.self)
    }
    /// Bytes handed to the parser so far (decompressed), for progress reports.
    public var bytesRead: Int { cursor.pointee.queue?.pointee.bytesRead ?? 0 }

    private let parser: ChunkParser
    private let ahead: ParseAhead?
    private let names = NameCache()
    /// Every queue this reader allocated (one, or a few going round when parsing ahead).
    private let queues: [UnsafeMutablePointer<NodeQueue>]
    /// Where the reader stands. Kept in plain memory behind a constant, so that reading it from
    /// other modules (a property access per node, millions of times) costs no exclusivity check.
    private let cursor: UnsafeMutablePointer<Cursor>

    private struct Cursor {
        var problems: [XMLProblem] = []
        var localName = ""
        var position = XMLPosition(line: 1, column: 1)
        var isEmptyElement = false
        /// The queue whose nodes are being handed out.
        var queue: UnsafeMutablePointer<NodeQueue>?
        /// The node handed out last, an index into the queue; -1 before the first.
        var current = -1
        var exhausted = false
    }

    private var currentNode: QueuedNode? {
        let cursor = cursor.pointee
        guard let queue = cursor.queue, cursor.current >= 0, cursor.current < queue.pointee.nodeCount else { return nil }
        return queue.pointee[node: cursor.current]
    }

    /// Prepares to stream `source`; a file that cannot be opened yields no nodes and its problem.
    /// `maxBytes` bounds the (decompressed) input: past it reading stops with a `.limitExceeded`
    /// problem, so that a small `.gz` cannot unpack without end. `limits` bounds nesting and the
    /// length of one text or attribute value, checked while parsing (its byte and element
    /// limits are not used: `maxBytes` bounds the input).
    public init(_ source: XMLByteSource, maxBytes: Int? = nil, limits: XMLLimits? = nil, parseAhead: Bool = false) {
        parser = ChunkParser(source, maxBytes: maxBytes, limits: limits)
        cursor = .allocate(capacity: 1)
        cursor.initialize(to: Cursor(problems: parser.initialProblems))
        let ahead = parseAhead && !parser.finished
        queues = (0..<(ahead ? 8 : 1)).map { _ in
            let queue = UnsafeMutablePointer<NodeQueue>.allocate(capacity: 1)
            queue.initialize(to: NodeQueue())
            return queue
        }
        if ahead {
            self.ahead = ParseAhead(parser, queues: queues)
            self.ahead?.start()
        } else {
            self.ahead = nil
            cursor.pointee.queue = queues[0]
        }
    }

    deinit {
        ahead?.stop()
        cursor.deinitialize(count: 1)
        cursor.deallocate()
        for queue in queues {
            queue.pointee.release()
            queue.deinitialize(count: 1)
            queue.deallocate()
        }
    }

    /// Moves to the next node, or returns nil at the end of the document or after an error.
    public func next() -> Node? {
        cursor.pointee.current += 1
        while cursor.pointee.queue == nil || cursor.pointee.current >= cursor.pointee.queue!.pointee.nodeCount {
            guard refill() else { return nil }
        }
        let node = cursor.pointee.queue!.pointee[node: cursor.pointee.current]
        switch node.kind {
        case .startElement:
            cursor.pointee.localName = names.string(node.name)
            cursor.pointee.position = node.position
            cursor.pointee.isEmptyElement = node.isEmpty
            return .startElement
        case .endElement:
            cursor.pointee.localName = names.string(node.name)
            cursor.pointee.isEmptyElement = false
            return .endElement
        case .text:
            return .text
        }
    }

    /// Moves on to the next parsed chunk; false at the end of the document or after an error.
    private func refill() -> Bool {
        // The problems of the chunk just handed out become visible now.
        publishProblems()
        guard !cursor.pointee.exhausted else { return false }
        if let ahead {
            cursor.pointee.queue = ahead.next(returning: cursor.pointee.queue)
        } else if let queue = cursor.pointee.queue, !parser.finished {
            parser.fill(queue)
        } else {
            cursor.pointee.queue = nil
        }
        cursor.pointee.current = 0
        guard let queue = cursor.pointee.queue else {
            cursor.pointee.exhausted = true
            return false
        }
        if queue.pointee.isLast && queue.pointee.nodeCount == 0 {
            publishProblems()
            cursor.pointee.exhausted = true
            return false
        }
        return true
    }

    private func publishProblems() {
        guard let queue = cursor.pointee.queue, !queue.pointee.problems.isEmpty else { return }
        cursor.pointee.problems += queue.pointee.problems
        queue.pointee.problems.removeAll()
    }

    /// Calls `body` with each attribute of the current start tag in source order (namespace
    /// declarations left out): local name, namespace URI (nil for none) and value.
    public func forEachAttribute(_ body: (_ localName: String, _ namespace: String?, _ value: String) -> Void) {
        guard let queue = cursor.pointee.queue, let node = currentNode, node.kind == .startElement else { return }
        for index in Int(node.start)..<Int(node.start + node.count) {
            let attribute = queue.pointee.attribute(index)
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
        guard let queue = cursor.pointee.queue, let node = currentNode, node.kind == .startElement, node.count > 0 else {
            return body(nil, nil, false)
        }
        var a: UnsafeBufferPointer<UInt8>?, b: UnsafeBufferPointer<UInt8>?, others = false
        for index in Int(node.start)..<Int(node.start + node.count) {
            let attribute = queue.pointee.attribute(index)
            guard attribute.namespace == nil, let name = attribute.name else {
                others = true
                continue
            }
            if xmlStrEqual(name, first.utf8Start) == 1 {
                a = queue.pointee.bytes(attribute.start, attribute.count)
            } else if xmlStrEqual(name, second.utf8Start) == 1 {
                b = queue.pointee.bytes(attribute.start, attribute.count)
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
