/// Recognises libxml2's English messages, so that callers can explain them in Dutch: the
/// element and attribute they name and what kind of problem they are.
struct LibXML2Message {
    var kind: XMLProblem.Kind = .other
    var element: String?
    var attribute: String?

    init(_ message: String, code: Int) {
        var rest = Substring(message)
        // Schema messages: "Element '{ns}name', attribute 'a': …" or "Element '{ns}name': …".
        if rest.hasPrefix("Element '") {
            rest = rest.dropFirst("Element '".count)
            element = String(rest.prefix { $0 != "'" })
            rest = rest.dropFirst(element!.count + 1)
            if rest.hasPrefix(", attribute '") {
                rest = rest.dropFirst(", attribute '".count)
                attribute = String(rest.prefix { $0 != "'" })
                rest = rest.dropFirst(attribute!.count + 1)
            }
            if rest.hasPrefix(": ") { rest = rest.dropFirst(2) }
            kind = Self.schemaKind(rest)
        } else {
            kind = Self.parserKind(rest, code: code)
        }
    }

    private static func schemaKind(_ text: Substring) -> XMLProblem.Kind {
        if let name = between(text, "The attribute '", "' is required but missing.") { return .missingAttribute(name) }
        if let name = between(text, "The attribute '", "' is not allowed.") { return .attributeNotAllowed(name) }
        if text.hasPrefix("This element is not expected.") { return .unexpectedElement(expected: expectedList(text)) }
        if text.hasPrefix("Missing child element(s).") { return .missingChild(expected: expectedList(text)) }
        if text.hasPrefix("[facet '") {
            let facet = String(text.dropFirst("[facet '".count).prefix { $0 != "'" })
            let value = between(text, "The value '", "' is not") ?? between(text, "The value '", "' is ") ?? ""
            switch facet {
            case "enumeration":
                let set = text.firstRange(of: "of the set {").map { text[$0.upperBound...].prefix { $0 != "}" } } ?? ""
                let allowed = set.split(separator: ",").map { item -> String in
                    var word = item.trimmingSpaces()
                    if word.hasPrefix("'") { word = word.dropFirst() }
                    if word.hasSuffix("'") { word = word.dropLast() }
                    return String(word)
                }
                return .enumeration(value: value, allowed: allowed)
            case "pattern":
                return .pattern(value: value, pattern: between(text, "accepted by the pattern '", "'.") ?? "")
            default:
                return .range(value: value, facet: facet, limit: lastQuoted(text) ?? "")
            }
        }
        if text.hasPrefix("'"), let range = text.firstRange(of: "' is not a valid value of the ") {
            let value = String(text[text.index(after: text.startIndex)..<range.lowerBound])
            let type = between(text[range.upperBound...], "type '", "'") ?? ""
            return .datatype(value: value, type: type)
        }
        if text.hasPrefix("Character content") { return .textNotAllowed }
        if text.hasPrefix("Element content is not allowed") { return .elementsNotAllowed }
        if text.hasPrefix("No matching global declaration") { return .unknownRoot }
        return .other
    }

    private static func parserKind(_ text: Substring, code: Int) -> XMLProblem.Kind {
        switch code {
        case 4 where text.hasPrefix("Document is empty"): return .empty
        case 76:  // XML_ERR_TAG_NAME_MISMATCH: "Opening and ending tag mismatch: a line 4 and b"
            if let open = between(text, "mismatch: ", " line "), let range = text.lastRange(of: " and ") {
                return .tagMismatch(open: open, close: String(text[range.upperBound...]))
            }
        case 26, 27:  // undeclared entity: "Entity 'nbsp' not defined"
            if let name = between(text, "Entity '", "'") { return .undefinedEntity(name) }
        case 201:  // XML_NS_ERR_UNDEFINED_NAMESPACE: "Namespace prefix x on e is not defined"
            if let prefix = between(text, "Namespace prefix ", " ") { return .undefinedPrefix(prefix) }
        case 42:  // XML_ERR_ATTRIBUTE_REDEFINED: "Attribute id redefined"
            if let name = between(text, "Attribute ", " redefined") { return .duplicateAttribute(name) }
        case 203:  // XML_NS_ERR_ATTRIBUTE_REDEFINED: "Namespaced Attribute a in 'ns' redefined"
            if let name = between(text, "Attribute ", " in ") { return .duplicateAttribute(name) }
        default: break
        }
        return .other
    }

    /// The text between the first `start` and the next `end` after it.
    private static func between(_ text: Substring, _ start: String, _ end: String) -> String? {
        guard let a = text.firstRange(of: start) else { return nil }
        let tail = text[a.upperBound...]
        guard let b = tail.firstRange(of: end) else { return nil }
        return String(tail[..<b.lowerBound])
    }

    /// The last `'…'` in the text.
    private static func lastQuoted(_ text: Substring) -> String? {
        guard let close = text.lastIndex(of: "'") else { return nil }
        let head = text[..<close]
        guard let open = head.lastIndex(of: "'") else { return nil }
        return String(head[head.index(after: open)...])
    }

    /// "Expected is one of ( a, b )." or "Expected is ( a )." → ["a", "b"].
    private static func expectedList(_ text: Substring) -> [String] {
        guard let start = text.firstRange(of: "( "), let end = text.lastRange(of: " )"), start.upperBound <= end.lowerBound
        else { return [] }
        return text[start.upperBound..<end.lowerBound].split(separator: ",").map { String($0.trimmingSpaces()) }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }

    func lastRange(of other: String) -> Range<Index>? {
        var found: Range<Index>?
        var search = self[...]
        while let r = search.firstRange(of: other) {
            found = r
            search = self[r.upperBound...]
        }
        return found
    }
}
