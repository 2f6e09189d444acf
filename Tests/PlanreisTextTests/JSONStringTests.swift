import PlanreisText
import Testing

@Suite("JSON string literals")
struct JSONStringTests {
    @Test func escapesQuotesBackslashesAndControls() {
        #expect(JSONString.quoted("a\"b\\c\nd\u{01}\u{2028}") == "\"a\\\"b\\\\c\\nd\\u0001\\u2028\"")
        #expect(JSONString.quoted("<b>&") == "\"<b>&\"")
    }

    @Test func insideAScriptNothingCanCloseIt() {
        let quoted = JSONString.quoted("</script><!-- &", forHTMLScript: true)
        #expect(!quoted.contains("<") && !quoted.contains(">") && !quoted.contains("&"))
        #expect(quoted == "\"\\u003c/script\\u003e\\u003c!-- \\u0026\"")
    }
}
