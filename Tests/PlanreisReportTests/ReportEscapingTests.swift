import Foundation
import PlanreisAnalysis
import PlanreisModel
import Testing

@testable import PlanreisReport

/// User text in attribute values of the report's templates, escaped per Unicode scalar.
@Suite struct ReportEscapingTests {
    /// A quote and a combining mark: one Swift `Character`, but the quote ends an attribute value.
    static let attack = "\"\u{301} onmouseover=alert(1) x=\""

    static var journey: Journey {
        var journey = Journey(
            id: attack, title: attack, municipality: attack,
            actors: [
                Actor(id: "a", name: attack, group: .socialWork), Actor(id: "b", name: "'\u{301} onfocus=alert(2) '", group: .housing),
            ])
        journey.events = [
            Event(actor: "a", kind: .event, date: try! PartialDate(parsing: "2020-03-01"), title: attack, description: attack),
            Event(actor: "b", kind: .request, date: try! PartialDate(parsing: "2020-04-01"), title: "<\u{301}img src=x>"),
        ]
        return journey
    }

    /// A template that puts user text in double- and single-quoted attributes, also in a partial
    /// (swift-mustache starts every partial with its own escape again).
    static let templates = [
        "report.mustache": """
        <p id="t" title="{{title}}" data-single='{{title}}'>{{title}}</p>
        {{#rows}}<span class="row" title="{{actor}}" data-title="{{title}}">{{description}}</span>{{/rows}}
        {{> part}}
        """,
        "part.mustache": """
        <i id="id" title="{{journeyID}}"></i><i id="place" title="{{place}}"></i>
        {{#groups}}{{#lanes}}<b class="lane" title="{{name}}"></b>{{/lanes}}{{/groups}}
        """,
    ]

    static func render(_ journey: Journey) throws -> String {
        try HTMLReportTests.withTemporaryFolder { folder in
            for (name, text) in templates {
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            return try HTMLReport.render(journey, templates: folder)
        }
    }

    /// Whether `text` holds the bytes of `part` (no `Character` matching, which would hide a scalar).
    static func containsBytes(_ text: String, _ part: String) -> Bool {
        Array(text.utf8).firstRange(of: Array(part.utf8)) != nil
    }

    @Test func userTextStaysInsideItsAttributeValue() throws {
        let tags = HTMLStartTag.all(in: try Self.render(Self.journey))
        #expect(tags.count == 7)
        for tag in tags {
            let names = tag.attributes.map(\.name)
            #expect(!names.contains { $0.hasPrefix("on") || $0 == "x" || $0.contains("\u{301}") }, "\(tag.name): \(names)")
            #expect(tag.value(of: "onmouseover") == nil && tag.value(of: "onfocus") == nil)
        }
        let p = try #require(tags.first { $0.value(of: "id") == "t" })
        #expect(p.value(of: "title") == Self.attack)
        #expect(p.value(of: "data-single") == Self.attack)
        #expect(tags.first { $0.value(of: "id") == "id" }?.value(of: "title") == Self.attack)
        #expect(tags.first { $0.value(of: "id") == "place" }?.value(of: "title") == Self.attack)
        let rows = tags.filter { $0.value(of: "class") == "row" }
        #expect(rows.map { $0.value(of: "title") } == [Self.attack, "'\u{301} onfocus=alert(2) '"])
        #expect(rows.map { $0.value(of: "data-title") } == [Self.attack, "<\u{301}img src=x>"])
        let lanes = tags.filter { $0.value(of: "class") == "lane" }.compactMap { $0.value(of: "title") }
        #expect(Set(lanes) == [Self.attack, "'\u{301} onfocus=alert(2) '"])
    }

    @Test func quotesWithCombiningMarksAreEscapedAsReferences() throws {
        let html = try Self.render(Self.journey)
        #expect(html.contains("title=\"&quot;\u{301} onmouseover=alert(1) x=&quot;\""))
        #expect(html.contains("&#39;\u{301} onfocus=alert(2) &#39;"))
        #expect(html.contains("&lt;\u{301}img src=x&gt;"))
        // No quote or angle bracket of user text is left bare, combined with its mark or not.
        for bare in ["\"\u{301}", "'\u{301}", "<\u{301}"] {
            #expect(!Self.containsBytes(html, bare), "bare \(bare.unicodeScalars.map(\.value))")
        }
    }

    @Test func theBundledReportKeepsAttributesIntact() throws {
        let html = try HTMLReport.render(Self.journey)
        let tags = HTMLStartTag.all(in: html)
        for tag in tags {
            #expect(!tag.attributes.contains { $0.name.hasPrefix("on") }, "\(tag.name): \(tag.attributes.map(\.name))")
        }
        #expect(tags.first { $0.name == "button" && $0.value(of: "data-show") == "0" } != nil)
        // The event's mark names it in an attribute that holds the whole title.
        let labels = tags.compactMap { $0.value(of: "aria-label") }
        #expect(labels.contains { $0.unicodeScalars.starts(with: Self.attack.unicodeScalars) || $0.contains(Self.attack) })
    }

    @Test func templateErrorLinesCountFromTheTemplatesOwnFirstLine() throws {
        try HTMLReportTests.withTemporaryFolder { folder in
            try "{{/nothing}}".write(to: folder.appendingPathComponent("report.mustache"), atomically: true, encoding: .utf8)
            #expect(throws: HTMLReportError.self) { try HTMLReport.render(Self.journey, templates: folder) }
            do {
                _ = try HTMLReport.render(Self.journey, templates: folder)
            } catch HTMLReportError.syntax(_, let line, _, _) {
                #expect(line == 1)
            }
        }
    }
}
