import Foundation
import PlanreisAnalysis
import PlanreisText
import Testing

@testable import PlanreisReport

@Suite struct SupportTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256KnownAnswers(input: String, expected: String) {
        let hex = SHA256.hash(Array(input.utf8)).map {
            String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16)
        }.joined()
        #expect(hex == expected)
    }

    @Test func sha256OfAMillionAs() {
        let hash = SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(Data(hash).base64EncodedString() == "zcduXJkU+5KBocfihNc+Z/GAmkiklyAOBG05zMcRLNA=")
    }

    @Test func jsonEscapesWhatCouldEndAScript() {
        let text = JSONValue.object([("a", .string("</script><!--&\u{2028}\u{2029}\"\\\n\u{01}é"))]).serialized(.compactForHTMLScript)
        #expect(text == "{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\\\"\\\\\\n\\u0001é\"}")
    }

    @Test func markupEscapesTextAndAttributes() {
        #expect(MarkupText.text("a<b>&\"'") == "a&lt;b&gt;&amp;\"'")
        #expect(MarkupText.attribute("a<b>&\"'\n") == "a&lt;b&gt;&amp;&quot;&#39;&#10;")
        #expect(MarkupText.text("x\u{01}\u{0B}y\u{FFFE}") == "xy")
        #expect(Markup.safeColour("#a1B2c3") == "#A1B2C3")
        #expect(Markup.safeColour("#-12345") == nil)
        #expect(Markup.safeColour("red") == nil)
        #expect(Markup.number(12.04) == "12" && Markup.number(-0.25) == "-0.3" && Markup.number(3.5) == "3.5")
    }

    @Test func truncationFitsAndEndsInAnEllipsis() {
        let long = String(repeating: "Wachten op een jeugdbeschermer ", count: 400)
        let short = TextMetrics.truncated(long, toWidth: 200, size: 12)
        #expect(short.hasSuffix("…"))
        #expect(TextMetrics.width(of: short, size: 12) <= 200)
        #expect(TextMetrics.truncated("Kort", toWidth: 200, size: 12) == "Kort")
    }

    @Test func wrappingKeepsToTheLineCount() {
        let lines = TextMetrics.wrapped("Gezinsbehandelaar (zorg bij verstandelijke beperking)", toWidth: 180, size: 13, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { TextMetrics.width(of: $0, size: 13) <= 180 })
        #expect(lines[0] == "Gezinsbehandelaar (zorg")
    }

    @Test func widthsAreConservative() {
        // DejaVu Sans, the widest font in the stack, sets "Veilig Thuis" at 12 px in about 72 px.
        let width = TextMetrics.width(of: "Veilig Thuis", size: 12)
        #expect(width > 72 && width < 80)
        #expect(TextMetrics.width(of: "漢字", size: 12) >= 24)
    }

    @Test func durationsReadNaturally() {
        #expect(TimeAxis.duration(days: 1100, language: .nl) == "3 jaar")
        #expect(TimeAxis.duration(days: 900, language: .nl) == "2½ jaar")
        #expect(TimeAxis.duration(days: 240, language: .nl) == "8 mnd")
        #expect(TimeAxis.duration(days: 240, language: .en) == "8 mo")
    }
}
