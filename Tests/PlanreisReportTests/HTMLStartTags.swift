/// The start tags of an HTML text as a browser's tokenizer reads them: per Unicode scalar, so a
/// quote followed by a combining mark ends an attribute value here just as it does there.
struct HTMLStartTag {
    var name: String
    var attributes: [(name: String, value: String)]

    func value(of attribute: String) -> String? {
        attributes.first { $0.name == attribute }?.value
    }

    /// Every start tag in `html`, in order; attribute values with their references decoded.
    static func all(in html: String) -> [HTMLStartTag] {
        let s = Array(html.unicodeScalars)
        var tags: [HTMLStartTag] = []
        var i = 0
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        func read(while keep: (Unicode.Scalar) -> Bool) -> String {
            var text = String.UnicodeScalarView()
            while i < s.count, keep(s[i]) {
                text.append(s[i])
                i += 1
            }
            return String(text)
        }
        while i < s.count {
            guard s[i] == "<", i + 1 < s.count, s[i + 1].properties.isAlphabetic, s[i + 1].isASCII else {
                i += 1
                continue
            }
            i += 1
            var tag = HTMLStartTag(name: read { !isSpace($0) && $0 != "/" && $0 != ">" }.lowercased(), attributes: [])
            while i < s.count, s[i] != ">" {
                if isSpace(s[i]) || s[i] == "/" {
                    i += 1
                    continue
                }
                let name = s[i] == "=" ? "=" : read { !isSpace($0) && $0 != "/" && $0 != ">" && $0 != "=" }.lowercased()
                if name == "=" { i += 1 }
                _ = read(while: isSpace)
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    _ = read(while: isSpace)
                    if i < s.count, s[i] == "\"" || s[i] == "'" {
                        let quote = s[i]
                        i += 1
                        value = read { $0 != quote }
                        i += 1
                    } else {
                        value = read { !isSpace($0) && $0 != ">" }
                    }
                }
                tag.attributes.append((name, decoded(value)))
            }
            i += 1
            tags.append(tag)
            // Raw text: no tags inside until the element's end tag.
            if ["script", "style", "title", "textarea"].contains(tag.name) {
                let end = Array("</\(tag.name)".unicodeScalars)
                while i < s.count, !(s[i...].starts(with: end)) { i += 1 }
            }
        }
        return tags
    }

    /// The references planreis writes, decoded per scalar (a reference's `;` and a combining
    /// mark after it are one `Character`, so `replacingOccurrences` would miss it).
    static func decoded(_ value: String) -> String {
        let references: [String: Unicode.Scalar] = ["quot": "\"", "#39": "'", "lt": "<", "gt": ">", "#10": "\n", "amp": "&"]
        let s = Array(value.unicodeScalars)
        var result = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let semicolon = s[i...].firstIndex(of: ";"),
                let scalar = references[String(String.UnicodeScalarView(s[(i + 1)..<semicolon]))]
            {
                result.append(scalar)
                i = semicolon + 1
            } else {
                result.append(s[i])
                i += 1
            }
        }
        return String(result)
    }
}
