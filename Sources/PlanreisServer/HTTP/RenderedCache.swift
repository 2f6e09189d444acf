import NIOConcurrencyHelpers
import PlanreisStore

/// Answers rendered from one revision of a case (its JSON document, analysis, timeline), by
/// key. A revision never changes, so an entry stays right as long as the approval states it
/// shows are the same; those are compared on every hit (approving makes no new revision). Access
/// checks and the audit row still happen on every request: only the rendering is saved.
/// Another `planreis serve` on the same database needs nothing from this cache.
final class RenderedCache: Sendable {
    static let shared = RenderedCache()

    private struct Entry {
        var approvals: [String: ApprovalState]
        var text: String
    }

    private let box = NIOLockedValueBox((entries: [String: Entry](), bytes: 0))
    /// The most text kept, in UTF-8 bytes; past it the cache starts again empty.
    private let capacity: Int

    init(capacity: Int = 64 << 20) { self.capacity = capacity }

    /// The text under `key` rendered for these approval states, made by `make` when it is not
    /// kept yet.
    func text(_ key: String, approvals: [String: ApprovalState] = [:], make: () throws -> String) rethrows -> String {
        if let entry = box.withLockedValue({ $0.entries[key] }), entry.approvals == approvals { return entry.text }
        let text = try make()
        let size = text.utf8.count
        guard size <= capacity / 8 else { return text }
        box.withLockedValue { cache in
            if cache.bytes + size > capacity { cache = ([:], 0) }
            if let old = cache.entries[key] { cache.bytes -= old.text.utf8.count }
            cache.entries[key] = Entry(approvals: approvals, text: text)
            cache.bytes += size
        }
        return text
    }

    /// The key of an answer of `kind` for a revision of a case.
    static func key(_ kind: String, _ stored: StoredJourney, _ variant: String = "") -> String {
        "\(kind)|\(stored.id)|\(stored.revision)|\(variant)"
    }
}
