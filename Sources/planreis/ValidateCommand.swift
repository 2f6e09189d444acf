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
        let loader = JourneyLoader(language: lang)
        var failed = false
        for path in files {
            let loaded = loader.load(path, format: format)
            Console.report(loaded.diagnostics, language: lang)
            let errors = loaded.diagnostics.filter { $0.severity == .error }.count
            let warnings = loaded.diagnostics.count - errors
            if errors > 0 || (strict && warnings > 0) {
                failed = true
                Console.out(
                    lang == .nl
                        ? "\(path): ongeldig (\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen"))"
                        : "\(path): invalid (\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"))"
                )
            } else {
                let events = loaded.journeys.reduce(0) { $0 + $1.events.count }
                let actors = loaded.journeys.reduce(0) { $0 + $1.actors.count }
                let n = loaded.journeys.count
                Console.out(
                    lang == .nl
                        ? "\(path): geldig (\(n) \(n == 1 ? "reis" : "reizen"), \(events) gebeurtenissen, \(actors) actoren\(warnings > 0 ? ", \(warnings) waarschuwingen" : ""))"
                        : "\(path): valid (\(n) \(n == 1 ? "journey" : "journeys"), \(events) events, \(actors) actors\(warnings > 0 ? ", \(warnings) warnings" : ""))"
                )
            }
        }
        if failed { throw ExitCode(1) }
    }
}
