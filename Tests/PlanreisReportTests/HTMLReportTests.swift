import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisText
import Testing

@testable import PlanreisReport

@Suite struct HTMLReportTests {
    /// The text of the `<script type="application/json">` block.
    static func dataBlock(_ html: String) throws -> String {
        let open = "<script type=\"application/json\" id=\"planreis-data\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// The cells of the table row of event `index`.
    static func row(_ index: Int, in html: String) throws -> String {
        let open = "<tr id=\"event-row-\(index)\">"
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</tr>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// A temporary folder, removed afterwards.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    @Test func isOneSelfContainedFile() throws {
        let html = try HTMLReport.render(Fixtures.allKinds)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"))
        // No URL other than the SVG namespace: nothing to load from anywhere.
        var rest = Substring(html)
        while let range = rest.range(of: "http") {
            #expect(rest[range.lowerBound...].hasPrefix("http://www.w3.org/2000/svg") || rest[range.lowerBound...].hasPrefix("http-equiv"))
            rest = rest[range.upperBound...]
        }
        #expect(!html.contains("src=\""))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url(http"))
        #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"planreis-timeline\""))
        #expect(html.contains("@page { size: A3 landscape"))
    }

    @Test func scriptHashMatchesThePolicy() throws {
        let html = try HTMLReport.render(Fixtures.allKinds)
        let policyStart = try #require(html.range(of: "script-src &#39;sha256-"))
        let policyEnd = try #require(html.range(of: "&#39;", range: policyStart.upperBound..<html.endIndex))
        let hash = String(html[policyStart.upperBound..<policyEnd.lowerBound])
        let scriptOpen = try #require(html.range(of: "<script>", options: .backwards))
        let scriptClose = try #require(html.range(of: "</script>", options: .backwards))
        let script = String(html[scriptOpen.upperBound..<scriptClose.lowerBound])
        #expect(Data(SHA256.hash(Array(script.utf8))).base64EncodedString() == hash)
        #expect(!html.contains("unsafe-inline'; script") && !html.contains("script-src &#39;unsafe-inline"))
    }

    @Test func eventDataCannotBreakOutOfItsScript() throws {
        let journey = Fixtures.hostile
        let html = try HTMLReport.render(journey)
        let block = try Self.dataBlock(html)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            #expect(!block.contains(forbidden), "raw \(forbidden) in the JSON block")
        }
        // Exactly the two script elements the template writes.
        #expect(html.components(separatedBy: "</script>").count == 3)
        #expect(html.components(separatedBy: "<script").count == 3)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.count == journey.events.count)
        #expect(events[3]["title"] as? String == "</script><!-- <script>")
        // The description is in the table row, not again in the data.
        #expect(events[4]["description"] == nil)
        #expect(try Self.row(4, in: html).contains("line"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    }

    @Test func detailsDataCarryDatesLinksAndTags() throws {
        let journey = Fixtures.allKinds
        let object = try JSONSerialization.jsonObject(with: Data(Self.dataBlock(HTMLReport.render(journey)).utf8)) as! [String: Any]
        let events = object["events"] as! [[String: Any]]
        let html = try HTMLReport.render(journey)
        let obstacleIndex = journey.events.firstIndex { $0.kind == .obstacle }!
        let obstacle = events[obstacleIndex]
        // Date, kind and actor are read from the event's table row (the data holds them once).
        #expect(obstacle["date"] == nil && obstacle["kind"] == nil && obstacle["actor"] == nil)
        let row = try Self.row(obstacleIndex, in: html)
        #expect(row.hasPrefix("<td>15 juli 2020</td><td><bdi>Woningcorporatie</bdi></td><td>Obstakel</td>"))
        #expect(row.contains("data-show=\"\(obstacleIndex)\"><bdi>Geen urgentie zonder inkomen</bdi></button></th>"))
        let links = obstacle["links"] as! [[String: Any]]
        #expect(links.first?["label"] as? String == "opgelost door")
        #expect(links.first?["title"] as? String == "Tijdelijke woning via gemeente")
        let waitIndex = journey.events.firstIndex { $0.kind == .wait }!
        #expect(try Self.row(waitIndex, in: html).hasPrefix("<td>juni 2021 – februari 2022</td>"))
        #expect(events[waitIndex]["links"] == nil && events[waitIndex]["tags"] == nil)
        let labels = object["labels"] as! [String: String]
        #expect(labels["details"] == "Details")
    }

    @Test func hasAnAccessibleTableOfAllEvents() throws {
        let journey = Fixtures.allKinds
        let html = try HTMLReport.render(journey)
        #expect(html.components(separatedBy: "<tr id=\"event-row-").count - 1 == journey.events.count)
        #expect(html.contains("<caption>Alle gebeurtenissen in tijdsvolgorde"))
        #expect(html.contains("<th scope=\"col\">Datum</th>"))
        #expect(html.contains("zonder bruikbare datum"))
        // Filter: one checkbox per lane.
        #expect(html.components(separatedBy: "<input type=\"checkbox\" data-lane=").count - 1 == 5)
    }

    @Test func summaryIsIncludedOnlyWhenGiven() throws {
        let without = try HTMLReport.render(Fixtures.allKinds)
        #expect(!without.contains("summary-heading"))
        let with = try HTMLReport.render(Fixtures.allKinds, summary: "<p class=\"stall\">Stilstand: 8 maanden</p>")
        #expect(with.contains("<p class=\"stall\">Stilstand: 8 maanden</p>"))
        #expect(with.contains("<h2 id=\"summary-heading\">Analyse</h2>"))
    }

    @Test func everyLabelFollowsTheLanguage() throws {
        let html = try HTMLReport.render(Fixtures.allKinds, language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        for english in ["All events", "Show lanes", "Zoom in", "Facts", "Count per kind", "Legend"] {
            #expect(html.contains(english), "missing \(english)")
        }
        for dutch in ["Alle gebeurtenissen", "Banen tonen", "Inzoomen", "Feiten", "Legenda"] {
            #expect(!html.contains(dutch), "Dutch \(dutch) in English report")
        }
    }

    @Test func sameJourneySameReport() throws {
        let journey = Fixtures.generated(events: 200)
        #expect(try HTMLReport.render(journey) == HTMLReport.render(journey))
    }

    @Test func aTemplateFolderMayOverrideOnlyTheStylesheet() throws {
        try Self.withTemporaryFolder { folder in
            try "body { background: #123456; }".write(to: folder.appendingPathComponent("report.css"), atomically: true, encoding: .utf8)
            let html = try HTMLReport.render(Fixtures.allKinds, templates: folder)
            #expect(html.contains("body { background: #123456; }"))
            #expect(!html.contains("--accent"))
            #expect(html.contains("<table>"))
        }
    }

    @Test func aTemplateFolderWithAReportSubfolderWorks() throws {
        try Self.withTemporaryFolder { folder in
            let report = folder.appendingPathComponent("report")
            try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
            try "<p>{{title}} {{strings.timeline}}</p>".write(
                to: report.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
            let html = try HTMLReport.render(Fixtures.hostile, templates: folder)
            #expect(html == "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Tijdlijn</p>")
        }
    }

    @Test func templateErrorsNameFileLineAndColumn() throws {
        try Self.withTemporaryFolder { folder in
            try "<p>\n{{#rows}}\n{{title}}\n{{/wrong}}</p>".write(
                to: folder.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
            do {
                _ = try HTMLReport.render(Fixtures.allKinds, templates: folder)
                Issue.record("a broken template rendered")
            } catch let error as HTMLReportError {
                guard case .syntax(let file, let line, _, _) = error else {
                    Issue.record("unexpected \(error)")
                    return
                }
                #expect(file.hasSuffix("report.mustache"))
                #expect(line == 4)
                #expect(error.message.nl.contains("fout in Mustache-sjabloon"))
            }
        }
    }

    @Test func aMissingTemplateFolderIsReported() {
        let missing = URL(fileURLWithPath: "/nonexistent/planreis-templates")
        #expect(throws: HTMLReportError.templatesNotFound(path: missing.path)) {
            try HTMLReport.render(Fixtures.allKinds, templates: missing)
        }
    }
}
