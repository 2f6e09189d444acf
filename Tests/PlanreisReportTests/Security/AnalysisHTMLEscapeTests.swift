import PlanreisModel
import PlanreisText
import Testing

@testable import PlanreisAnalysis
@testable import PlanreisReport

/// The analysis HTML escapes per Unicode scalar, like every other HTML and SVG writer.
@Suite struct AnalysisHTMLEscapeTests {
    @Test func aCombiningMarkDoesNotHideAQuoteOrABracket() {
        let input = "\"\u{301} onmouseover=alert(1) '\u{301} <\u{301}b>"
        #expect(MarkupText.html(input) == "&quot;\u{301} onmouseover=alert(1) &#39;\u{301} &lt;\u{301}b&gt;")
    }

    @Test func tableCellsAreEscapedPerScalar() {
        var table = ReportTable(caption: "<\u{301}caption", columns: [ReportColumn("\"\u{301}")])
        table.add(["<\u{301}script>\u{01}"])
        let html = AnalysisHTMLWriter().render([.table(table)])
        #expect(html.contains("&lt;\u{301}caption"))
        #expect(html.contains("&quot;\u{301}"))
        #expect(html.contains("&lt;\u{301}script&gt;"))
        #expect(!Array(html.utf8).contains(0x01))
        #expect(Array(html.utf8).firstRange(of: Array("<\u{301}".utf8)) == nil)
    }
}

/// Right-to-left overrides in names and titles stay inside them in the analysis summary.
@Suite struct AnalysisBidiTests {
    @Test func namesAndTitlesAreIsolatedAndCellsAreInBdi() {
        var journey = ReportFixture.journey
        journey.title = "\u{2069}\u{202E}casus"
        journey.actors = journey.actors.map { actor in
            var actor = actor
            actor.name = "\u{202E}" + actor.name
            return actor
        }
        let html = AnalysisHTMLWriter().write(Analyzer(priceList: ReportFixture.prices).analyze(journey))
        #expect(html.contains("<h2>Analyse: \u{2068}\u{202E}casus\u{202C}\u{2069}</h2>"))
        #expect(html.contains("<td><bdi>\u{2068}\u{202E}Woningcorporatie\u{202C}\u{2069}</bdi></td>"))
        // Every override is closed before the cell, heading or item it is in ends.
        for piece in html.components(separatedBy: "\n") {
            let opened = piece.unicodeScalars.filter { $0 == "\u{202E}" }.count
            let closed = piece.unicodeScalars.filter { $0 == "\u{202C}" }.count
            #expect(opened == closed, "\(piece)")
        }
    }
}
