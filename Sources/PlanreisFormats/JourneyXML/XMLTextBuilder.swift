import PlanreisText

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

    /// Element content, escaped for a data document (`MarkupText.dataText`).
    static func escapeText(_ text: String) -> String { MarkupText.dataText(text) }

    /// An attribute value, escaped for a data document (`MarkupText.dataAttribute`).
    static func escapeAttribute(_ text: String) -> String { MarkupText.dataAttribute(text) }
}
