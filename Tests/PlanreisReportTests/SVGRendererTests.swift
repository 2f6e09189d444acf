import Foundation
import PlanreisModel
import Testing

@testable import PlanreisReport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an SVG with Foundation's XMLParser: elements, attributes and text, in document order.
final class SVGReader: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var text = ""
    }

    var elements: [Element] = []
    var stack: [Int] = []
    var error: Error?

    static func read(_ svg: String) -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        if !parser.parse() { reader.error = parser.parserError ?? NSError(domain: "svg", code: 1) }
        return reader
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.append(Element(name: name, attributes: attributes))
        stack.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in stack { elements[index].text += string }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}

@Suite struct SVGRendererTests {
    @Test(arguments: LayoutTests.journeys.map(\.0))
    func isWellFormed(name: String) throws {
        let journey = try #require(LayoutTests.journeys.first { $0.0 == name }?.1)
        for interactive in [false, true] {
            let svg = SVGRenderer.render(SwimlaneLayout(journey), of: journey, interactive: interactive)
            let reader = SVGReader.read(svg)
            #expect(reader.error == nil, "\(name): \(String(describing: reader.error))")
            let marks = reader.elements.filter { $0.attributes["data-event-index"] != nil }
            #expect(marks.count == journey.events.count)
            #expect(Set(marks.compactMap { $0.attributes["data-event-index"] }).count == journey.events.count)
        }
    }

    @Test func carriesAccessibleNameAndDescription() throws {
        let reader = SVGReader.read(SVGRenderer.render(Fixtures.allKinds))
        let root = try #require(reader.elements.first)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "pr-title pr-desc")
        #expect(root.attributes["viewBox"] == "0 0 \(root.attributes["width"]!) \(root.attributes["height"]!)")
        #expect(reader.all("title").first?.attributes["id"] == "pr-title")
        #expect(reader.all("title").first?.text == "Tijdlijn: Alle soorten")
        #expect(reader.all("desc").first?.text.contains("17 gebeurtenissen") == true)
        let english = SVGReader.read(SVGRenderer.render(Fixtures.allKinds, options: .init(language: .en)))
        #expect(english.all("title").first?.text == "Timeline: Alle soorten")
        #expect(english.all("text").contains { $0.text == "Legend" })
    }

    @Test func interactiveMarksAreFocusableInChronologicalOrder() {
        let journey = Fixtures.allKinds
        let reader = SVGReader.read(SVGRenderer.render(journey, options: .init(interactive: true)))
        #expect(reader.elements.first?.attributes["role"] == "group")
        let marks = reader.elements.filter { $0.attributes["data-event-index"] != nil }
        #expect(marks.allSatisfy { $0.attributes["tabindex"] == "0" && !($0.attributes["aria-label"] ?? "").isEmpty })
        let dates = marks.map { journey.events[Int($0.attributes["data-event-index"]!)!] }
            .filter { !$0.date.isEpochPlaceholder }.map(\.date)
        #expect(zip(dates, dates.dropFirst()).allSatisfy { !($1 < $0) })
        let label = marks.first { $0.attributes["aria-label"]!.contains("Ruzie thuis") }?.attributes["aria-label"]
        #expect(label == "Gebeurtenis: Ruzie thuis. Gezin, mei 2017")
    }

    @Test func hostileTextsStayText() throws {
        let journey = Fixtures.hostile
        let svg = SVGRenderer.render(journey, options: .init(interactive: true))
        let reader = SVGReader.read(svg)
        #expect(reader.error == nil)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("<b>"))
        #expect(!svg.contains("onload=\"alert"))
        #expect(!svg.contains("\u{01}"))
        // Titles survive the round trip: what the reader sees is what the journey said. The
        // standalone SVG carries them as tooltips; the interactive one names each mark once, in
        // its aria-label (the page's details panel shows the rest).
        let standalone = SVGReader.read(SVGRenderer.render(journey))
        #expect(standalone.error == nil)
        let titles = Set(standalone.all("title").map(\.text))
        for text in Fixtures.hostileTexts where !text.contains("\u{01}") && !text.contains("\u{2028}") {
            #expect(titles.contains { $0.hasPrefix(text + " — ") }, "title \(text) lost")
        }
        let labels = reader.elements.compactMap { $0.attributes["aria-label"] }
        #expect(labels.contains { $0.contains("<script>alert('x')</script>") })
        // Only a well-formed #rrggbb colour reaches the output.
        #expect(svg.contains("fill=\"#12AB3C\""))
    }

    @Test func legendListsWhatIsUsed() {
        let reader = SVGReader.read(SVGRenderer.render(Fixtures.allKinds))
        let texts = Set(reader.all("text").map(\.text))
        for expected in [
            "Obstakel", "Uitzondering (doorbraak)", "Besluit: afgewezen", "Besluit: toegekend", "Kantelpunt",
            "Stilstand: wachttijd", "Ingekorte rustige periode", "uitzondering lost obstakel op", "aanvraag → besluit",
        ] {
            #expect(texts.contains(expected), "legend lacks \(expected)")
        }
        let quiet = Set(SVGReader.read(SVGRenderer.render(Fixtures.quietGap)).all("text").map(\.text))
        #expect(!quiet.contains("Obstakel"))
    }

    @Test func ticksAreDutch() {
        let texts = Set(SVGReader.read(SVGRenderer.render(Fixtures.quietGap)).all("text").map(\.text))
        #expect(texts.isSuperset(of: ["2017", "2021", "apr", "okt"]))
        #expect(!texts.contains("Oct"))
        let english = Set(SVGReader.read(SVGRenderer.render(Fixtures.quietGap, options: .init(language: .en))).all("text").map(\.text))
        #expect(english.isSuperset(of: ["Apr", "Oct", "3 yrs"]))
    }
}
