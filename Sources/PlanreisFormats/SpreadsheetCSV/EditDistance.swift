/// Suggestions for misspelt words ("dtaum" → "datum").
enum EditDistance {
    /// The Levenshtein distance between two texts, by character.
    static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a), target = Array(b)
        var previous = Array(0...target.count)
        for (i, x) in source.enumerated() {
            var current = [i + 1]
            for (j, y) in target.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[target.count]
    }

    /// The candidate closest to `text` (folded), when it is close enough to suggest.
    static func closest(to text: String, in candidates: [String]) -> String? {
        let key = TextFolding.folded(text)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(key, TextFolding.folded(candidate))
            if d <= max(2, key.count / 3), d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.candidate
    }
}
