import Foundation
import PlanreisAnalysis
import PlanreisModel
import Testing

@testable import PlanreisReport

/// A right-to-left override in user text reverses only that text, in the HTML report and the SVG.
@Suite struct BidiIsolationTests {
    static let rlo: Unicode.Scalar = "\u{202E}", pdf: Unicode.Scalar = "\u{202C}"
    static let fsi: Unicode.Scalar = "\u{2068}", pdi: Unicode.Scalar = "\u{2069}"
    /// Shows as "factuurexe.png": a stray isolate closer first, to end a `<bdi>`'s isolate early.
    static let title = "\u{2069}factuur\u{202E}gnp.exe"
    static let cleanTitle = "factuur\u{202E}gnp.exe\u{202C}"

    static var journey: Journey {
        var journey = Journey(
            id: "rlo", title: title, municipality: "Tilburg\u{202E}",
            actors: [Actor(id: "a", name: "Wijkteam \u{202E}nietsiw", group: .socialWork)])
        journey.events = [
            Event(
                actor: "a", kind: .event, date: try! PartialDate(parsing: "2020-03-01"), title: title,
                description: "\u{202E}regel 1\nregel 2", value: .text("\u{2067}waarde"), tags: [Tag(nil, "\u{202E}label")]),
            Event(actor: "a", kind: .request, date: try! PartialDate(parsing: "2020-04-01"), title: "Aanvraag"),
        ]
        return journey
    }

    /// The text between each `open` (a whole start tag, or its start up to the attributes) and
    /// the `close` that follows it.
    static func contents(of open: String, close: String, in text: String) -> [String] {
        text.components(separatedBy: open).dropFirst().compactMap { piece in
            guard let end = piece.range(of: close) else { return nil }
            let inner = piece[..<end.lowerBound]
            return String(open.hasSuffix(">") ? inner : inner.drop { $0 != ">" }.dropFirst())
        }
    }

    static func isBalanced(_ text: String) -> Bool {
        var depth = 0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202E where scalar.value != 0x202C, 0x2066...0x2068: depth += 1
            case 0x202C, 0x2069:
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
        }
        return depth == 0
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func reportPutsUserTextInBalancedBdiElements() throws {
        let html = try HTMLReport.render(Self.journey)
        let data = try HTMLReportTests.dataBlock(html)
        let markup = html.replacingOccurrences(of: data, with: "")
        let bdis = Self.contents(of: "<bdi", close: "</bdi>", in: markup)
        #expect(bdis.allSatisfy(Self.isBalanced), "\(bdis.map(Self.scalars))")
        #expect(bdis.contains { Self.scalars($0) == Self.scalars(Self.cleanTitle) }, "title in the <h1> and the table")
        #expect(markup.contains("<h1><bdi>"))
        #expect(markup.contains("<td><bdi>Wijkteam \u{202E}nietsiw\u{202C}</bdi></td>"))
        // Every override in the page outside the SVG is closed inside a <bdi> (or the <title>'s isolate).
        let titleElement = try #require(Self.contents(of: "<title>", close: "</title>", in: markup).first)
        #expect(titleElement.hasPrefix("&#x2068;") && titleElement.contains("&#x2069; — Tijdlijn"))
        let body = try #require(markup.components(separatedBy: "</svg>").last)
        let overridesInBody = body.unicodeScalars.filter { $0 == Self.rlo }.count
        let overridesInBdis = Self.contents(of: "<bdi", close: "</bdi>", in: body).map { $0.unicodeScalars.filter { $0 == Self.rlo }.count }
        #expect(overridesInBody > 0 && overridesInBody == overridesInBdis.reduce(0, +))
    }

    @Test func detailsDataAreIsolatedForTheScript() throws {
        let html = try HTMLReport.render(Self.journey)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(HTMLReportTests.dataBlock(html).utf8)) as? [String: Any])
        let events = try #require(object["events"] as? [[String: Any]])
        let first = events[0]
        let title = try #require(first["title"] as? String)
        #expect(Self.scalars(title) == Self.scalars(String(Character(Self.fsi)) + Self.cleanTitle + String(Character(Self.pdi))))
        #expect(Self.isBalanced(title))
        // Actor, description and value come from the table row, each in a <bdi> (checked above),
        // and the script shows them in a <bdi> of their own.
        #expect(first["actor"] == nil && first["description"] == nil)
        #expect(
            html.contains("field(list, labels.actor, cell(1))")
                && html.contains("dd.appendChild(typeof value === 'string' ? element('bdi', value)"))
        #expect((first["tags"] as? [String])?.allSatisfy(Self.isBalanced) == true)
        #expect(html.contains("element('bdi', event.title)"))
    }

    @Test func isolatesAndOverridesTakeNoWidth() {
        let plain = TextMetrics.width(of: "Wijkteam", size: 12)
        #expect(TextMetrics.width(of: "\u{2068}\u{202E}Wijkteam\u{202C}\u{2069}\u{200F}", size: 12) == plain)
    }

    @Test func svgTextIsAFirstStrongIsolate() {
        let svg = SVGRenderer.render(SwimlaneLayout.fitted(Self.journey), of: Self.journey)
        let isolatedTitle = String(Character(Self.fsi)) + Self.cleanTitle + String(Character(Self.pdi))
        let titles = Self.contents(of: "<text class=\"pr-title\"", close: "</text>", in: svg)
        #expect(titles.map(Self.scalars) == [Self.scalars(isolatedTitle)])
        let labels = Self.contents(of: "<text class=\"pr-label\"", close: "</text>", in: svg)
        #expect(labels.contains { $0.unicodeScalars.starts(with: isolatedTitle.unicodeScalars) })
        // Every <text> and <title> is balanced, and each override sits inside an isolate.
        for text in Self.contents(of: "<text", close: "</text>", in: svg) + Self.contents(of: "<title", close: "</title>", in: svg) {
            #expect(Self.isBalanced(text), "\(Self.scalars(text))")
            var isolates = 0
            for scalar in text.unicodeScalars {
                if scalar == Self.fsi { isolates += 1 }
                if scalar == Self.pdi { isolates -= 1 }
                if scalar == Self.rlo { #expect(isolates > 0, "override outside an isolate: \(Self.scalars(text))") }
            }
        }
    }
}
