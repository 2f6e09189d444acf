internal import CLibXML2

/// libxml2's SAX2 push parser fed chunk by chunk: each `fill` reads the next chunk from the
/// source (through the markup scanner, which refuses what must not be parsed and notes where
/// every start tag begins), parses it, and leaves its nodes and problems in a queue.
final class ChunkParser {
    static let chunkSize = 1 << 16

    let pump: XMLBytePump
    /// Problems found before any chunk: the file cannot be opened, or no parser.
    private(set) var initialProblems: [XMLProblem] = []
    /// Whether the last chunk has been parsed.
    private(set) var finished = false
    private var context: xmlParserCtxtPtr?
    private let target: UnsafeMutablePointer<SAXTarget>
    private let chunk: UnsafeMutablePointer<CChar>
    private var reportedRefusal = false
    private var sawError = false
    /// Errors libxml2 raises outside the parser context (the input layer's encoding errors).
    private let strayErrors = XMLErrorCollector()
    private var reportedStray: Set<String> = []

    /// `limits` bounds nesting and the length of one text or attribute value while parsing
    /// (its byte and element limits are the caller's: `maxBytes` bounds the decompressed input).
    init(_ source: XMLByteSource, maxBytes: Int?, limits: XMLLimits? = nil) {
        LibXML2.initialise()
        pump = XMLBytePump(source, maxBytes: maxBytes)
        chunk = .allocate(capacity: Self.chunkSize)
        target = .allocate(capacity: 1)
        target.initialize(to: SAXTarget())
        if let limits {
            target.pointee.maxDepth = limits.maxDepth
            target.pointee.maxTextLength = limits.maxTextLength
        }
        if let failure = pump.failure {
            initialProblems.append(failure)
            finished = true
            return
        }
        var handler = SAXTarget.handler()
        context = xmlCreatePushParserCtxt(&handler, UnsafeMutableRawPointer(target), nil, 0, nil)
        if let context {
            xmlCtxtUseOptions(context, LibXML2.parseOptions)
            target.pointee.context = context
        } else {
            finished = true
            initialProblems.append(
                XMLProblem(.error, stage: .wellFormedness, kind: .other, position: nil, message: "libxml2 could not create a parser"))
        }
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
        target.pointee.text.release()
        target.deinitialize(count: 1)
        target.deallocate()
        chunk.deallocate()
    }

    /// Parses the next chunk into `queue` (emptied first): its nodes with their places, the
    /// problems found, whether it is the last, and how many bytes were read so far.
    func fill(_ queue: UnsafeMutablePointer<NodeQueue>) {
        queue.pointee.reset()
        defer { queue.pointee.bytesRead = pump.bytesRead }
        guard !finished, let context else {
            queue.pointee.isLast = true
            return
        }
        target.pointee.queue = queue
        defer { target.pointee.queue = nil }
        let count = LibXML2.collectingStrayErrors(into: strayErrors) { Int(pump.read(into: chunk, capacity: Self.chunkSize)) }
        guard count >= 0 else {
            // The input failed or was refused: the pump and the scanner say why.
            finish(queue, failed: true)
            return
        }
        let status = LibXML2.collectingStrayErrors(into: strayErrors) {
            xmlParseChunk(context, chunk, Int32(count), count == 0 ? 1 : 0)
        }
        if let (limit, value) = target.pointee.exceeded {
            // Stopped at a limit: that is the problem, not what libxml2 says about stopping.
            target.pointee.errors.removeAll()
            sawError = true
            var position: XMLPosition?
            if let input = context.pointee.input, input.pointee.line > 0 {
                position = XMLPosition(line: Int(input.pointee.line), column: max(1, Int(input.pointee.col)))
            }
            queue.pointee.problems.append(
                XMLProblem(
                    .error, stage: .safety, kind: .limitExceeded(limit, limit: value), position: position,
                    message: "the document goes past the limit of \(value) (\(limit))"))
            finish(queue, failed: true)
            return
        }
        let failed = status != 0 || context.pointee.wellFormed == 0
        if !target.pointee.errors.isEmpty { collectErrors(into: queue) }
        if !strayErrors.errors.isEmpty { collectStrayErrors(into: queue, context: context) }
        // The scanner queued the place of every start tag as the bytes went by, in the order
        // libxml2 reports the tags.
        for index in 0..<queue.pointee.nodeCount where queue.pointee[node: index].kind == .startElement {
            let line = queue.pointee[node: index].line
            queue.pointee[node: index].position =
                pump.scanner.takeStartTagPosition() ?? XMLPosition(line: Int(line), column: 1)
        }
        if failed || count == 0 { finish(queue, failed: failed) }
    }

    /// Notes the end of reading; after a failure, why (when libxml2 did not say).
    private func finish(_ queue: UnsafeMutablePointer<NodeQueue>, failed: Bool) {
        finished = true
        queue.pointee.isLast = true
        reportRefusal(into: queue)
        if failed && !sawError {
            sawError = true
            queue.pointee.problems.append(
                XMLProblem(
                    .error, stage: .wellFormedness, kind: .other, position: pump.scanner.position,
                    message: "the document could not be read"))
        }
    }

    /// Errors without a place (the input could not be decoded) get the place where parsing
    /// stopped; each message once.
    private func collectStrayErrors(into queue: UnsafeMutablePointer<NodeQueue>, context: xmlParserCtxtPtr) {
        defer { strayErrors.errors.removeAll() }
        var position: XMLPosition?
        if let input = context.pointee.input, input.pointee.line > 0 {
            position = XMLPosition(line: Int(input.pointee.line), column: max(1, Int(input.pointee.col)))
        }
        for problem in LibXML2.strayProblems(strayErrors.errors, at: position)
        where reportedStray.insert(problem.message).inserted {
            if problem.severity == .error { sawError = true }
            queue.pointee.problems.append(problem)
        }
    }

    /// Reports (once) why the scanner refused the input or the input failed; whether it did.
    @discardableResult
    private func reportRefusal(into queue: UnsafeMutablePointer<NodeQueue>) -> Bool {
        guard let refusal = pump.scanner.refusal ?? pump.failure else { return false }
        if !reportedRefusal {
            reportedRefusal = true
            sawError = true
            queue.pointee.problems.append(refusal)
        }
        return true
    }

    private func collectErrors(into queue: UnsafeMutablePointer<NodeQueue>) {
        defer { target.pointee.errors.removeAll() }
        // After a refusal or a read failure libxml2 only reports the consequences.
        if reportRefusal(into: queue) { return }
        for raw in target.pointee.errors {
            let recognised = LibXML2Message(raw.message, code: raw.code)
            if raw.severity == .error { sawError = true }
            queue.pointee.problems.append(
                XMLProblem(
                    raw.severity, stage: .wellFormedness, kind: recognised.kind,
                    position: raw.line > 0 ? XMLPosition(line: raw.line, column: max(1, raw.column)) : nil,
                    element: recognised.element, attribute: recognised.attribute, message: raw.message, code: raw.code))
        }
    }
}
