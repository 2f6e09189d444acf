/// Builds indented XML text, one element per line, escaping every value for its context.
struct XMLTextBuilder {
    private(set) var text = ""
    private var depth = 0

    /// An attribute to write; nil values are left out.
    typealias Attribute = (name: String, value: String?)

    mutating func raw(_ line: String) {
        text += String(repeating: "  ", count: depth) + line + "\n"
    }

    /// `<name a="…">` and one level deeper.
    mutating func open(_ name: String, _ attributes: [Attribute] = []) {
        raw("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        raw("</\(name)>")
    }

    /// `<name a="…"/>`.
    mutating func empty(_ name: String, _ attributes: [Attribute] = []) {
        raw("<\(name)\(Self.attributes(attributes))/>")
    }

    /// `<name a="…">text</name>`; text is written as is (line breaks included), escaped.
    mutating func element(_ name: String, _ attributes: [Attribute] = [], text: String) {
        raw("<\(name)\(Self.attributes(attributes))>\(Self.escapeText(text))</\(name)>")
    }

    /// `<name>text</name>` when text is not nil.
    mutating func element(_ name: String, optional text: String?) {
        if let text { element(name, text: text) }
    }

    private static func attributes(_ attributes: [Attribute]) -> String {
        attributes.compactMap { a in a.value.map { " \(a.name)=\"\(escapeAttribute($0))\"" } }.joined()
    }

    /// Escapes `& < >` and a carriage return (which a reader would otherwise fold into a line break).
    static func escapeText(_ text: String) -> String { escape(text, attribute: false) }

    /// Escapes `& < > "` and tab, line feed and carriage return, which attribute-value
    /// normalisation would otherwise turn into spaces.
    static func escapeAttribute(_ text: String) -> String { escape(text, attribute: true) }

    private static func escape(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(representable(scalar))
            }
        }
        return out
    }

    /// XML 1.0 cannot hold control characters (other than tab, line feed, carriage return) nor
    /// U+FFFE and U+FFFF, not even as references; they become U+FFFD.
    private static func representable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D { return "\u{FFFD}" }
        if v == 0xFFFE || v == 0xFFFF { return "\u{FFFD}" }
        return scalar
    }
}
