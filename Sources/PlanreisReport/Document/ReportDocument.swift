import PlanreisAnalysis
import PlanreisModel

/// A run of text with a style, the smallest piece of a report.
public enum ReportInline: Hashable, Sendable {
    case text(String)
    case strong(String)
    case emphasis(String)
}

/// One column of a report table.
public struct ReportColumn: Hashable, Sendable {
    public enum Alignment: Sendable { case leading, trailing }
    public var title: String
    public var alignment: Alignment

    public init(_ title: String, _ alignment: Alignment = .leading) {
        self.title = title
        self.alignment = alignment
    }
}

/// A table: columns, rows of cells, and which rows are totals.
public struct ReportTable: Hashable, Sendable {
    public var caption: String
    public var columns: [ReportColumn]
    public var rows: [[[ReportInline]]]
    /// Indices of rows that sum up (bold in Markdown, `class="total"` in HTML).
    public var totalRows: Set<Int>
    /// The column whose cell names its row (a row header in HTML).
    public var rowHeaderColumn: Int

    public init(
        caption: String, columns: [ReportColumn], rows: [[[ReportInline]]] = [], totalRows: Set<Int> = [], rowHeaderColumn: Int = 0
    ) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totalRows = totalRows
        self.rowHeaderColumn = rowHeaderColumn
    }

    mutating func add(_ cells: [String], total: Bool = false) {
        if total { totalRows.insert(rows.count) }
        rows.append(cells.map { [.text($0)] })
    }
}

/// A block of a report, independent of Markdown or HTML so both show the same content.
public enum ReportBlock: Hashable, Sendable {
    /// Level 1 is the report's title.
    case heading(Int, String)
    case paragraph([ReportInline])
    case list([[ReportInline]])
    case table(ReportTable)
}
