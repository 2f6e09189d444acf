import ArgumentParser
import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport

/// `planreis render FILE -o OUT.html|OUT.svg|OUT.pdf`: the swimlane timeline.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Teken de planreis als tijdlijn met banen per actor: HTML-rapport, SVG of PDF (A3 liggend of A4 staand).")

    @Argument(help: FormatHelp.inputFile)
    var input: String

    @Option(name: .shortAndLong, help: "Uitvoerbestand: .html, .svg of .pdf.")
    var output: String

    @Option(help: "Uitvoer als de extensie het niet zegt: html, svg of pdf.")
    var format: TimelineOutput?

    @Option(help: "Map met eigen sjablonen (report.mustache, report.css, report.js) in plaats van Templates/report.")
    var template: String?

    @Option(help: "Alleen de reis met deze id (als het bestand er meer bevat).")
    var journey: String?

    @Option(help: "Prijslijst (CSV) voor de kosten-batenanalyse in het rapport.")
    var prices: String?

    @Option(help: "Papier om op af te drukken: a3 (liggend, standaard) of a4 (staand); de tijdlijn wordt erop gepast.")
    var paper: Paper = .a3

    @Flag(name: .customLong("no-summary"), help: "Laat de analyse (stilstand, kosten en baten) weg uit het HTML-rapport.")
    var noSummary = false

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    var resolvedFormat: TimelineOutput? {
        .resolve(format, output: output, fallback: nil)
    }

    func validate() throws {
        if resolvedFormat == nil {
            throw ValidationError("Onbekend uitvoertype voor '\(output)'. Gebruik .html, .svg of .pdf, of geef --format html|svg|pdf.")
        }
        if resolvedFormat == .pdf && output == "-" {
            throw ValidationError("Een PDF kan niet naar stdout; geef een bestandsnaam, bijvoorbeeld -o planreis.pdf.")
        }
    }

    func run() throws {
        let lang = language.lang
        let picked = try JourneySelection.load(input, id: journey, language: lang, limits: limits.readLimits)
        guard let journey = picked.first else {
            Console.error(lang.pick("fout: het bestand bevat geen reis", "error: the file holds no journey"))
            throw ExitCode(1)
        }
        if picked.count > 1 {
            Console.error(
                lang.pick(
                    "waarschuwing: het bestand bevat \(picked.count) reizen; alleen \"\(journey.id)\" wordt getekend (kies met --journey)",
                    "warning: the file holds \(picked.count) journeys; only \"\(journey.id)\" is drawn (choose with --journey)"))
        }
        switch resolvedFormat! {
        case .svg:
            let svg = SVGRenderer.render(journey, options: SVGRenderer.Options(language: lang, paper: paper))
            try Files.write(Array(svg.utf8), to: output)
        case .html:
            try Files.write(Array(html(journey, language: lang).utf8), to: output)
        case .pdf:
            try PDFPrinter.print(html: html(journey, language: lang), to: output, paper: paper, language: lang)
        }
    }

    private func html(_ journey: Journey, language lang: Language) throws -> String {
        // The analysis shades each stall in the lane of whoever holds the ball, and its summary
        // is part of the report unless --no-summary.
        let priceList = try PriceListLoader.load(prices, language: lang, limits: limits.readLimits)
        let checklist = try CriteriaLoader.load(nil, language: lang, limits: limits.readLimits)
        let analysis = Analyzer(priceList: priceList, criteria: checklist).analyze(journey)
        let summary = noSummary ? nil : AnalysisHTMLWriter(language: lang).write(analysis)
        do {
            return try HTMLReport.render(
                journey, summary: summary, language: lang, templates: template.map { URL(fileURLWithPath: $0) },
                stalls: analysis.stalls.stalls, paper: paper)
        } catch {
            Console.error((lang.pick("fout: ", "error: ")) + String(describing: error))
            throw ExitCode(1)
        }
    }
}

extension Paper: ExpressibleByArgument {}
