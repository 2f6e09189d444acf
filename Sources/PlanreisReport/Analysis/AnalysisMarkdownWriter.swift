import PlanreisAnalysis
import PlanreisModel

/// Writes an analysis summary as Markdown (Dutch by default) that a professional can paste
/// into a report: GitHub-flavoured tables, every text escaped.
public struct AnalysisMarkdownWriter: Sendable {
    public var language: Language
    /// Added to every heading level (0: the title is `#`).
    public var headingOffset: Int

    public init(language: Language = .nl, headingOffset: Int = 0) {
        self.language = language
        self.headingOffset = headingOffset
    }

    public func write(_ analysis: Analysis) -> String {
        render(AnalysisDocument(analysis, language: language).blocks)
    }

    /// Markdown for report blocks, blocks separated by a blank line.
    public func render(_ blocks: [ReportBlock]) -> String {
        blocks.map(render).joined(separator: "\n\n") + "\n"
    }

    func render(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: max(1, min(6, level + headingOffset))) + " " + Self.escape(text)
        case .paragraph(let inlines):
            return Self.escapeLineStart(Self.inline(inlines))
        case .list(let items):
            return items.map { "- " + Self.inline($0) }.joined(separator: "\n")
        case .table(let table):
            return Self.table(table)
        }
    }

    static func table(_ table: ReportTable) -> String {
        var lines = ["| " + table.columns.map { escape($0.title) }.joined(separator: " | ") + " |"]
        lines.append("|" + table.columns.map { $0.alignment == .trailing ? "---:" : "---" }.joined(separator: "|") + "|")
        for (index, row) in table.rows.enumerated() {
            let total = table.totalRows.contains(index)
            let cells = row.map { cell -> String in
                let text = inline(cell)
                return total && !text.isEmpty ? "**\(text)**" : text
            }
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }

    static func inline(_ inlines: [ReportInline]) -> String {
        inlines.map { piece in
            switch piece {
            case .text(let t): escape(t)
            case .strong(let t): wrap(t, "**")
            case .emphasis(let t): wrap(t, "*")
            }
        }.joined()
    }

    /// Markers hug the text: surrounding spaces stay outside (`* x*` would not be emphasis).
    static func wrap(_ text: String, _ marker: String) -> String {
        let leading = String(text.prefix { $0 == " " })
        let trailing = String(text.reversed().prefix { $0 == " " })
        let core = text.trimmedSpaces
        guard !core.isEmpty else { return text }
        return leading + marker + escape(core) + marker + trailing
    }

    /// Escapes every character Markdown could read as syntax; line breaks become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~", "&", "!":
                out.append("\\")
                out.append(c)
            case "\n", "\r\n", "\r":
                out.append(" ")
            default:
                out.append(c)
            }
        }
        return out
    }

    /// A paragraph must not start like a list item or a heading ("1. …", "- …", "+ …").
    static func escapeLineStart(_ text: String) -> String {
        if let first = text.first, "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let next = text.dropFirst(digits.count).first, next == "." || next == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}
