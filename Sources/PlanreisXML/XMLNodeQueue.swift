internal import CLibXML2

/// One queued node: a start tag (with its attributes at `start..<start+count` of the attribute
/// list), an end tag, or text (at `start..<start+count` of the bytes).
struct QueuedNode {
    enum Kind: UInt8 { case startElement, endElement, text }
    var kind: Kind
    var isEmpty = false
    /// The line libxml2 stood on (a fallback for the scanner's exact place).
    var line: Int32 = 0
    /// Where a start tag's `<` stands, from the markup scanner (set once the chunk is parsed).
    var position = XMLPosition(line: 0, column: 0)
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

/// The nodes of one chunk with what parsing it found. Plain growable buffers rather than Swift
/// arrays: libxml2's callbacks fill them millions of times and must not count references.
struct NodeQueue {
    private(set) var nodes = GrowableBuffer<QueuedNode>(capacity: 4096)
    private(set) var attributes = GrowableBuffer<QueuedAttribute>(capacity: 8192)
    /// Attribute values and text.
    private(set) var storage = GrowableBuffer<UInt8>(capacity: 1 << 17)
    /// Problems of this chunk (refusal, errors), visible once its nodes have been handed out.
    var problems: [XMLProblem] = []
    /// Whether this is the last chunk: the document ended, or reading stopped at an error.
    var isLast = false
    /// Bytes handed to the parser up to the end of this chunk.
    var bytesRead = 0

    var nodeCount: Int { nodes.count }

    func release() {
        nodes.release()
        attributes.release()
        storage.release()
    }

    subscript(node index: Int) -> QueuedNode {
        get { nodes[index] }
        set { nodes[index] = newValue }
    }

    func attribute(_ index: Int) -> QueuedAttribute { attributes[index] }

    func bytes(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: storage.base + Int(start), count: Int(count))
    }

    /// Empties the queue for the next chunk.
    mutating func reset() {
        nodes.count = 0
        attributes.count = 0
        storage.count = 0
        problems.removeAll()
        isLast = false
    }

    mutating func appendStart(
        name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?, isEmpty: Bool, line: Int32,
        attributeCount: Int, fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    ) {
        let first = attributes.count
        if let fields, attributeCount > 0 {
            for index in 0..<attributeCount {
                let field = fields + index * 5
                guard let valueStart = field[3], let valueEnd = field[4] else { continue }
                let length = valueEnd - valueStart
                let offset = storage.append(valueStart, length)
                if Self.containsAmpersand(valueStart, length) { decodeAmpersands(from: offset) }
                attributes.append(
                    QueuedAttribute(name: field[0], namespace: field[2], start: Int32(offset), count: Int32(storage.count - offset)))
            }
        }
        nodes.append(
            QueuedNode(
                kind: .startElement, isEmpty: isEmpty, line: line, name: name, namespace: namespace, start: Int32(first),
                count: Int32(attributes.count - first)))
    }

    mutating func appendEnd(name: UnsafePointer<xmlChar>?, namespace: UnsafePointer<xmlChar>?) {
        nodes.append(QueuedNode(kind: .endElement, name: name, namespace: namespace))
    }

    mutating func appendText(_ text: UnsafePointer<UInt8>, _ count: Int) {
        let start = storage.append(text, count)
        nodes.append(QueuedNode(kind: .text, start: Int32(start), count: Int32(count)))
    }

    /// Whether `length` bytes at `start` hold a `&`: eight at a time.
    @inline(__always)
    static func containsAmpersand(_ start: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        var index = 0
        while index + 8 <= length {
            let x = UnsafeRawPointer(start + index).loadUnaligned(as: UInt64.self) ^ 0x2626_2626_2626_2626
            if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { return true }
            index &+= 8
        }
        while index < length {
            if start[index] == 0x26 { return true }
            index &+= 1
        }
        return false
    }

    /// Without entity substitution libxml2 hands an attribute value's `&` on as `&#38;` (for
    /// the tree builder to decode); this decodes it in the storage from `offset` on.
    private mutating func decodeAmpersands(from offset: Int) {
        let bytes = storage.base
        var read = offset, write = offset
        let end = storage.count
        while read < end {
            if bytes[read] == 0x26, read + 5 <= end, bytes[read + 1] == 0x23, bytes[read + 2] == 0x33,
                bytes[read + 3] == 0x38, bytes[read + 4] == 0x3B
            {
                bytes[write] = 0x26
                read += 5
            } else {
                bytes[write] = bytes[read]
                read += 1
            }
            write += 1
        }
        storage.count = write
    }
}

/// A buffer of trivial values that grows by doubling: an array without reference counting.
struct GrowableBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        base = .allocate(capacity: capacity)
        self.capacity = capacity
    }

    func release() { base.deallocate() }

    subscript(index: Int) -> Element {
        get { base[index] }
        nonmutating set { base[index] = newValue }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    /// Appends `length` elements; returns where they start.
    @discardableResult
    mutating func append(_ source: UnsafePointer<Element>, _ length: Int) -> Int {
        if count + length > capacity { grow(to: count + length) }
        let start = count
        (base + start).initialize(from: source, count: length)
        count += length
        return start
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = newCapacity
    }
}

/// What libxml2's SAX callbacks write to: the queue of the chunk being parsed, and text that
/// may go on over several chunks. Plain memory; the user data of the parser context.
struct SAXTarget {
    var queue: UnsafeMutablePointer<NodeQueue>?
    var context: xmlParserCtxtPtr?
    /// Text gathered from `characters` calls since the last tag, and whether it is only whitespace.
    var text = GrowableBuffer<UInt8>(capacity: 4096)
    var textIsSpace = true
    /// Errors libxml2 reported since they were last collected.
    var errors: [RawXMLError] = []
    /// Open elements, and the limits on nesting and on the length of one text or attribute
    /// value; past one the parser is stopped and `exceeded` says which.
    var depth = 0
    var maxDepth = Int.max
    var maxTextLength = Int.max
    var exceeded: (limit: XMLLimits.Limit, value: Int)?

    /// Stops the parser at a limit.
    mutating func stop(_ limit: XMLLimits.Limit, _ value: Int) {
        if exceeded == nil { exceeded = (limit, value) }
        if let context { xmlStopParser(context) }
    }

    /// Ends the text gathered so far: queued when it is more than whitespace, dropped otherwise.
    mutating func closeText() {
        guard text.count > 0 else { return }
        if !textIsSpace, let queue { queue.pointee.appendText(text.base, text.count) }
        text.count = 0
        textIsSpace = true
    }

    private static func target(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTarget> {
        pointer.unsafelyUnwrapped.assumingMemoryBound(to: SAXTarget.self)
    }

    /// A handler with the callbacks below.
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = startElement
        handler.endElementNs = endElement
        handler.characters = characters
        handler.ignorableWhitespace = characters
        handler.cdataBlock = characters
        handler.serror = error
        return handler
    }

    private static let startElement: startElementNsSAX2Func = {
        context, localName, _, uri, _, _, attributeCount, _, attributeFields in
        let target = target(context)
        target.pointee.closeText()
        target.pointee.depth += 1
        if target.pointee.depth > target.pointee.maxDepth {
            target.pointee.stop(.depth, target.pointee.maxDepth)
            return
        }
        if let attributeFields, attributeCount > 0 {
            for index in 0..<Int(attributeCount) {
                let field = attributeFields + index * 5
                if let start = field[3], let end = field[4], end - start > target.pointee.maxTextLength {
                    target.pointee.stop(.textLength, target.pointee.maxTextLength)
                    return
                }
            }
        }
        // libxml2 calls this with its input standing on the tag's `/>` or `>`.
        var isEmpty = false
        var line: Int32 = 0
        if let input = target.pointee.context?.pointee.input {
            if let cursor = input.pointee.cur { isEmpty = cursor[0] == 0x2F }
            line = input.pointee.line
        }
        target.pointee.queue?.pointee.appendStart(
            name: localName, namespace: uri, isEmpty: isEmpty, line: line, attributeCount: Int(attributeCount),
            fields: attributeFields)
    }

    private static let endElement: endElementNsSAX2Func = { context, localName, _, uri in
        let target = target(context)
        target.pointee.closeText()
        target.pointee.depth -= 1
        target.pointee.queue?.pointee.appendEnd(name: localName, namespace: uri)
    }

    private static let characters: charactersSAXFunc = { context, bytes, length in
        guard let bytes, length > 0 else { return }
        let target = target(context)
        if target.pointee.textIsSpace {
            var index = 0
            while index < Int(length) {
                let byte = bytes[index]
                guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
                index += 1
            }
            target.pointee.textIsSpace = index == Int(length)
        }
        if target.pointee.text.count + Int(length) > target.pointee.maxTextLength {
            target.pointee.stop(.textLength, target.pointee.maxTextLength)
            return
        }
        target.pointee.text.append(bytes, Int(length))
    }

    private static let error: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        target(context).pointee.errors.append(RawXMLError(error))
    }
}
