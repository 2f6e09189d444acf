import PlanreisModel

/// One typed cell of a sheet planreis writes.
public enum WorkbookCell: Hashable, Sendable {
    /// Text, guarded against formulas as in CSV (a leading `'` when a spreadsheet could run it).
    case text(String)
    case integer(Int64)
    /// A decimal number given exactly as digits (`12.5`), shown with two decimals.
    case decimal(String)
    /// Money in euro cents, shown as `€ 1.250,50` (the separators follow the reader's locale).
    case cents(Int64)
    /// A day (`CivilDate` day number), shown as `15-07-2021`.
    case day(Int)
    case empty
}

/// One sheet: a header row (bold, frozen, with an autofilter) and typed rows.
public struct WorkbookSheet: Hashable, Sendable {
    /// One column: its header, and optionally the values a drop-down list offers.
    public struct Column: Hashable, Sendable {
        public var header: String
        /// Values offered in a drop-down list on every data cell of the column (at most 255
        /// characters together, as Excel allows for a list typed into the rule).
        public var choices: [String]

        public init(_ header: String, choices: [String] = []) {
            self.header = header
            self.choices = choices
        }
    }

    /// The sheet's name: made safe for spreadsheets (at most 31 characters, none of `[]:*?/\`)
    /// when the workbook is written.
    public var name: String
    public var columns: [Column]
    public var rows: [[WorkbookCell]]

    public init(name: String, columns: [Column], rows: [[WorkbookCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Sheet names as spreadsheets accept them, unique within the workbook.
    static func safeNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.map { name in
            var clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingSpacesAndNBSP()
            if clean.hasPrefix("'") { clean.removeFirst() }
            if clean.isEmpty { clean = "Blad" }
            var candidate = String(clean.prefix(31))
            var number = 2
            while used.contains(TextFolding.folded(candidate)) {
                let suffix = " (\(number))"
                candidate = String(clean.prefix(31 - suffix.count)) + suffix
                number += 1
            }
            used.insert(TextFolding.folded(candidate))
            return candidate
        }
    }

    /// A column's width in characters: its longest line, between 8 and 60.
    func width(of column: Int) -> Int {
        var longest = columns[column].header.count + 3  // room for the filter button
        for row in rows where column < row.count {
            switch row[column] {
            case .text(let text):
                longest = max(longest, text.split(separator: "\n").map(\.count).max() ?? 0)
            case .integer(let value): longest = max(longest, String(value).count + 1)
            case .decimal(let digits): longest = max(longest, digits.count + 2)
            case .cents(let cents): longest = max(longest, String(cents).count + 5)
            case .day: longest = max(longest, 11)
            case .empty: break
            }
            if longest >= 60 { break }
        }
        return min(max(longest, 8), 60)
    }
}
