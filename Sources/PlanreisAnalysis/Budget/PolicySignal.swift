import Foundation
import PlanreisModel

/// An obstacle that recurs across cases: a signal for policy that a rule keeps getting in the
/// way. Titles are compared normalised (see `PolicySignal.normalized(_:)`); the most common
/// spelling names the signal.
public struct PolicySignal: Hashable, Sendable {
    /// The normalised title all occurrences share.
    public var key: String
    /// The spelling used most (ties: the first in sort order).
    public var title: String
    /// How many obstacles, and in how many cases.
    public var occurrences: Int
    public var cases: Int
    /// Obstacles resolved by an exception (any exception of the case that links to it).
    public var resolved: Int

    /// Obstacles still open (no exception resolves them).
    public var open: Int { occurrences - resolved }

    /// A title as compared: lower case, accents dropped, punctuation as space, numbers left
    /// out ("Obstakel 12" and "obstakel 3" are one signal), spaces collapsed.
    public static func normalized(_ title: String) -> String {
        let folded = title.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isLetter || $0.isNumber) }
        return words.filter { !$0.allSatisfy(\.isNumber) }.joined(separator: " ")
    }
}

/// Collects obstacles per normalised title.
struct PolicySignals: Hashable, Sendable {
    struct Entry: Hashable, Sendable {
        var spellings: [String: Int] = [:]
        var occurrences = 0
        var cases = 0
        var resolved = 0
    }

    private(set) var entries: [String: Entry] = [:]

    /// Adds the obstacles of one case: titles and whether each was resolved.
    mutating func add(case obstacles: [(title: String, resolved: Bool)]) {
        var seen = Set<String>()
        for obstacle in obstacles {
            let key = PolicySignal.normalized(obstacle.title)
            guard !key.isEmpty else { continue }
            entries[key, default: Entry()].occurrences += 1
            entries[key]!.spellings[obstacle.title, default: 0] += 1
            if obstacle.resolved { entries[key]!.resolved += 1 }
            if seen.insert(key).inserted { entries[key]!.cases += 1 }
        }
    }

    /// Signals, most cases first, then most occurrences, then by title.
    var ranked: [PolicySignal] {
        entries.map { key, entry in
            let title = entry.spellings.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.first!.key
            return PolicySignal(key: key, title: title, occurrences: entry.occurrences, cases: entry.cases, resolved: entry.resolved)
        }.sorted { a, b in
            if a.cases != b.cases { return a.cases > b.cases }
            if a.occurrences != b.occurrences { return a.occurrences > b.occurrences }
            return a.key < b.key
        }
    }
}
