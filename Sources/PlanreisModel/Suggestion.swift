/// "Did you mean …?" suggestions for misspelt ids, words and column names.
public enum Suggestion {
    /// The Levenshtein distance between two texts, by character.
    public static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a), target = Array(b)
        var previous = Array(0...target.count)
        for (i, x) in source.enumerated() {
            var current = [i + 1]
            for (j, y) in target.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[target.count]
    }

    /// The candidate nearest to `text`, compared after `fold` (lower case by default), when it
    /// is close enough to suggest: at most a third of the text's length (and at least 2) away.
    public static func closest(
        to text: String, in candidates: [String], fold: (String) -> String = { $0.lowercased() }
    ) -> String? {
        let key = fold(text)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = distance(key, fold(candidate))
            if d <= Swift.max(2, key.count / 3), d < (best?.distance ?? .max) { best = (candidate, d) }
        }
        return best?.candidate
    }
}
