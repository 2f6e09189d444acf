import PlanreisModel

/// Why the HTML report could not be made; every case names the file and says how to fix it.
package enum HTMLReportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Neither the given folder nor the bundled templates hold `report.mustache`.
    case templatesNotFound(path: String)
    /// A template file could not be read as UTF-8 text.
    case unreadable(file: String)
    /// A Mustache syntax error, with its place in the file.
    case syntax(file: String, line: Int, column: Int, detail: String)

    /// The problem in both languages.
    public var message: Localized {
        switch self {
        case .templatesNotFound(let path):
            Localized(
                nl: "geen rapportsjablonen gevonden in \"\(path)\"; verwacht report.mustache (of report/report.mustache)",
                en: "no report templates found in \"\(path)\"; expected report.mustache (or report/report.mustache)")
        case .unreadable(let file):
            Localized(
                nl: "sjabloon \"\(file)\" is niet te lezen als UTF-8-tekst; sla het op als UTF-8",
                en: "template \"\(file)\" cannot be read as UTF-8 text; save it as UTF-8")
        case .syntax(let file, let line, let column, let detail):
            Localized(
                nl: "\(file):\(line):\(column): fout in Mustache-sjabloon: \(detail)",
                en: "\(file):\(line):\(column): error in Mustache template: \(detail)")
        }
    }

    public var description: String { message.en }
}
