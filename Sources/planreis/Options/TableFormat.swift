import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// The output formats of the table commands (compare, budget).
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case md, csv, json, html

    /// `--format`, else the output file's extension, else Markdown.
    static func resolve(_ format: TableFormat?, output: String) -> TableFormat {
        if let format { return format }
        let lower = output.lowercased()
        if lower.hasSuffix(".json") { return .json }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return .html }
        return .md
    }
}
