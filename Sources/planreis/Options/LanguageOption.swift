import ArgumentParser
import PlanreisFormats
import PlanreisModel

extension Language: ExpressibleByArgument {}

/// `--lang nl|en` and `--all-warnings`, shared by every subcommand.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Taal van de uitvoer: nl (standaard) of en.")
    var lang: Language = .nl

    @Flag(
        name: .customLong("all-warnings"),
        help:
            "Toon elke waarschuwing; standaard hoogstens \(WarningSummary.defaultLimit) per soort per bestand, dan één regel met het aantal."
    )
    var allWarnings = false

    /// Sets how the console reports warnings (called by the parser for every subcommand).
    func validate() throws {
        Console.showsAllWarnings = allWarnings
    }
}
