import NIOConcurrencyHelpers
import PlanreisModel

/// Parsed journeys by (case, revision). A revision never changes, so an entry is never stale
/// and another process never needs it; it only saves parsing the stored XML again.
final class JourneyCache: Sendable {
    private let box = NIOLockedValueBox([String: Journey]())
    private let capacity: Int

    init(capacity: Int = 256) { self.capacity = capacity }

    func get(_ id: String, _ revision: Int) -> Journey? {
        box.withLockedValue { $0["\(id)#\(revision)"] }
    }

    func put(_ id: String, _ revision: Int, _ journey: Journey) {
        box.withLockedValue { cache in
            if cache.count >= capacity { cache.removeAll(keepingCapacity: true) }
            cache["\(id)#\(revision)"] = journey
        }
    }
}
