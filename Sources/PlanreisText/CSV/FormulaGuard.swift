/// The one guard against formula injection in every cell planreis writes for a spreadsheet
/// (journey CSV, the long tables of compare and budget, workbooks).
///
/// A cell that a spreadsheet could take for a formula gets a leading `'`: one whose first
/// character, after any leading spaces, no-break spaces and `'`, is `=`, `+`, `-`, `@`, a tab,
/// a carriage return or a line feed, or a full-width `＝＋－＠` (some spreadsheets read those as
/// their ASCII forms). A plain number (`-12,5`) is left alone: a spreadsheet reads it as a
/// number, not a formula.
///
/// The rule is symmetric so that a round trip loses nothing: `guarded` adds one `'` exactly when
/// `needsGuard` holds, and `unguarded` removes one leading `'` exactly when the rest needs the
/// guard, so a text that itself starts with `'` comes back as written.
public enum FormulaGuard {
    /// Judged per Unicode scalar, not per `Character`: `=` followed by a combining mark is one
    /// `Character` in Swift but still starts a formula for a spreadsheet.
    private static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]

    /// Whether `text` must be guarded on export.
    public static func needsGuard(_ text: Substring) -> Bool {
        !isPlainNumber(text) && startsLikeFormula(text)
    }

    /// Whether the first scalar after leading spaces, no-break spaces and `'` is a trigger.
    static func startsLikeFormula(_ text: Substring) -> Bool {
        for scalar in text.unicodeScalars {
            if triggers.contains(scalar) { return true }
            guard scalar == "'" || scalar == " " || scalar == "\u{00A0}" else { return false }
        }
        return false
    }

    /// The text as written to a cell.
    public static func guarded(_ text: String) -> String {
        needsGuard(text[...]) ? "'" + text : text
    }

    /// The text a cell stands for: one leading `'` removed when the rest starts like a formula
    /// (also before a plain number: `'-75,00` is how people type a negative amount as text).
    /// Symmetric with `guarded`, since a text that starts with `'` is never a plain number.
    public static func unguarded(_ text: String) -> String {
        if text.first == "'", startsLikeFormula(text.dropFirst()) { return String(text.dropFirst()) }
        return text
    }

    /// An optional minus, digits, at most one `,` or `.`, and a digit at the end.
    static func isPlainNumber(_ text: Substring) -> Bool {
        var body = text
        if body.first == "-" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber else { return false }
        var separators = 0
        for c in body {
            if c == "," || c == "." {
                separators += 1
            } else if !(c.isASCII && c.isNumber) {
                return false
            }
        }
        return separators <= 1 && body.last!.isNumber
    }
}
