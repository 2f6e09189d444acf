import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Tables as one long CSV for Dutch Excel: one line per figure with the columns `tabel`, `rij`,
/// `kolom`, `waarde` (`table`, `row`, `column`, `value` in English), `;` as separator, a UTF-8
/// byte-order mark, CRLF line ends. Numbers are bare (no thousands separator, no € sign, a
/// decimal comma in Dutch) so that a spreadsheet reads them as numbers; money is in euros with
/// two decimals. Every text cell is guarded against formula injection.
package struct LongTableCSV: Sendable {
    /// One figure.
    public enum Value: Hashable, Sendable {
        case int(Int)
        case money(Money)
        case ratio(Ratio)
        case text(String)
        /// A number already written for the language ("12,35"), left bare.
        case number(String)
        case empty
    }

    public var language: Language
    private var lines: [String]
    /// Every figure in the order added, for writers that lay the tables out (`sheets()`).
    public private(set) var figures: [(table: String, row: String, column: String, value: Value)] = []

    public init(language: Language) {
        self.language = language
        lines = [language.pick("tabel;rij;kolom;waarde", "table;row;column;value")]
    }

    /// Adds one figure.
    public mutating func add(_ table: String, _ row: String, _ column: String, _ value: Value) {
        lines.append([table, row, column].map { Self.cell($0) }.joined(separator: ";") + ";" + text(value))
        figures.append((table, row, column, value))
    }

    /// Adds a count, or an empty cell for nil.
    public mutating func add(_ table: String, _ row: String, _ column: String, _ value: Int?) {
        add(table, row, column, value.map(Value.int) ?? .empty)
    }

    /// The file: byte-order mark, header and lines.
    public var bytes: [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    func text(_ value: Value) -> String {
        switch value {
        case .int(let i): return String(i)
        case .money(let m):
            let text = m.decimalText
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            let fraction = parts.count == 2 ? (parts[1].count == 1 ? parts[1] + "0" : String(parts[1])) : "00"
            return String(parts[0]) + (language.pick(",", ".")) + fraction
        case .ratio(let r): return r.formatted(language)
        case .text(let t): return Self.cell(t)
        case .number(let n): return n
        case .empty: return ""
        }
    }

    /// A text cell: guarded against formulas, quoted when it must be (`CSVCellWriter`).
    public static func cell(_ text: String) -> String {
        CSVCellWriter.cell(text, delimiter: ";")
    }
}
