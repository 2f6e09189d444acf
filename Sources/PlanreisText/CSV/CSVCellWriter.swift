/// The one way planreis writes a CSV cell, for the journey spreadsheet and the long tables of
/// compare and budget alike: guarded against formulas (`FormulaGuard`), and quoted when it holds
/// the delimiter, a quote or a line break, or starts or ends with white space (which a reader
/// would otherwise trim).
///
/// Judged per Unicode scalar: a quote, delimiter or line break followed by a combining mark or a
/// zero-width joiner is one `Character` in Swift, but still ends a cell or a row for a
/// spreadsheet.
public enum CSVCellWriter {
    /// `text` as written to a cell between `delimiter`s.
    public static func cell(_ text: String, delimiter: Character, guardingFormulas: Bool = true) -> String {
        let text = guardingFormulas ? FormulaGuard.guarded(text) : text
        let delimiter = delimiter.unicodeScalars.first!
        let needsQuotes =
            text.unicodeScalars.contains { $0 == delimiter || $0 == "\"" || CSVTokenizer.lineBreaks.contains($0) }
            || text.first.map { $0.isWhitespace } == true || text.last.map { $0.isWhitespace } == true
        guard needsQuotes else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }
}
