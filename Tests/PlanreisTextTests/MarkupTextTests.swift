import PlanreisText
import Testing

@Suite struct MarkupTextTests {
    /// Quotes, ampersands and angle brackets followed by a combining mark are one `Character`
    /// each; they are escaped all the same, and the mark is kept.
    @Test(arguments: [
        ("\"\u{301}", "&quot;\u{301}"), ("'\u{301}", "&#39;\u{301}"), ("<\u{301}", "&lt;\u{301}"),
        (">\u{20DD}", "&gt;\u{20DD}"), ("&\u{301}", "&amp;\u{301}"), ("a\"\u{301}b", "a&quot;\u{301}b"),
    ])
    func combiningMarksDoNotHideAQuote(input: String, escaped: String) {
        #expect(MarkupText.html(input) == escaped)
        #expect(MarkupText.attribute(input) == escaped)
    }

    @Test func eachContextEscapesWhatCanEndIt() {
        #expect(MarkupText.text("a<b>&\"'\n") == "a&lt;b&gt;&amp;\"'\n")
        #expect(MarkupText.attribute("a<b>&\"'\n") == "a&lt;b&gt;&amp;&quot;&#39;&#10;")
        #expect(MarkupText.html("a<b>&\"'\n") == "a&lt;b&gt;&amp;&quot;&#39;\n")
    }

    @Test func forbiddenControlCharactersAreDropped() {
        #expect(MarkupText.text("x\u{01}\u{0B}\u{7F}\u{85}y\u{FFFE}\u{FFFF}\tz\r") == "xy\tz\r")
        #expect(MarkupText.html("é 👩‍👧 \u{200B}") == "é 👩‍👧 \u{200B}")
    }
}
