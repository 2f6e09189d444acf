import Foundation
import PlanreisModel
import PlanreisRender
import Testing

/// Writes previews for people to look at when `PLANREIS_PREVIEW_DIR` is set; otherwise does nothing.
@Suite struct PreviewTests {
    @Test func writePreviews() throws {
        guard let directory = ProcessInfo.processInfo.environment["PLANREIS_PREVIEW_DIR"] else { return }
        var journeys = [
            ("alle-soorten", Fixtures.allKinds), ("vijandig", Fixtures.hostile), ("stilte", Fixtures.quietGap),
            ("gegenereerd-300", Fixtures.generated(events: 300)),
        ]
        for file in Fixtures.sampleFiles {
            journeys.append((String(file.dropLast(".planreis.xml".count)), try Fixtures.sample(file)))
        }
        for (name, journey) in journeys {
            let svg = SVGRenderer.render(journey)
            try svg.write(toFile: directory + "/\(name).svg", atomically: true, encoding: .utf8)
            let html = try HTMLReport.render(journey)
            try html.write(toFile: directory + "/\(name).html", atomically: true, encoding: .utf8)
        }
        let english = try HTMLReport.render(Fixtures.allKinds, summary: "<p>Summary <strong>fragment</strong></p>", language: .en)
        try english.write(toFile: directory + "/all-kinds.en.html", atomically: true, encoding: .utf8)
    }
}
