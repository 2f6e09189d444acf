import PlanreisModel
import Testing

@testable import PlanreisAnalysis

/// The analysis HTML escapes per Unicode scalar, like every other HTML and SVG writer.
@Suite struct AnalysisHTMLEscapeTests {
    @Test func aCombiningMarkDoesNotHideAQuoteOrABracket() {
        let input = "\"\u{301} onmouseover=alert(1) '\u{301} <\u{301}b>"
        #expect(AnalysisHTMLWriter.escape(input) == "&quot;\u{301} onmouseover=alert(1) &#39;\u{301} &lt;\u{301}b&gt;")
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
