import ArgumentParser
import PlanreisFormats
import PlanreisModel

/// `planreis validate FILE…`: checks inputs of any format and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleer invoerbestanden en meld alle problemen (bestand:regel:kolom).")

    @Argument(help: "Bestanden: .planreis.xml, .csv of .json.")
    var files: [String]

    @Option(help: "Bestandstype als de extensie het niet zegt: xml, csv of json.")
    var format: JourneyFormat?

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    @Flag(help: "Behandel waarschuwingen als fouten.")
    var strict = false

    func validate() throws {
        if files.isEmpty {
            throw ValidationError("Geef minstens één bestand, bijvoorbeeld: planreis validate Samples/claudia-wesley.planreis.xml")
        }
    }

    func run() throws {
        let lang = language.lang
        let loader = JourneyLoader(language: lang, limits: limits.readLimits)
        var failed = false
        for path in files {
            let summary = summarize(path, loader: loader)
            let (errors, warnings) = (summary.errors, summary.warnings)
            if errors > 0 || (strict && warnings > 0) {
                failed = true
                Console.out(
                    lang == .nl
                        ? "\(path): ongeldig (\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen"))"
                        : "\(path): invalid (\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"))"
                )
            } else {
                let (n, events, actors) = (summary.journeys, summary.events, summary.actors)
                Console.out(
                    lang == .nl
                        ? "\(path): geldig (\(n) \(n == 1 ? "reis" : "reizen"), \(events) gebeurtenissen, \(actors) actoren\(warnings > 0 ? ", \(warnings) waarschuwingen" : ""))"
                        : "\(path): valid (\(n) \(n == 1 ? "journey" : "journeys"), \(events) events, \(actors) actors\(warnings > 0 ? ", \(warnings) warnings" : ""))"
                )
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// What validating one file found: counts and every problem (errors and warnings counted
    /// exactly, also those a reader left out of its list). An XES log is streamed trace by
    /// trace, so memory stays bounded by one trace whatever the log's size.
    private func summarize(_ path: String, loader: JourneyLoader) -> (journeys: Int, events: Int, actors: Int, errors: Int, warnings: Int) {
        let lang = language.lang
        if (format ?? JourneyFormat.detect(path: path)) == .xes && path != "-" {
            var counts = (journeys: 0, events: 0, actors: 0)
            var traceProblems: [Diagnostic] = []
            let showProgress = Console.stderrIsTerminal
            let fileProblems = XESFormat.stream(
                contentsOf: path, maxBytes: JourneyLoader.xesMaxBytes(loader.limits), limits: loader.limits,
                progress: { traces, bytes in
                    if showProgress {
                        Console.progress(
                            lang == .nl ? "\(path): \(traces) sporen, \(bytes >> 20) MB" : "\(path): \(traces) traces, \(bytes >> 20) MB")
                    }
                },
                onTrace: { trace in
                    counts.journeys += trace.journeys.count
                    for journey in trace.journeys {
                        counts.events += journey.events.count
                        counts.actors += journey.actors.count
                    }
                    traceProblems += trace.diagnostics
                })
            if showProgress { Console.progress(nil) }
            let diagnostics = (traceProblems + fileProblems).sortedByLocation()
            Console.report(diagnostics, language: lang)
            let result = ReadResult(diagnostics: diagnostics)
            return (counts.journeys, counts.events, counts.actors, result.errorCount, result.warningCount)
        }
        let loaded = loader.load(path, format: format)
        Console.report(loaded.diagnostics, language: lang)
        return (
            loaded.journeys.count, loaded.journeys.reduce(0) { $0 + $1.events.count },
            loaded.journeys.reduce(0) { $0 + $1.actors.count }, loaded.errorCount, loaded.warningCount
        )
    }
}
