import ArgumentParser
import PlanreisFormats
import PlanreisModel

/// `planreis validate FILE…`: checks inputs of any format and lists every problem.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleer invoerbestanden en meld alle problemen (bestand:regel:kolom).")

    @Argument(help: "Bestanden: \(JourneyFormat.readableList(.nl)).")
    var files: [String]

    @Option(help: FormatHelp.inputFormat)
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
        var counts = (journeys: 0, events: 0, actors: 0)
        var batchProblems: [Diagnostic] = []
        var omitted = OmittedProblems()
        let showProgress = Console.stderrIsTerminal && (format ?? JourneyFormat.detect(path: path)) == .xes
        let fileProblems = JourneyFormat.forEachJourney(
            contentsOf: path, format: format, limits: loader.limits,
            progress: { traces, bytes in
                if showProgress {
                    Console.progress(
                        lang.pick("\(path): \(traces) sporen, \(bytes >> 20) MB", "\(path): \(traces) traces, \(bytes >> 20) MB"))
                }
            }
        ) { batch in
            counts.journeys += batch.journeys.count
            for journey in batch.journeys {
                counts.events += journey.events.count
                counts.actors += journey.actors.count
            }
            batchProblems += batch.diagnostics
            omitted = batch.omitted
        }
        if showProgress { Console.progress(nil) }
        let diagnostics = (batchProblems + fileProblems).sortedByLocation()
        Console.report(diagnostics, language: lang)
        let result = ReadResult(diagnostics: diagnostics, omitted: omitted)
        return (counts.journeys, counts.events, counts.actors, result.errorCount, result.warningCount)
    }
}
