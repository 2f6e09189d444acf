import Foundation
import PlanreisFormats
import PlanreisModel

extension InputCollector {
    /// Reads the inputs one file at a time and hands each journey to `body`, so that a large
    /// set of cases is never held in memory at once; returns every problem found.
    func forEachJourney(_ inputs: [String], _ body: (PlanreisModel.Journey) -> Void) -> [Diagnostic] {
        forEachJourney(inputs) { journey, _ in body(journey) }.diagnostics
    }

    /// Reads the inputs one file at a time and hands each journey with its file to `body`;
    /// returns every problem found and how many files were read.
    func forEachJourney(
        _ inputs: [String], _ body: (PlanreisModel.Journey, String) -> Void
    ) -> (diagnostics: [Diagnostic], files: Int) {
        var diagnostics: [Diagnostic] = []
        let paths = Self.paths(inputs, diagnostics: &diagnostics)
        let loader = JourneyLoader(language: language, limits: limits)
        let showProgress = Console.stderrIsTerminal && paths.count > 20
        for (index, path) in paths.enumerated() {
            let loaded = loader.load(path)
            for journey in loaded.journeys { body(journey, path) }
            diagnostics += loaded.diagnostics
            if showProgress && (index % 50 == 0 || index == paths.count - 1) {
                Console.progress(
                    language.pick("gelezen: \(index + 1)/\(paths.count) bestanden", "read: \(index + 1)/\(paths.count) files"))
            }
        }
        if showProgress { Console.progress(nil) }
        return (diagnostics, paths.count)
    }
}
