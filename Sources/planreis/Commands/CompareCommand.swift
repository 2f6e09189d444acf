import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport

/// `planreis compare FILES|DIRS… --as-of DATE`: cohort tables for researchers.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Vergelijk casussen: status op een datum, duur van fasen, kleurcodes, kenmerken, partijen, stilstand.",
        discussion: """
            Uitvoer: md (tabellen), csv (één lange tabel voor Excel), json (planreis-cohort, versie 2,
            zie Templates/schemas/cohort.schema.json) of html (één pagina met de tabellen en alle
            casussen naast elkaar). Met --per-case: één rij per casus als csv of json, voor R en
            pandas (kolommen in docs/research-exports.md). Een casus die in meer invoer staat
            (zelfde id of inhoud), telt één keer.
            """)

    @Argument(help: FormatHelp.inputFiles)
    var inputs: [String] = []

    @Option(name: .customLong("as-of"), help: "Peildatum, bijvoorbeeld 31-12-2014.")
    var asOf: String

    @Option(help: "Alleen casussen gestart in dit jaar.")
    var started: Int?

    @Option(name: .customLong("started-from"), help: "Alleen casussen gestart op of na deze datum.")
    var startedFrom: String?

    @Option(name: .customLong("started-until"), help: "Alleen casussen gestart op of voor deze datum.")
    var startedUntil: String?

    @Option(name: .customLong("running-on"), help: "Alleen casussen die op deze datum nog liepen (niet eerder afgesloten of beëindigd).")
    var runningOn: String?

    @Option(help: "Uitvoer: md (standaard), csv, json of html; anders volgt het uit de extensie van -o.")
    var format: TableOutput?

    @Option(name: .shortAndLong, help: "Uitvoerbestand (standaard: stdout).")
    var output: String = "-"

    @Flag(name: .customLong("per-case"), help: "Eén rij per casus (csv of json) in plaats van de tabellen.")
    var perCase = false

    @Option(
        parsing: .upToNextOption,
        help: "Alleen deze kenmerken tellen (sleutels), ook met veel waarden; standaard alle met hooguit 20 waarden.")
    var tags: [String] = []

    @Option(name: .customLong("quiet-days"), help: "Stille periodes langer dan dit aantal dagen heten 'geen informatie'.")
    var quietDays: Int = 90

    @Option(
        name: .customLong("min-cell"),
        help: "Scherm kleine aantallen af: aantallen onder N worden '< N', met de cijfers die ze zouden verraden (standaard uit).")
    var minCell: Int?

    /// For benchmarks only: compare this many generated journeys instead of files.
    @Option(help: .hidden)
    var synthetic: Int?

    /// For benchmarks only: the seed of the generated journeys.
    @Option(help: .hidden)
    var seed: UInt64 = 1

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let minCell, minCell < 2 {
            throw ValidationError("--min-cell moet minstens 2 zijn, niet \(minCell). Gebruikelijk is 5 (CBS) of 10.")
        }
        if started != nil && (startedFrom != nil || startedUntil != nil) {
            throw ValidationError("Geef --started óf --started-from/--started-until, niet allebei.")
        }
        for (name, value) in [
            ("--as-of", asOf), ("--started-from", startedFrom ?? "2000"), ("--started-until", startedUntil ?? "2000"),
            ("--running-on", runningOn ?? "2000"),
        ] {
            do {
                _ = try PartialDate(parsing: value)
            } catch {
                throw ValidationError("Onleesbare datum '\(value)' bij \(name). Schrijf bijvoorbeeld 31-12-2014.")
            }
        }
        guard quietDays > 0 else { throw ValidationError("--quiet-days moet groter dan 0 zijn, niet \(quietDays).") }
        if perCase && minCell != nil {
            throw ValidationError("--per-case geeft één rij per casus; dat gaat niet samen met --min-cell. Laat een van beide weg.")
        }
        if perCase, let format, format == .md || format == .html {
            throw ValidationError("--per-case schrijft csv of json, niet \(format.rawValue). Geef --format csv of --format json.")
        }
        if inputs.isEmpty && synthetic == nil { throw ValidationError("Geef een of meer bestanden of mappen om te vergelijken.") }
        if let synthetic, synthetic < 1 { throw ValidationError("--synthetic moet groter dan 0 zijn, niet \(synthetic).") }
    }

    func run() throws {
        let lang = language.lang
        let resolved = TableOutput.resolve(format, output: output, fallback: .md)!
        let asOfDate = try PartialDate(parsing: asOf)
        var selection = CohortSelection(asOf: asOfDate.latestDay)
        if let started {
            selection = .started(in: started, asOf: asOfDate.latestDay)
        } else {
            selection.startedFrom = try startedFrom.map { try PartialDate(parsing: $0).earliestDay }
            selection.startedUntil = try startedUntil.map { try PartialDate(parsing: $0).latestDay }
        }
        selection.runningOn = try runningOn.map { try PartialDate(parsing: $0).earliestDay }
        let options = CohortOptions(
            quietThresholdDays: quietDays, keepTimelines: resolved == .html && !perCase, keepCaseRows: perCase,
            tagKeys: tags.isEmpty ? nil : tags)
        var cohort: Cohort
        if let synthetic {
            let seed = self.seed
            cohort = CohortBuilder.build(count: synthetic, parts: 2, selection: selection, options: options) { index in
                Self.syntheticJourney(index, seed: seed)
            }
        } else {
            var builder = CohortBuilder(selection: selection, options: options)
            let (diagnostics, summary) = InputCollector(language: lang, limits: limits.readLimits).forEachCase(inputs) {
                builder.add($0)
            }
            Console.report(diagnostics, language: lang)
            if diagnostics.hasErrors { throw ExitCode(1) }
            var built = builder.finish()
            built.input = summary
            cohort = built
        }
        if perCase {
            let table = CaseRowTable(cohort)
            try Files.write(resolved == .json ? Array(table.json.utf8) : table.csv, to: output)
            return
        }
        if let minCell { cohort = cohort.suppressingSmallCells(below: minCell) }
        let bytes: [UInt8]
        switch resolved {
        case .md: bytes = Array(cohort.markdown(lang).utf8)
        case .csv: bytes = cohort.csv(lang)
        case .xlsx: bytes = cohort.xlsx(lang)
        case .json: bytes = Array(CohortJSONWriter().write(cohort).utf8)
        case .html: bytes = Array(cohort.html(lang).utf8)
        }
        try Files.write(bytes, to: output)
    }

    /// Generated journey `index` for benchmarks: about 50 events over 12 lanes, starting on a
    /// day in 2013–2015 drawn from the seed.
    static func syntheticJourney(_ index: Int, seed: UInt64) -> PlanreisModel.Journey {
        let caseSeed = seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index)
        var random = SeededGenerator(seed: caseSeed)
        let start = CivilDate.dayNumber(year: 2013, month: 1, day: 1) + Int(random.next() % 1_095)
        return SyntheticJourney(seed: caseSeed).make(id: "synthetisch-\(index + 1)", events: 50, actors: 12, startDay: start)
    }
}
