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

    /// Reads one file; the format comes from `format` or the file's extension.
    func load(_ path: String, format: JourneyFormat? = nil) -> Loaded {
        guard let format = format ?? JourneyFormat.detect(path: path) else {
            return Loaded(diagnostics: [
                .error(
                    at: nil,
                    Localized(nl: "onbekend bestandstype \"\(path)\"", en: "unknown file type \"\(path)\""),
                    hint: Localized(
                        nl: "gebruik .planreis.xml, .csv of .json, of geef --format",
                        en: "use .planreis.xml, .csv or .json, or pass --format"))
            ])
        }
        if format == .xes && path != "-" {
            // Logs are streamed from disk (gzip decoded by zlib on the way), never held whole.
            let result = XESFormat.read(contentsOf: path, maxBytes: Self.xesMaxBytes(limits), limits: limits)
            return Loaded(journeys: result.journeys, diagnostics: result.diagnostics)
        }
        switch Files.read(path, maxBytes: limits.maxBytes) {
        case .failure(let diagnostic):
            return Loaded(diagnostics: [diagnostic])
        case .success(let bytes):
            let result = format.read(bytes, file: path, limits: limits)
            return Loaded(journeys: result.journeys, diagnostics: result.diagnostics, omitted: result.omitted)
        }
    }

    /// XES is streamed, so a log may be far larger than a file read whole: 32 times the
    /// input limit (4 GiB by default), counted in decompressed bytes.
    static func xesMaxBytes(_ limits: ReadLimits) -> Int {
        let (product, overflow) = limits.maxBytes.multipliedReportingOverflow(by: 32)
        return overflow ? Int.max : product
    }
}
