import Foundation
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import PlanreisText
import Testing

@testable import PlanreisAnalysis

@Suite("Report writers")
struct ReportWriterTests {
    let analysis = ReportFixture.analysis

    private func json() throws -> [String: Any] {
        let text = AnalysisJSONWriter().write(analysis)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func jsonIsVersionedAndValid() throws {
        let root = try json()
        #expect(root["format"] as? String == "planreis-analysis")
        #expect(root["version"] as? Int == 1)
        let journey = try #require(root["journey"] as? [String: Any])
        #expect(journey["title"] as? String == "Test & <casus>")
        #expect(AnalysisJSONWriter().write(analysis) == AnalysisJSONWriter().write(analysis))
    }

    @Test func markdownAgreesWithJSON() throws {
        let markdown = AnalysisMarkdownWriter().write(analysis)
        let lines = markdown.split(separator: "\n").map(String.init)
        let root = try json()
        func duration(_ object: Any?) throws -> String {
            let d = try #require(object as? [String: Any])
            return DurationRange(minDays: try #require(d["minDays"] as? Int), maxDays: try #require(d["maxDays"] as? Int))
                .formattedDaysFirst(.nl)
        }
        func money(_ cents: Any?) throws -> String { Money(cents: Int64(try #require(cents as? Int))).formatted(.nl) }

        let stalls = try #require(root["stalls"] as? [String: Any])
        let share = try #require(stalls["share"] as? [String: Any])
        #expect(
            markdown.contains(
                "in totaal \(try duration(stalls["total"])), \(share["minPercent"]!)–\(share["maxPercent"]!)% van de looptijd"))
        for item in try #require(stalls["items"] as? [[String: Any]]) {
            let row = try #require(lines.first { $0.hasPrefix("| \(item["rank"]!) |") })
            #expect(row.hasSuffix("| \(try duration(item["duration"])) |"))
            #expect(row.contains("| \(MarkdownEscaped(item["actorName"] as! String)) |"))
        }
        for row in try #require(stalls["perActor"] as? [[String: Any]]) {
            #expect(lines.contains("| \(row["actorName"]!) | \(try duration(row["duration"])) | \(row["count"]!) |"))
        }
        let exceptions = try #require(root["exceptions"] as? [[String: Any]])
        for exception in exceptions {
            let cost = try #require(exception["cost"] as? [String: Any])
            #expect(
                lines.contains {
                    $0.hasPrefix("| **Kosten van de uitzondering** |  |  | **\(try! money(cost["cents"])) + 1 niet geprijsd**")
                })
            let avoided = try #require(exception["avoided"] as? [String: Any])
            #expect(lines.contains { $0.hasPrefix("| **Vermeden scenario: ") && $0.hasSuffix("| **\(try! money(avoided["cents"]))** |") })
            #expect(
                lines.contains {
                    $0.hasPrefix("| **Verwachte besparing (\(avoided["likelihoodPercent"]!)%)**")
                        && $0.hasSuffix("**\(try! money(avoided["expectedCents"]))** |")
                })
            #expect(lines.contains("| **Netto baat** |  |  | **\(try money(exception["netCents"])) (onvolledig)** |"))
            let ratio = try #require(exception["returnPerEuro"] as? [String: Any])
            let rounded = (ratio["rounded"] as! String).replacingOccurrences(of: ".", with: ",")
            #expect(lines.contains("| **Rendement per euro** |  |  | **\(rounded) (onvolledig)** |"))
            for payer in try #require(exception["payers"] as? [[String: Any]]) {
                let cells = [payer["paysCents"], payer["avoidedCents"], payer["savesCents"], payer["netCents"]].map { try! money($0) }
                #expect(lines.contains { $0.hasPrefix("| \(payer["payer"]!) | " + cells.joined(separator: " | ") + " | ") })
            }
        }
        let comparison = try #require(root["comparison"] as? [String: Any])
        let before = try #require(comparison["before"] as? [String: Any]), after = try #require(comparison["after"] as? [String: Any])
        #expect(lines.contains { $0.hasPrefix("| Doormodderen |") && $0.hasSuffix("| \(try! money(before["cents"])) |") })
        #expect(lines.contains { $0.hasPrefix("| Doorbreken |") && $0.hasSuffix("| \(try! money(after["cents"])) |") })
        #expect(lines.contains { $0.hasSuffix("| **\(try! money(comparison["differenceCents"]))** |") })
        #expect((root["warnings"] as? [Any])?.count == analysis.warnings.count)
    }

    @Test func markdownHeadlineNamesTheLongestStallAndItsHolder() {
        let markdown = AnalysisMarkdownWriter().write(analysis)
        let longest = analysis.stalls.longest!
        #expect(
            markdown.contains(
                "**Langste stilstand:** \(MarkdownEscaped(longest.title.nl)) (\(longest.duration.formatted(.nl))), bij Woningcorporatie."))
        #expect(markdown.contains("- **Perspectief van het huishouden:** *ontbreekt*"))
        #expect(markdown.contains("niet geprijsd (geen publiek bedrag)"))
    }

    @Test func englishSummary() {
        let markdown = AnalysisMarkdownWriter(language: .en).write(analysis)
        #expect(markdown.hasPrefix("# Analysis: Test \\& \\<casus\\>\n"))
        #expect(markdown.contains("**Longest stall:**"))
        #expect(markdown.contains("| **Return per euro** |  |  | **7.18 (incomplete)** |"))
        #expect(markdown.contains("€6,000.00"))
        #expect(!markdown.contains("Stilstand"))
    }

    @Test func markdownEscapesEverythingThatCouldBeSyntax() {
        let escaped = ##"a\|b \*c\* \_d\_ \[e\](f) \<g\> \`h\` \#i \& \~j\~ k"##
        #expect(AnalysisMarkdownWriter.escape("a|b *c* _d_ [e](f) <g> `h` #i & ~j~\nk") == escaped)
        let writer = AnalysisMarkdownWriter()
        #expect(writer.render([.paragraph([.text("1. niet een lijst")])]) == "1\\. niet een lijst\n")
        #expect(writer.render([.paragraph([.text("- geen punt")])]) == "\\- geen punt\n")
        #expect(writer.render([.paragraph([.emphasis(" ontbreekt")])]) == " *ontbreekt*\n")
        #expect(AnalysisMarkdownWriter(headingOffset: 1).render([.heading(1, "T")]) == "## T\n")
    }

    @Test func htmlFragmentIsSemanticAndEscaped() {
        let html = AnalysisHTMLWriter().write(analysis)
        #expect(html.hasPrefix("<section class=\"planreis-analysis\" lang=\"nl\">\n<h2>Analyse: Test &amp; &lt;casus&gt;</h2>"))
        #expect(html.contains("<caption>Stilstand, langste eerst</caption>"))
        #expect(html.contains("<th scope=\"col\" class=\"num\">Duur</th>"))
        #expect(html.contains("<th scope=\"row\"><bdi>Urgentie | aanvraag → Urgentie toegekend</bdi></th>"))
        #expect(html.contains("Melding &lt;VT&gt; &amp; zorg"))
        #expect(html.contains("<tr class=\"total\"><th scope=\"row\"><bdi>Kosten van de uitzondering</bdi></th>"))
        #expect(!html.contains("<VT>") && !html.contains("<script"))
        #expect(MarkupText.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func htmlAndMarkdownShowTheSameNumbers() {
        let html = AnalysisHTMLWriter().write(analysis)
        for stall in analysis.stalls.stalls { #expect(html.contains(stall.duration.formatted(.nl))) }
        for item in analysis.exceptions {
            #expect(html.contains(item.cost.formatted(.nl)))
            #expect(html.contains(item.returnPerEuro!.formatted(.nl)))
        }
    }

    @Test func jsonEscapesStringsPerRFC8259() {
        let quoted = #""a\"b\\c\n\u0001""#
        #expect(JSONValue.string("a\"b\\c\n\u{1}").serialized() == quoted)
        #expect(
            JSONValue.object([("b", .int(1)), ("a", .array([.null, .bool(true)]))]).serialized()
                == "{\n  \"b\": 1,\n  \"a\": [null, true]\n}")
    }

    @Test func emptyJourneyStillWritesEverySection() throws {
        let empty = Analyzer().analyze(Journey(id: "leeg", title: "Leeg"))
        let markdown = AnalysisMarkdownWriter().write(empty)
        #expect(markdown.contains("geen afgesloten stilstand gevonden"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(AnalysisJSONWriter().write(empty).utf8)) as? [String: Any])
        #expect(root["case"] is NSNull)
        #expect(root["comparison"] is NSNull)
    }
}

/// The Markdown form of a plain text (as table cells show it).
private func MarkdownEscaped(_ text: String) -> String { AnalysisMarkdownWriter.escape(text) }

@Suite("Many exceptions: one overview row each")
struct ExceptionOverviewTests {
    /// A generated journey with `count` exceptions (and nothing else that is one).
    static func analysis(exceptions count: Int) -> Analysis {
        var journey = SyntheticJourney(seed: 11).make(id: "veel-1", events: 120, actors: 8)
        journey.events.removeAll { $0.kind == .exception }
        for index in 0..<count {
            journey.events.append(
                Event(
                    id: "x\(index)", actor: journey.actors[0].id, kind: .exception, date: PartialDate(year: 2020, month: 1 + index % 12),
                    title: "Uitzondering \(index + 1)", costs: [CostLine(amount: Money(cents: 10_000), payer: "gemeente")]))
        }
        return Analyzer(priceList: PriceList.shipped().priceList).analyze(journey)
    }

    @Test func twentyExceptionsKeepTheirFullAccount() {
        let markdown = AnalysisMarkdownWriter().write(Self.analysis(exceptions: 20))
        #expect(markdown.components(separatedBy: "**Kosten van de uitzondering**").count - 1 == 20)
        #expect(!markdown.contains("| Nr. | Uitzondering |"))
    }

    @Test func moreExceptionsGetOneRowEachAndPointToTheJSON() {
        let analysis = Self.analysis(exceptions: 21)
        #expect(analysis.exceptions.count == 21)
        let markdown = AnalysisMarkdownWriter().write(analysis)
        #expect(markdown.contains("| Nr. | Uitzondering | Kosten | Verwachte besparing |"))
        #expect(!markdown.contains("**Kosten van de uitzondering**"))
        #expect(markdown.contains("planreis analyze --format json"))
        for index in 1...21 { #expect(markdown.contains("| \(index) | Uitzondering \(index) ("), "row \(index)") }
        // The legitimation the generated exceptions lack is named, not left out.
        #expect(markdown.contains("legitimatie mist: "))
        let html = AnalysisHTMLWriter(language: .en).write(analysis)
        #expect(html.contains("Exceptions at a glance"))
    }
}
