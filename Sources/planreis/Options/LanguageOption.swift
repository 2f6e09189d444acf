import ArgumentParser
import PlanreisModel

extension Language: ExpressibleByArgument {}

/// `--lang nl|en`, shared by every subcommand.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Taal van de uitvoer: nl (standaard) of en.")
    var lang: Language = .nl
}
