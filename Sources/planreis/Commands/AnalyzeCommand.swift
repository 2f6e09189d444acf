import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport
import PlanreisText

/// `planreis analyze FILE`: where the bureaucracy stalled and what each exception is worth.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Waar liep de bureaucratie vast, en wat levert elke uitzondering op (micro-kosten-baten)?")

    @Argument(help: FormatHelp.inputFile)
    var input: String

    @Option(help: "Uitvoer: md (standaard), json, html, of household (één pagina in eenvoudig Nederlands voor het huishouden, HTML).")
    var format: AnalysisOutput?

    @Option(name: .shortAndLong, help: "Uitvoerbestand (standaard: stdout); het type volgt uit de extensie.")
    var output: String = "-"

    @Option(help: "Prijslijst (CSV) in plaats van de meegeleverde Samples/prijslijst.csv.")
    var prices: String?

    @Option(name: .customLong("quiet-days"), help: "Stille periodes langer dan dit aantal dagen heten 'geen informatie'.")
    var quietDays: Int = 90

    @Option(
        name: .customLong("min-stall-days"),
        help: "Een gat korter dan dit aantal dagen is geen stilstand (standaard 14); expliciete wachttijden tellen altijd.")
    var minStallDays: Int = StallDetector.defaultMinStallDays

    @Option(
        help:
            "Selectiecriteria (CSV) in plaats van de meegeleverde checklist 'Selectie casus voor het Interventieteam HG' (Templates/criteria/interventieteam-hg.csv)."
    )
    var criteria: String?

    @Option(help: "Alleen de reis met deze id (als het bestand er meer bevat).")
    var journey: String?

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard quietDays > 0 else { throw ValidationError("--quiet-days moet groter dan 0 zijn, niet \(quietDays).") }
        guard minStallDays >= 0 else {
            throw ValidationError("--min-stall-days mag niet negatief zijn, niet \(minStallDays).")
        }
    }

    var resolvedFormat: AnalysisOutput {
        .resolve(format, output: output, fallback: .md)!
    }

    func run() throws {
        let lang = language.lang
        let journeys = try JourneySelection.load(input, id: journey, language: lang, limits: limits.readLimits)
        let priceList = try PriceListLoader.load(prices, language: lang, limits: limits.readLimits)
        let checklist = try CriteriaLoader.load(criteria, language: lang, limits: limits.readLimits)
        let analyzer = Analyzer(
            priceList: priceList, options: AnalysisOptions(quietThresholdDays: quietDays, minStallDays: minStallDays), criteria: checklist)
        let analyses = journeys.map { analyzer.analyze($0) }
        let text: String
        switch resolvedFormat {
        case .md:
            text = analyses.map { AnalysisMarkdownWriter(language: lang).write($0) }.joined(separator: "\n")
        case .json:
            text =
                analyses.count == 1
                ? AnalysisJSONWriter().write(analyses[0])
                : JSONValue.object([
                    ("format", .string(AnalysisJSONWriter.format + "-set")),
                    ("version", .int(AnalysisJSONWriter.version)),
                    ("analyses", .array(analyses.map { AnalysisJSONWriter().value($0) })),
                ]).serialized() + "\n"
        case .html:
            text = analyses.map { AnalysisHTMLWriter(language: lang).write($0) }.joined(separator: "\n")
        case .household:
            text = analyses.map { HouseholdPage(language: lang).write($0) }.joined(separator: "\n")
        }
        try Files.write(Array(text.utf8), to: output)
    }
}
