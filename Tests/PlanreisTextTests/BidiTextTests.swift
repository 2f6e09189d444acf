import PlanreisText
import Testing

@Suite struct BidiTextTests {
    static let rlo = "\u{202E}", pdf = "\u{202C}", fsi = "\u{2068}", pdi = "\u{2069}", rli = "\u{2067}"

    /// Depth of embeddings and isolates after each scalar, as the Unicode Bidirectional Algorithm
    /// counts them; nil when a closer matches nothing or something is still open at the end.
    static func isBalanced(_ text: String) -> Bool {
        var stack: [Bool] = []  // true: isolate
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E: stack.append(false)
            case 0x2066...0x2068: stack.append(true)
            case 0x202C:
                guard stack.last == false else { return false }
                stack.removeLast()
            case 0x2069:
                guard stack.last == true else { return false }
                stack.removeLast()
            case 0x0A, 0x0D, 0x2029:
                guard stack.isEmpty else { return false }
            default: break
            }
        }
        return stack.isEmpty
    }

    @Test(arguments: [
        ("Melding Veilig Thuis", "Melding Veilig Thuis"),
        ("\u{202E}gnp.exe", "\u{202E}gnp.exe\u{202C}"),
        ("\u{2069}\u{202E}x", "\u{202E}x\u{202C}"),  // a stray PDI would end a <bdi>'s isolate
        ("a\u{202C}b\u{2069}c", "abc"),
        ("\u{2067}\u{202E}a\u{2069}b", "\u{2067}\u{202E}a\u{202C}\u{2069}b"),
        ("\u{2068}a\u{202C}b", "\u{2068}ab\u{2069}"),
        ("\u{202B}\u{2066}x", "\u{202B}\u{2066}x\u{2069}\u{202C}"),
        ("\u{202E}regel 1\nregel 2\u{202C}", "\u{202E}regel 1\u{202C}\nregel 2"),
    ])
    func balancedClosesWhatItOpensAndDropsStrayClosers(input: String, expected: String) {
        let output = BidiText.balanced(input)
        #expect(output.unicodeScalars.elementsEqual(expected.unicodeScalars), "\(output.unicodeScalars.map(\.value))")
        #expect(Self.isBalanced(output))
    }

    @Test func everyMixOfControlsComesOutBalanced() {
        let pieces = [
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "a", "\n",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let output = BidiText.balanced(text)
            #expect(Self.isBalanced(output), "\(text.unicodeScalars.map(\.value)) → \(output.unicodeScalars.map(\.value))")
            // Letters and line breaks stay, in order.
            #expect(output.filter { $0 == "a" || $0 == "\n" } == text.filter { $0 == "a" || $0 == "\n" })
        }
    }

    @Test func isolatedSetsApartOnlyWhatCanTurnText() {
        #expect(BidiText.isolated("Wijkteam Tilburg — é ü ß 👩‍👧") == "Wijkteam Tilburg — é ü ß 👩‍👧")
        let hebrew = BidiText.isolated("שלום (12)")
        #expect(hebrew.unicodeScalars.elementsEqual((Self.fsi + "שלום (12)" + Self.pdi).unicodeScalars))
        let override = BidiText.isolated(Self.pdi + Self.rlo + "gnp.exe")
        #expect(override.unicodeScalars.elementsEqual((Self.fsi + Self.rlo + "gnp.exe" + Self.pdf + Self.pdi).unicodeScalars))
        #expect(Self.isBalanced(override))
    }

    @Test func theMarkupEscaperBalancesToo() {
        let escaped = MarkupText.html(Self.pdi + Self.rlo + "<b>")
        #expect(escaped.unicodeScalars.elementsEqual((Self.rlo + "&lt;b&gt;" + Self.pdf).unicodeScalars))
        #expect(MarkupText.text("a\u{202C}") == "a")
    }
}
