import PlanreisModel

/// Warnings that summarise instead of flood: of each kind of warning, at most `limit` per file
/// are kept, and one line per kind gives the exact count of the rest ("… en nog 87 keer:
/// besluit … zonder uitkomst"). Errors are always all kept. A plain function over diagnostics,
/// for the command line and for the register's import responses alike.
///
/// The kind of a warning is its Dutch message with the quoted parts (names, ids, values) and
/// numbers taken out: "besluit \"b7\" zonder uitkomst" and "besluit \"b9\" zonder uitkomst"
/// are one kind.
package enum WarningSummary {
    /// Warnings of one kind shown per file by default.
    package static let defaultLimit = 5

    /// What summarising left: the diagnostics to show (the kept ones and one summary line per
    /// kind with warnings left out, in file order), and the warnings left out, counted.
    package struct Result: Sendable {
        package var diagnostics: [Diagnostic]
        package var omitted: OmittedProblems
        /// Errors and warnings found, exactly: the summary lines are not counted, the warnings
        /// they stand for are.
        package var errorCount: Int
        package var warningCount: Int
    }

    /// Keeps at most `limit` warnings of each kind per file (`SourceLocation.file`; warnings
    /// without a place count as one file) and sums up the rest per kind.
    package static func summarise(_ diagnostics: [Diagnostic], limit: Int = defaultLimit) -> Result {
        var seen: [String: Int] = [:]
        var omittedByFile: [String: OmittedProblems] = [:]
        var fileOrder: [String] = []
        var kept: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.severity == .warning else {
                kept.append(diagnostic)
                continue
            }
            let file = diagnostic.location?.file ?? ""
            let kind = kind(of: diagnostic)
            let key = "\(file)\u{0}\(kind)"
            let shown = seen[key, default: 0]
            seen[key] = shown + 1
            if shown < limit {
                kept.append(diagnostic)
            } else {
                if omittedByFile[file] == nil { fileOrder.append(file) }
                omittedByFile[file, default: OmittedProblems()].count(diagnostic, kind: kind)
            }
        }
        var omitted = OmittedProblems()
        for file in fileOrder {
            let part = omittedByFile[file]!
            kept += part.kindSummaries()
            for kind in part.kinds {
                omitted.kinds.append(kind)
                omitted.warnings += kind.count
            }
        }
        let errors = diagnostics.count { $0.severity == .error }
        return Result(
            diagnostics: kept.sortedByLocation(), omitted: omitted, errorCount: errors,
            warningCount: diagnostics.count - errors)
    }

    /// The kind of a warning: its Dutch message without quoted parts and numbers.
    package static func kind(of diagnostic: Diagnostic) -> String {
        var result = ""
        var quoted = false
        for character in diagnostic.message.nl {
            if character == "\"" {
                quoted.toggle()
                continue
            }
            guard !quoted else { continue }
            if character.isNumber {
                if result.last != "#" { result.append("#") }
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The kind as people read it: the message with each quoted part shown as "…".
    static func label(of diagnostic: Diagnostic) -> Localized {
        Localized(nl: elided(diagnostic.message.nl), en: elided(diagnostic.message.en))
    }

    private static func elided(_ text: String) -> String {
        var result = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
                if quoted { result += "…" }
                continue
            }
            if !quoted { result.append(character) }
        }
        return result
    }
}
