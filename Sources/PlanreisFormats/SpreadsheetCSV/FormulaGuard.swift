/// The guard against formula injection in exported cells: a cell that a spreadsheet could take
/// for a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading
/// `'`. The rule is symmetric so that a round trip loses nothing: a text that starts with `'`
/// followed by something that needs the guard is guarded too, and the reader removes exactly one
/// `'` where the rest needs it.
enum FormulaGuard {
    private static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    /// Whether `text` must be guarded on export.
    static func needsGuard(_ text: Substring) -> Bool {
        var rest = text
        while let first = rest.first {
            if triggers.contains(first) { return true }
            guard first == "'" else { return false }
            rest = rest.dropFirst()
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
