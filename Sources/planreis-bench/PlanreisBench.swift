import ArgumentParser
import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport
import PlanreisXML

/// Benchmarks and generated inputs for planreis. Build it in release mode:
/// `swift build -c release --product planreis-bench`. Figures go to standard output; nothing
/// here runs in the tests.
@main
struct PlanreisBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planreis-bench",
        abstract: "Benchmarks and generated journeys for planreis (release builds).",
        subcommands: [Generate.self, Render.self, Report.self, XES.self])
}

/// Peak resident memory of this process so far, in MiB.
func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

extension PlanreisBench {
    /// `planreis-bench generate --events N -o FILE`: seeded synthetic journeys, in any format.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write generated journeys (seeded, reproducible).")

        @Option(help: "Number of events per journey.") var events = 500
        @Option(help: "Number of actors (lanes).") var actors = 20
        @Option(help: "Random seed.") var seed: UInt64 = 1
        @Option(help: "Number of journeys.") var journeys = 1
        @Option(name: .shortAndLong, help: "Output file (.planreis.xml, .csv or .json).") var output: String

        func run() throws {
            guard let format = JourneyFormat.detect(path: output) else {
                throw ValidationError("Unknown output type '\(output)'; use .planreis.xml, .csv or .json.")
            }
            let generated = (0..<journeys).map { index in
                SyntheticJourney(seed: seed &+ UInt64(index)).make(id: "gegenereerd-\(index + 1)", events: events, actors: actors)
            }
            try Data(format.write(generated)).write(to: URL(fileURLWithPath: output), options: .atomic)
        }
    }

    /// `planreis-bench render`: layout, SVG and HTML of generated journeys of growing size.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time layout, SVG and the HTML report for journeys of 100, 1,000 and 10,000 events over 20 actors.")

        @Option(parsing: .upToNextOption, help: "Journey sizes in events.") var sizes: [Int] = [100, 1_000, 10_000]
        @Option(help: "Repetitions per size (the best is reported).") var repeats = 5

        func run() throws {
            print("events  layout_ms  svg_ms  html_ms  svg_kib  peak_rss_mib")
            for size in sizes {
                let journey = SyntheticJourney(seed: 7).make(id: "bench-\(size)", events: size, actors: 20)
                var best = (layout: Double.infinity, svg: Double.infinity, html: Double.infinity)
                var bytes = 0
                for _ in 0..<repeats {
                    let clock = ContinuousClock()
                    var layout: SwimlaneLayout?
                    let l = clock.measure { layout = SwimlaneLayout.fitted(journey, language: .nl) }
                    var svg = ""
                    let s = clock.measure { svg = SVGRenderer.render(layout!, of: journey, interactive: true) }
                    let h = try clock.measure { _ = try HTMLReport.render(journey) }
                    bytes = svg.utf8.count
                    best = (min(best.layout, l.milliseconds), min(best.svg, s.milliseconds), min(best.html, h.milliseconds))
                }
                print(
                    String(
                        format: "%6d  %9.1f  %6.1f  %7.1f  %7d  %12.1f", journey.events.count, best.layout, best.svg, best.html,
                        bytes / 1024, peakMemoryMiB()))
            }
        }
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}

extension PlanreisBench {
    /// `planreis-bench xes FILE`: where the time of an XES import goes, stage by stage, best of
    /// several runs in this process: the XML layer alone (libxml2's SAX2 parser and the queue,
    /// every attribute read as bytes), then the whole import (journeys, source maps, checks).
    struct XES: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Time the stages of an XES import.")

        @Argument(help: "An .xes or .xes.gz log.") var file: String
        @Option(help: "Repetitions (the best is reported).") var repeats = 3
        @Flag(help: "Only the XML layer (for profiling it).") var xmlOnly = false

        func run() throws {
            func best(_ body: () -> (Int, Int)) -> (seconds: Double, counts: (Int, Int)) {
                var fastest = Double.infinity
                var counts = (0, 0)
                for _ in 0..<max(1, repeats) {
                    let start = DispatchTime.now().uptimeNanoseconds
                    counts = body()
                    fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }
                return (fastest, counts)
            }
            for parseAhead in [false, true] {
                let scan = best {
                    let reader = XMLPullReader(.file(path: file), parseAhead: parseAhead)
                    var elements = 0, bytes = 0
                    while let node = reader.next() {
                        guard node == .startElement else { continue }
                        elements += 1
                        bytes += reader.withAttributes("key", "value") { key, value, _ in (key?.count ?? 0) + (value?.count ?? 0) }
                    }
                    return (elements, bytes)
                }
                print(
                    String(
                        format: "xml layer%@ %7.3f s  %d elements, %d attribute bytes", parseAhead ? " (parse ahead)" : "",
                        scan.seconds, scan.counts.0, scan.counts.1))
            }
            guard !xmlOnly else { return }
            for parseAhead in [false, true] {
                let read = best {
                    var traces = 0, events = 0
                    XESFormat.stream(contentsOf: file, parseAhead: parseAhead) { trace in
                        traces += 1
                        events += trace.journeys.first?.events.count ?? 0
                    }
                    return (traces, events)
                }
                print(
                    String(
                        format: "import%@ %7.3f s  %d traces, %d events", parseAhead ? " (parse ahead)" : "", read.seconds,
                        read.counts.0, read.counts.1))
            }
            print(String(format: "peak memory %7.1f MiB", peakMemoryMiB()))
        }
    }
}
