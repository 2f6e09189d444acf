import Foundation
import PlanreisModel

extension CohortBuilder {
    /// Builds the cohort of `count` journeys that `journey(i)` makes on demand, split into
    /// `parts` runs in parallel; each journey is dropped as soon as it is counted, and the parts
    /// are merged in index order, so the result equals a single run.
    public static func build(
        count: Int, parts: Int, selection: CohortSelection, options: CohortOptions = CohortOptions(),
        journey: @escaping @Sendable (Int) -> Journey
    ) -> Cohort {
        let parts = max(1, min(parts, count))
        let results = PartResults(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            var builder = CohortBuilder(selection: selection, options: options)
            for index in (count * part / parts)..<(count * (part + 1) / parts) {
                builder.add(journey(index))
            }
            results.store(builder, at: part)
        }
        var merged = CohortBuilder(selection: selection, options: options)
        for builder in results.builders { merged.merge(builder) }
        return merged.finish()
    }
}

/// The builders of the parallel parts, filled in under a lock.
private final class PartResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [CohortBuilder?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ builder: CohortBuilder, at index: Int) {
        lock.lock()
        slots[index] = builder
        lock.unlock()
    }

    var builders: [CohortBuilder] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
