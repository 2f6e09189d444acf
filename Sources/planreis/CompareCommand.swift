import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// `planreis compare FILES|DIRS… --as-of DATE`: cohort tables for researchers.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Vergelijk casussen: status op een datum, duur van fasen, kleurcodes, kenmerken, partijen.")

    @Argument(help: "Bestanden of mappen met .planreis.xml, .csv of .json.")
    var inputs: [String]

    @Option(name: .customLong("as-of"), help: "Peildatum, bijvoorbeeld 31-12-2014.")
    var asOf: String

    @Option(help: "Alleen casussen gestart in dit jaar.")
    var started: Int?

    @Option(name: .customLong("started-from"), help: "Alleen casussen gestart op of na deze datum.")
    var startedFrom: String?

    @Option(name: .customLong("started-until"), help: "Alleen casussen gestart op of voor deze datum.")
    var startedUntil: String?

    @Option(help: "Uitvoer: md (standaard).")
    var format: String = "md"

    @Option(name: .shortAndLong, help: "Uitvoerbestand (standaard: stdout).")
    var output: String = "-"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if started != nil && (startedFrom != nil || startedUntil != nil) {
            throw ValidationError("Geef --started óf --started-from/--started-until, niet allebei.")
        }
        for (name, value) in [("--as-of", asOf), ("--started-from", startedFrom ?? "2000"), ("--started-until", startedUntil ?? "2000")] {
            do {
                _ = try PartialDate(parsing: value)
            } catch {
                throw ValidationError("Onleesbare datum '\(value)' bij \(name). Schrijf bijvoorbeeld 31-12-2014.")
            }
        }
        guard ["md"].contains(format) else {
            throw ValidationError("Onbekend formaat '\(format)'. Kies md.")
        }
    }

    func run() throws {
        let lang = language.lang
        let loaded = InputCollector(language: lang).collect(inputs)
        Console.report(loaded.diagnostics, language: lang)
        if loaded.hasErrors { throw ExitCode(1) }
        let asOfDate = try PartialDate(parsing: asOf)
        var selection = CohortSelection(asOf: asOfDate.latestDay)
        if let started {
            selection = .started(in: started, asOf: asOfDate.latestDay)
        } else {
            selection.startedFrom = try startedFrom.map { try PartialDate(parsing: $0).earliestDay }
            selection.startedUntil = try startedUntil.map { try PartialDate(parsing: $0).latestDay }
        }
        let cohort = Cohort(loaded.journeys, selection: selection)
        try Files.write(Array(cohort.markdown(lang).utf8), to: output)
    }
}
