import PlanreisModel

/// Problems of one file left out of a report, counted: past a reader's limit
/// (`SpreadsheetCSVFormat.reportedProblemLimit`), summed up in one last diagnostic; or
/// warnings past the limit per kind (`WarningSummary`), summed up in one line per kind.
public struct OmittedProblems: Hashable, Sendable {
    public internal(set) var errors = 0
    public internal(set) var warnings = 0
    /// Where the first problem left out is.
    var firstLocation: SourceLocation?
    /// Warnings left out per kind, in the order the kinds were first left out.
    package internal(set) var kinds: [KindCount] = []
    var kindIndex: [String: Int] = [:]

    public init() {}

    public var isEmpty: Bool { errors + warnings == 0 }

    mutating func count(_ diagnostic: Diagnostic) {
        if errors + warnings == 0 { firstLocation = diagnostic.location }
        switch diagnostic.severity {
        case .error: errors += 1
        case .warning: warnings += 1
        }
    }

    /// "… en nog 900 fouten en 3 waarschuwingen", at the first problem left out; nil when none was.
    func summary(file: String, limit: Int) -> Diagnostic? {
        guard !isEmpty else { return nil }
        var nl: [String] = [], en: [String] = []
        if errors > 0 {
            nl.append(errors == 1 ? "1 fout" : "\(errors) fouten")
            en.append(errors == 1 ? "1 more error" : "\(errors) more errors")
        }
        if warnings > 0 {
            nl.append(warnings == 1 ? "1 waarschuwing" : "\(warnings) waarschuwingen")
            en.append(warnings == 1 ? "1 warning" : "\(warnings) warnings")
        }
        if errors == 0 { en[0] = warnings == 1 ? "1 more warning" : "\(warnings) more warnings" }
        let message = Localized(
            nl: "… en nog \(nl.joined(separator: " en ")) in dit bestand; alleen de eerste \(limit) problemen zijn gemeld",
            en: "… and \(en.joined(separator: " and ")) in this file; only the first \(limit) problems are reported")
        let hint = Localized(
            nl:
                "los de gemelde problemen op en lees het bestand opnieuw; vaak hebben veel regels één oorzaak, zoals een verschoven kolom of een ander scheidingsteken",
            en:
                "fix the problems shown and read the file again; many rows often share one cause, such as a shifted column or another delimiter"
        )
        return Diagnostic(
            errors > 0 ? .error : .warning, at: firstLocation ?? SourceLocation(file: file, line: 1, column: 1), message, hint: hint)
    }
}
