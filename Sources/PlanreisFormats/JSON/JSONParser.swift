/// Why a text is not JSON, and where.
struct JSONSyntaxError: Error {
    var message: (nl: String, en: String)
    var line: Int
    var column: Int
}

/// A strict JSON parser (RFC 8259) that keeps positions. Duplicate keys are kept in order (the
/// reader reports them); nesting deeper than `maxDepth` is refused.
struct JSONParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private let maxDepth = 128

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
    }

    mutating func parse() throws(JSONSyntaxError) -> JSONNode {
        skipWhitespace()
        let node = try value(depth: 0)
        skipWhitespace()
        guard index == scalars.count else {
            throw fail(
                nl: "onverwacht \(describe(scalars[index])) na het einde van het document",
                en: "unexpected \(describe(scalars[index])) after the end of the document")
        }
        return node
    }

    // MARK: values

    private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard depth < maxDepth else {
            throw fail(nl: "te diep genest (meer dan \(maxDepth) niveaus)", en: "nested too deeply (more than \(maxDepth) levels)")
        }
        guard index < scalars.count else {
            throw fail(nl: "het document houdt op waar een waarde moet staan", en: "the document ends where a value should be")
        }
        let startLine = line, startColumn = column
        let c = scalars[index]
        let v: JSONNode.Value
        switch c {
        case "{": v = try object(depth: depth)
        case "[": v = try array(depth: depth)
        case "\"": v = .string(try string())
        case "-", "0"..."9": v = .number(try number())
        case "t": try literal("true"); v = .bool(true)
        case "f": try literal("false"); v = .bool(false)
        case "n": try literal("null"); v = .null
        default:
            throw fail(nl: "onverwacht \(describe(c)); hier hoort een waarde", en: "unexpected \(describe(c)); a value belongs here")
        }
        return JSONNode(value: v, line: startLine, column: startColumn)
    }

    private mutating func object(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        advance()
        var members: [(key: String, node: JSONNode)] = []
        skipWhitespace()
        if peek == "}" { advance(); return .object(members) }
        while true {
            skipWhitespace()
            guard peek == "\"" else {
                throw fail(nl: "hier hoort een sleutel tussen aanhalingstekens", en: "a key in double quotes belongs here")
            }
            let key = try string()
            skipWhitespace()
            guard peek == ":" else {
                throw fail(nl: "dubbele punt verwacht na sleutel \"\(key)\"", en: "colon expected after key \"\(key)\"")
            }
            advance()
            skipWhitespace()
            members.append((key, try value(depth: depth + 1)))
            skipWhitespace()
            if peek == "," { advance(); continue }
            if peek == "}" { advance(); return .object(members) }
            throw fail(nl: "komma of } verwacht", en: "comma or } expected")
        }
    }

    private mutating func array(depth: Int) throws(JSONSyntaxError) -> JSONNode.Value {
        advance()
        var items: [JSONNode] = []
        skipWhitespace()
        if peek == "]" { advance(); return .array(items) }
        while true {
            skipWhitespace()
            items.append(try value(depth: depth + 1))
            skipWhitespace()
            if peek == "," { advance(); continue }
            if peek == "]" { advance(); return .array(items) }
            throw fail(nl: "komma of ] verwacht", en: "comma or ] expected")
        }
    }

    private mutating func string() throws(JSONSyntaxError) -> String {
        let startLine = line, startColumn = column
        advance()
        var result = String.UnicodeScalarView()
        while true {
            guard index < scalars.count else {
                throw JSONSyntaxError(
                    message: (nl: "tekst wordt niet afgesloten met \"", en: "string is not closed with \""),
                    line: startLine, column: startColumn)
            }
            let c = scalars[index]
            if c == "\"" { advance(); return String(result) }
            if c.value < 0x20 {
                throw fail(
                    nl: "regeleinde of stuurteken binnen tekst; schrijf \\n",
                    en: "line break or control character inside a string; write \\n")
            }
            if c != "\\" { result.append(c); advance(); continue }
            advance()
            guard index < scalars.count else { continue }
            let e = scalars[index]
            advance()
            switch e {
            case "\"": result.append("\"")
            case "\\": result.append("\\")
            case "/": result.append("/")
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "u":
                var code = try hex4()
                if (0xD800...0xDBFF).contains(code), peek == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" {
                    advance(); advance()
                    let low = try hex4()
                    if (0xDC00...0xDFFF).contains(low) { code = 0x10000 + (code - 0xD800) << 10 + (low - 0xDC00) }
                }
                result.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                throw fail(nl: "onbekende escape \\\(e) in tekst", en: "unknown escape \\\(e) in string")
            }
        }
    }

    private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard index < scalars.count, let digit = Character(scalars[index]).hexDigitValue else {
                throw fail(nl: "\\u moet vier hexadecimale cijfers hebben", en: "\\u needs four hexadecimal digits")
            }
            code = code * 16 + UInt32(digit)
            advance()
        }
        return code
    }

    private mutating func number() throws(JSONSyntaxError) -> String {
        var text = ""
        func digits() -> Int {
            var count = 0
            while let c = peek, ("0"..."9").contains(c) { text.unicodeScalars.append(c); advance(); count += 1 }
            return count
        }
        if peek == "-" { text.append("-"); advance() }
        let integerStart = text.count
        guard digits() > 0 else { throw fail(nl: "getal zonder cijfers", en: "number without digits") }
        if text.count - integerStart > 1, text[text.index(text.startIndex, offsetBy: integerStart)] == "0" {
            throw fail(nl: "getal met voorloopnul", en: "number with a leading zero")
        }
        if peek == "." {
            text.append("."); advance()
            guard digits() > 0 else { throw fail(nl: "cijfers verwacht na de punt", en: "digits expected after the point") }
        }
        if peek == "e" || peek == "E" {
            text.append("e"); advance()
            if peek == "+" || peek == "-" { text.unicodeScalars.append(peek!); advance() }
            guard digits() > 0 else { throw fail(nl: "cijfers verwacht in de exponent", en: "digits expected in the exponent") }
        }
        return text
    }

    private mutating func literal(_ word: String) throws(JSONSyntaxError) {
        for expected in word.unicodeScalars {
            guard peek == expected else {
                throw fail(
                    nl: "onbekend woord; bedoelt u \(word)? (tekst hoort tussen aanhalingstekens)",
                    en: "unknown word; did you mean \(word)? (text belongs in double quotes)")
            }
            advance()
        }
    }

    // MARK: scanning

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func advance() {
        if scalars[index] == "\n" || (scalars[index] == "\r" && peekNext != "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private var peekNext: Unicode.Scalar? { index + 1 < scalars.count ? scalars[index + 1] : nil }

    private mutating func skipWhitespace() {
        while let c = peek, c == " " || c == "\t" || c == "\n" || c == "\r" { advance() }
    }

    private func describe(_ c: Unicode.Scalar) -> String {
        c.value < 0x20 ? "U+\(String(c.value, radix: 16, uppercase: true))" : "\"\(c)\""
    }

    private func fail(nl: String, en: String) -> JSONSyntaxError {
        JSONSyntaxError(message: (nl, en), line: line, column: column)
    }
}
