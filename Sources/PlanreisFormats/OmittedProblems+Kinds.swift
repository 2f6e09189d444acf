import PlanreisModel

extension OmittedProblems {
    /// Warnings of one kind left out past the per-kind limit: how many, the kind's label and
    /// where the first one left out is.
    package struct KindCount: Hashable, Sendable {
        package var label: Localized
        package var count: Int
        package var first: SourceLocation?
    }

    /// Counts a warning left out as one of its kind (`WarningSummary.kind(of:)`).
    mutating func count(_ diagnostic: Diagnostic, kind: String) {
        count(diagnostic)
        if let index = kindIndex[kind] {
            kinds[index].count += 1
        } else {
            kindIndex[kind] = kinds.count
            kinds.append(KindCount(label: WarningSummary.label(of: diagnostic), count: 1, first: diagnostic.location))
        }
    }

    /// One warning per kind left out: "… en nog 87 keer: besluit … zonder uitkomst", at the
    /// first one left out.
    func kindSummaries() -> [Diagnostic] {
        kinds.map { kind in
            let n = kind.count
            return Diagnostic(
                .warning, at: kind.first,
                Localized(
                    nl: "… en nog \(n) keer: \(kind.label.nl)",
                    en: "… and \(n) more \(n == 1 ? "time" : "times"): \(kind.label.en)"),
                hint: Localized(
                    nl: "--all-warnings toont ze allemaal", en: "--all-warnings shows them all"))
        }
    }
}
