import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

extension InputCollector {
    /// Reads the inputs like `forEachJourney`, but hands each case to `body` once: a journey
    /// whose id or content was read before is left out with one warning per case naming the
    /// files. Returns every problem and what was read.
    func forEachCase(
        _ inputs: [String], _ body: (PlanreisModel.Journey) -> Void
    ) -> (
        diagnostics: [Diagnostic], summary: InputSummary
    ) {
        var cases = CaseDeduplicator()
        var constructed = 0
        var (diagnostics, files) = forEachJourney(inputs) { journey, file in
            guard cases.admit(journey, file: file) else { return }
            if journey.isConstructed { constructed += 1 }
            body(journey)
        }
        diagnostics += cases.warnings
        return (
            diagnostics,
            InputSummary(files: files, cases: cases.cases, duplicates: cases.duplicates, constructed: constructed)
        )
    }
}
