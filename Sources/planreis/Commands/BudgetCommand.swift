import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport

/// `planreis budget FILES|DIRS… --year YEAR`: the exception budget of a year for a municipality.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Maatwerkbudget van een jaar: uitzonderingen per gemeente, categorie, betaler en grondslag; gebruik; signalen.",
        discussion: """
            Een uitzondering telt mee als de dagen die haar datum (of periode) kan betekenen het jaar
            raken; een onnauwkeurige datum die deels buiten het jaar valt, telt volledig mee en wordt
            gemeld. Vermeden kosten zijn verwacht (kosten × kans). Het budget betaalt de kostenregels
            met als betaler de gemeente. Uitvoer: md, csv, json (planreis-budget, versie 1, zie
            Templates/schemas/budget.schema.json) of html.
            """)

    @Argument(help: FormatHelp.inputFiles)
    var inputs: [String]

    @Option(help: "Het begrotingsjaar, bijvoorbeeld 2024.")
    var year: Int

    // Unconditional, so that "--budget -5" reaches validate() and is refused for its sign.
    @Option(parsing: .unconditional, help: "Beschikbaar budget in euro's, bijvoorbeeld 40000, 40.000,00 of € 40.000.")
    var budget: String?

    @Option(help: "Alleen casussen van deze gemeente (of, zonder gemeente, van deze regio).")
    var municipality: String?

    @Option(help: "Uitvoer: md (standaard), csv, json of html; anders volgt het uit de extensie van -o.")
    var format: TableOutput?

    @Option(name: .shortAndLong, help: "Uitvoerbestand (standaard: stdout).")
    var output: String = "-"

    @Option(help: "Prijslijst (CSV) in plaats van de meegeleverde Samples/prijslijst.csv.")
    var prices: String?

    @Option(
        name: .customLong("min-cell"),
        help: "Scherm kleine aantallen af: aantallen onder N worden '< N', met de cijfers die ze zouden verraden (standaard uit).")
    var minCell: Int?

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let minCell, minCell < 2 {
            throw ValidationError("--min-cell moet minstens 2 zijn, niet \(minCell). Gebruikelijk is 5 (CBS) of 10.")
        }
        guard (1900...2200).contains(year) else {
            throw ValidationError("Onbekend jaar '\(year)' bij --year. Geef een jaartal, bijvoorbeeld 2024.")
        }
        if let budget {
            let amount: Money
            do {
                amount = try Money(parsing: budget)
            } catch {
                throw ValidationError(
                    "Onleesbaar bedrag '\(budget)' bij --budget. \(error.hint.nl.prefix(1).uppercased() + error.hint.nl.dropFirst()).")
            }
            guard amount.cents > 0 else {
                throw ValidationError("Het bedrag bij --budget moet groter dan nul zijn, niet '\(budget)'. Geef bijvoorbeeld 40000.")
            }
        }
        if let municipality, municipality.allSatisfy(\.isWhitespace) {
            throw ValidationError("Lege gemeente bij --municipality. Geef een naam, bijvoorbeeld Tilburg.")
        }
    }

    func run() throws {
        let lang = language.lang
        let priceList = try PriceListLoader.load(prices, language: lang, limits: limits.readLimits)
        let available = try budget.map { try Money(parsing: $0) }
        let selection = BudgetSelection(year: year, municipality: municipality, available: available)
        var builder = BudgetBuilder(selection: selection, priceList: priceList)
        let (diagnostics, summary) = InputCollector(language: lang, limits: limits.readLimits).forEachCase(inputs) { builder.add($0) }
        Console.report(diagnostics, language: lang)
        if diagnostics.hasErrors { throw ExitCode(1) }
        var result = builder.finish()
        result.input = summary
        if let municipality, result.casesRead == 0 {
            Console.error(Self.noSuchMunicipality(municipality, in: result, lang))
            throw ExitCode(2)
        }
        if let minCell { result = result.suppressingSmallCells(below: minCell) }
        let bytes: [UInt8]
        switch TableOutput.resolve(format, output: output, fallback: .md)! {
        case .md: bytes = Array(result.markdown(lang).utf8)
        case .csv: bytes = result.csv(lang)
        case .xlsx: bytes = result.xlsx(lang)
        case .json: bytes = Array(BudgetJSONWriter().write(result).utf8)
        case .html: bytes = Array(result.html(lang).utf8)
        }
        try Files.write(bytes, to: output)
    }

    /// The error for a --municipality that matches no case: the names that do exist.
    static func noSuchMunicipality(_ name: String, in budget: Budget, _ lang: Language) -> String {
        let names = budget.areas.map { $0.label(lang) }
        if lang == .nl {
            let list = names.isEmpty ? "geen enkele casus noemt een gemeente of regio" : "wel: " + names.joined(separator: ", ")
            return "Geen casus van gemeente of regio '\(name)' bij --municipality; \(list)."
        }
        let list = names.isEmpty ? "no case names a municipality or region" : "present: " + names.joined(separator: ", ")
        return "No case of municipality or region '\(name)' for --municipality; \(list)."
    }
}
