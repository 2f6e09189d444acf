import ArgumentParser
import PlanreisFormats
import PlanreisModel

/// `planreis convert IN -o OUT`: between .planreis.xml, .csv and .json, losing nothing.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Zet een planreis om tussen .planreis.xml, .csv en .json zonder iets te verliezen.")

    @Argument(help: "Invoerbestand.")
    var input: String

    @Option(name: .shortAndLong, help: "Uitvoerbestand; het type volgt uit de extensie (of --format). - schrijft naar stdout.")
    var output: String

    @Option(name: .customLong("from"), help: "Type van de invoer als de extensie het niet zegt: xml, csv of json.")
    var inputFormat: JourneyFormat?

    @Option(help: "Type van de uitvoer: xml, csv of json.")
    var format: JourneyFormat?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if format == nil && JourneyFormat.detect(path: output) == nil {
            throw ValidationError(
                "Onbekend uitvoertype voor '\(output)'. Gebruik .planreis.xml, .csv of .json, of geef --format xml|csv|json.")
        }
    }

    func run() throws {
        let lang = language.lang
        let loaded = JourneyLoader(language: lang).load(input, format: inputFormat)
        Console.report(loaded.diagnostics, language: lang)
        guard !loaded.hasErrors else {
            Console.error(lang == .nl ? "niets geschreven: los eerst de fouten op" : "nothing written: fix the errors first")
            throw ExitCode(1)
        }
        let outputFormat = format ?? JourneyFormat.detect(path: output)!
        do {
            try Files.write(outputFormat.write(loaded.journeys), to: output)
        } catch {
            Console.error(
                lang == .nl ? "fout: kan \"\(output)\" niet schrijven: \(error.localizedDescription)"
                    : "error: cannot write \"\(output)\": \(error.localizedDescription)")
            throw ExitCode(1)
        }
    }
}
