import Foundation

/// Parses chunks ahead on a thread of its own while the reader hands out the nodes of the chunk
/// before: libxml2's work and the caller's overlap on two processors. A few queues go round
/// (parsed, handed out, given back), so memory stays bounded.
final class ParseAhead: @unchecked Sendable {
    private let parser: ChunkParser
    private let condition = NSCondition()
    private var free: [UnsafeMutablePointer<NodeQueue>]
    private var ready: [UnsafeMutablePointer<NodeQueue>] = []
    private var cancelled = false
    private var exited = false

    init(_ parser: ChunkParser, queues: [UnsafeMutablePointer<NodeQueue>]) {
        self.parser = parser
        free = queues
    }

    func start() {
        let thread = Thread { [self] in produce() }
        thread.stackSize = 4 << 20
        thread.start()
    }

    /// Gives back the queue whose nodes have all been handed out (nil the first time) and
    /// returns the next parsed one, waiting for it; nil once no more will come.
    func next(returning drained: UnsafeMutablePointer<NodeQueue>?) -> UnsafeMutablePointer<NodeQueue>? {
        condition.lock()
        defer { condition.unlock() }
        if let drained {
            free.append(drained)
            condition.broadcast()
        }
        while ready.isEmpty && !exited { condition.wait() }
        return ready.isEmpty ? nil : ready.removeFirst()
    }

    /// Stops parsing ahead and waits until the thread has left the parser.
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !exited { condition.wait() }
        condition.unlock()
    }

    private func produce() {
        while true {
            condition.lock()
            while free.isEmpty && !cancelled { condition.wait() }
            if cancelled {
                condition.unlock()
                break
            }
            let queue = free.removeLast()
            condition.unlock()

            parser.fill(queue)

            condition.lock()
            ready.append(queue)
            condition.broadcast()
            condition.unlock()
            if queue.pointee.isLast { break }
        }
        condition.lock()
        exited = true
        condition.broadcast()
        condition.unlock()
    }
}
