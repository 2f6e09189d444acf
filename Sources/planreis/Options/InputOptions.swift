import ArgumentParser
import PlanreisFormats
import PlanreisModel

extension JourneyFormat: ExpressibleByArgument {}

/// Reads input files of any supported format into journeys, reporting every problem.
struct JourneyLoader {
    let language: Language
    /// Inputs past these are refused with a clear error (`LimitOptions`; the environment's by default).
    var limits: ReadLimits = LimitOptions.environment

    struct Loaded {
        var journeys: [PlanreisModel.Journey] = []
        var diagnostics: [Diagnostic] = []
        /// Problems past the reader's limit, counted in the last diagnostic.
        var omitted = OmittedProblems()
        var hasErrors: Bool { diagnostics.hasErrors }
        var errorCount: Int { ReadResult(diagnostics: diagnostics, omitted: omitted).errorCount }
        var warningCount: Int { ReadResult(diagnostics: diagnostics, omitted: omitted).warningCount }
    }

    /// Reads one file; the format comes from `format` or the file's extension. An XES log is
    /// streamed from disk, never held whole (`JourneyFormat.forEachJourney`).
    func load(_ path: String, format: JourneyFormat? = nil) -> Loaded {
        var loaded = Loaded()
        let fileProblems = JourneyFormat.forEachJourney(contentsOf: path, format: format, limits: limits) { batch in
            loaded.journeys += batch.journeys
            loaded.diagnostics += batch.diagnostics
            loaded.omitted = batch.omitted
        }
        loaded.diagnostics += fileProblems
        return loaded
    }
}
