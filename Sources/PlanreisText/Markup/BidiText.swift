/// Keeps user text from changing the direction of the text around it (Unicode Bidirectional
/// Algorithm, UAX #9): explicit embeddings, overrides and isolates are closed where they are
/// opened, and text that can change direction is set apart as a first-strong isolate.
///
/// Why both: a browser's `<bdi>` isolates by wrapping the element's text in an isolate of its
/// own, so a stray U+2069 POP DIRECTIONAL ISOLATE inside the user text ends that isolate early
/// and a U+202E RIGHT-TO-LEFT OVERRIDE after it reverses everything up to the end of the
/// paragraph (seen in Chromium). Balanced text cannot do that.
public enum BidiText {
    /// U+2068 FIRST STRONG ISOLATE: opens an isolate whose direction its first strong letter sets.
    public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    /// U+2069 POP DIRECTIONAL ISOLATE.
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"
    static let popDirectionalFormatting: Unicode.Scalar = "\u{202C}"

    /// `text` with every explicit embedding, override and isolate it opens closed again before
    /// the end and before each paragraph separator, and every closer that matches nothing it
    /// opened dropped. Text without such controls comes back unchanged.
    public static func balanced(_ text: String) -> String {
        guard containsExplicitControl(text) else { return text }
        enum Opened { case embedding, isolate }
        var stack: [Opened] = []
        var result = String.UnicodeScalarView()
        func close(_ opened: Opened) {
            result.append(opened == .embedding ? popDirectionalFormatting : popDirectionalIsolate)
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x202A...0x202B, 0x202D...0x202E:  // LRE, RLE, LRO, RLO
                stack.append(.embedding)
            case 0x2066...0x2068:  // LRI, RLI, FSI
                stack.append(.isolate)
            case 0x202C:  // PDF: closes an embedding opened inside the innermost open isolate only
                guard stack.last == .embedding else { continue }
                stack.removeLast()
            case 0x2069:  // PDI: closes the innermost isolate and the embeddings opened inside it
                guard let isolate = stack.lastIndex(of: .isolate) else { continue }
                for _ in stack.index(after: isolate)..<stack.endIndex { close(.embedding) }
                stack.removeSubrange(isolate...)
            case 0x0A, 0x0D, 0x1C...0x1E, 0x85, 0x2029:  // paragraph separators end every embedding
                for opened in stack.reversed() { close(opened) }
                stack.removeAll()
            default: break
            }
            result.append(scalar)
        }
        for opened in stack.reversed() { close(opened) }
        return String(result)
    }

    /// `text` balanced and between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE
    /// when it can change the direction of what surrounds it (right-to-left letters or bidi
    /// controls); other text comes back unchanged, so Dutch and English output stays as it was.
    public static func isolated(_ text: String) -> String {
        guard mayAffectDirection(text) else { return text }
        var result = String.UnicodeScalarView()
        result.append(firstStrongIsolate)
        result.append(contentsOf: balanced(text).unicodeScalars)
        result.append(popDirectionalIsolate)
        return String(result)
    }

    /// `text`, a message that quotes the values it names (`"…"`, `“…”`, `„…”`), with each quoted
    /// value isolated (`isolated`) and the whole balanced: for messages composed before they reach
    /// a writer, such as diagnostics and stall titles. A value that itself holds a quote can still
    /// turn the rest of its message around, never more.
    public static func isolatingQuotes(_ text: String) -> String {
        guard mayAffectDirection(text) else { return text }
        var result = String.UnicodeScalarView()
        var value = String.UnicodeScalarView()
        var closing: Unicode.Scalar? = nil
        func flush() {
            result.append(contentsOf: isolated(String(value)).unicodeScalars)
            value.removeAll()
        }
        for scalar in text.unicodeScalars {
            if let close = closing {
                if scalar == close {
                    flush()
                    result.append(scalar)
                    closing = nil
                } else {
                    value.append(scalar)
                }
                continue
            }
            result.append(scalar)
            switch scalar {
            case "\"": closing = "\""
            case "\u{201C}", "\u{201E}": closing = "\u{201D}"
            default: break
            }
        }
        if closing != nil { flush() }
        return balanced(String(result))
    }

    /// Whether `text` has right-to-left letters, Arabic digits or bidi formatting characters.
    public static func mayAffectDirection(_ text: String) -> Bool {
        // Everything below U+0590 is left-to-right or neutral; most text never gets past this.
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        return text.unicodeScalars.contains { scalar in
            switch scalar.value {
            case 0x0590...0x08FF,  // Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, …
                0xFB1D...0xFDFF, 0xFE70...0xFEFF,  // Hebrew and Arabic presentation forms
                0x10800...0x10FFF, 0x1E800...0x1EFFF,  // historic and other right-to-left scripts
                0x061C, 0x200E, 0x200F,  // ARABIC LETTER MARK, LRM, RLM
                0x202A...0x202E, 0x2066...0x2069:  // embeddings, overrides, isolates
                return true
            default: return false
            }
        }
    }

    /// Whether `text` has an explicit embedding, override, isolate or one of their closers.
    static func containsExplicitControl(_ text: String) -> Bool {
        // All of U+202A–U+202E and U+2066–U+2069 start with the UTF-8 byte 0xE2.
        guard text.utf8.contains(0xE2) else { return false }
        return text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
    }
}
