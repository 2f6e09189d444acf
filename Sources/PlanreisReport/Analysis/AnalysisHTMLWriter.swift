import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes an analysis summary as an HTML fragment for the HTML report to embed: a `<section>`
/// with headings, paragraphs, lists and semantic tables (caption, column and row headers);
/// every text escaped, no scripts, styles or links. Each cell's text is in a `<bdi>`, so a name
/// in right-to-left script or a direction override cannot turn its row around.
public struct AnalysisHTMLWriter: Sendable {
    public var language: Language
    /// Added to every heading level (1: the title is `<h2>`).
    public var headingOffset: Int

    public init(language: Language = .nl, headingOffset: Int = 1) {
        self.language = language
        self.headingOffset = headingOffset
    }

    public func write(_ analysis: Analysis) -> String {
        render(AnalysisDocument(analysis, language: language).blocks)
    }

    public func render(_ blocks: [ReportBlock]) -> String {
        var html = "<section class=\"planreis-analysis\" lang=\"\(language.rawValue)\">\n"
        for block in blocks { html += render(block) + "\n" }
        return html + "</section>\n"
    }

    func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            let h = max(1, min(6, level + headingOffset))
            return "<h\(h)>\(MarkupText.html(text))</h\(h)>"
        case .paragraph(let inlines):
            return "<p>\(Self.inline(inlines))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(Self.inline($0))</li>\n" }.joined() + "</ul>"
        case .table(let table):
            return Self.table(table)
        }
    }

    static func table(_ table: ReportTable) -> String {
        func numeric(_ column: Int) -> String {
            column < table.columns.count && table.columns[column].alignment == .trailing ? " class=\"num\"" : ""
        }
        var html = "<table>\n<caption>\(MarkupText.html(table.caption))</caption>\n<thead>\n<tr>"
        for (index, column) in table.columns.enumerated() {
            html += "<th scope=\"col\"\(numeric(index))>\(MarkupText.html(column.title))</th>"
        }
        html += "</tr>\n</thead>\n<tbody>\n"
        for (rowIndex, row) in table.rows.enumerated() {
            html += table.totalRows.contains(rowIndex) ? "<tr class=\"total\">" : "<tr>"
            for (index, cell) in row.enumerated() {
                let header = index == table.rowHeaderColumn
                let text = inline(cell)
                let content = text.isEmpty ? "" : "<bdi>\(text)</bdi>"
                html += "<\(header ? "th scope=\"row\"" : "td")\(numeric(index))>\(content)</\(header ? "th" : "td")>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    static func inline(_ inlines: [ReportInline]) -> String {
        inlines.map { piece in
            switch piece {
            case .text(let t): MarkupText.html(t)
            case .strong(let t): "<strong>\(MarkupText.html(t))</strong>"
            case .emphasis(let t): "<em>\(MarkupText.html(t))</em>"
            }
        }.joined()
    }
}
