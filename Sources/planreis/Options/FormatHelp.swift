import ArgumentParser
import PlanreisFormats

/// Help texts that name the input formats, built from `JourneyFormat` so that every command
/// names every format it reads (help is in Dutch, like everything planreis says by default).
enum FormatHelp {
    /// `Invoerbestand: .planreis.xml, .csv, .json, .xes of .xes.gz.`
    static let inputFile = ArgumentHelp("Invoerbestand: \(JourneyFormat.readableList(.nl)).")
    /// For commands that take many inputs.
    static let inputFiles = ArgumentHelp("Bestanden of mappen met \(JourneyFormat.readableList(.nl)).")
    /// `--from` / `--format` of a journey file.
    static let inputFormat = ArgumentHelp(
        "Type van de invoer als de extensie het niet zegt: \(JourneyFormat.wordList(.nl)).")
    /// `--format` of `convert` and `anonymize`.
    static let outputFormat = ArgumentHelp("Type van de uitvoer: \(JourneyFormat.wordList(.nl)).")
}
