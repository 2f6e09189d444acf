import ArgumentParser
import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport

extension PlanreisBench {
    /// `planreis-bench report --events N -o FILE.html`: the HTML report of a seeded generated
    /// journey, as `planreis render` writes it but without the analysis (its summary and the
    /// stalls it shades) unless `--with-analysis`, for size and paint-time measurements
    /// (`Tests/bench/report_scale.py`). The time of the analysis goes to stderr.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the HTML report of a generated journey (seeded, reproducible; without the analysis).")

        @Option(help: "Number of events.") var events = 1_000
        @Option(help: "Number of actors (lanes).") var actors = 20
        @Option(help: "Random seed.") var seed: UInt64 = 7
        @Option(name: .shortAndLong, help: "Output file (.html).") var output: String
        @Flag(help: "Include the analysis (summary and shaded stalls), as `planreis render` does.")
        var withAnalysis = false

        func run() throws {
            let journey = SyntheticJourney(seed: seed).make(id: "gegenereerd-1", events: events, actors: actors)
            guard withAnalysis else {
                try Data(try HTMLReport.render(journey).utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                return
            }
            let clock = ContinuousClock()
            var analysis: Analysis?
            let elapsed = clock.measure { analysis = Analyzer(priceList: PriceList.shipped().priceList).analyze(journey) }
            FileHandle.standardError.write(Data("analysis of \(events) events: \(elapsed)\n".utf8))
            let html = try HTMLReport.render(
                journey, summary: AnalysisHTMLWriter().write(analysis!), stalls: analysis!.stalls.stalls)
            try Data(html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }
}
