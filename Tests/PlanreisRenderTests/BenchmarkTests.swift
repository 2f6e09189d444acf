import Foundation
import PlanreisModel
import PlanreisRender
import Testing

/// Timings of layout and SVG for generated journeys of 100, 1,000 and 10,000 events over 20
/// actors. Runs only when `PLANREIS_BENCH_OUT` names a file to append the results to; meant for
/// release builds (`swift test -c release`), the numbers of a debug build mean little.
@Suite struct BenchmarkTests {
    @Test func layoutAndSVGScaleNearLinearly() throws {
        guard let path = ProcessInfo.processInfo.environment["PLANREIS_BENCH_OUT"] else { return }
        var lines: [String] = []
        for count in [100, 1_000, 10_000] {
            let journey = Fixtures.generated(events: count)
            let clock = ContinuousClock()
            var layout: SwimlaneLayout? = nil
            let layoutTime = clock.measure { layout = SwimlaneLayout(journey) }
            var svg = ""
            let svgTime = clock.measure { svg = SVGRenderer.render(layout!, of: journey) }
            let fittedTime = clock.measure { _ = SwimlaneLayout.fitted(journey) }
            lines.append(
                "\(journey.events.count) events: layout \(layoutTime), svg \(svgTime), fitted layout \(fittedTime), "
                    + "\(svg.utf8.count / 1024) KiB, \(layout!.height) high")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let handle =
            FileHandle(forWritingAtPath: path)
            ?? {
                FileManager.default.createFile(atPath: path, contents: nil)
                return FileHandle(forWritingAtPath: path)!
            }()
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    }
}
