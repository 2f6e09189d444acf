/// The guard against formula injection in exported cells: a cell that a spreadsheet could take
/// for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return, or a full-width
/// `＝＋－＠`) gets a leading
/// `'`. The rule is symmetric so that a round trip loses nothing: a text that starts with `'`
/// followed by something that needs the guard is guarded too, and the reader removes exactly one
/// `'` where the rest needs it.
enum FormulaGuard {
    /// Judged per Unicode scalar, not per `Character`: `=` followed by a combining mark is one
    /// `Character` in Swift but still starts a formula for a spreadsheet. Full-width `＝＋－＠`
    /// are guarded too (some spreadsheets read them as their ASCII forms), and a line feed, so
    /// that a carriage return the reader turns into one keeps its guard symmetric.
    private static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Whether `text` must be guarded on export.
    static func needsGuard(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars {
            if triggers.contains(scalar) { return true }
            guard scalar == "'" else { return false }
        }
        return false
    }

    /// The text as written to a cell.
    static func guarded(_ text: String) -> String {
        needsGuard(text[...]) ? "'" + text : text
    }

    /// The text a cell stands for: one leading `'` removed when the rest needs the guard.
    static func unguarded(_ text: String) -> String {
        if text.first == "'", needsGuard(text.dropFirst()) { return String(text.dropFirst()) }
        return text
    }
}
