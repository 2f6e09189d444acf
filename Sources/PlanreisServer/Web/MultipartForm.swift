import Foundation

/// A `multipart/form-data` body (RFC 7578), parsed from bytes: each part's field name, file
/// name, media type and bytes. Malformed bodies are refused with the reason, never trapped on.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    enum Problem: Error, Equatable {
        case noBoundary
        case malformed(String)
    }

    var parts: [Part]

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the first part named `name`, or "".
    subscript(_ name: String) -> String { part(name).map { String(decoding: $0.body, as: UTF8.self) } ?? "" }

    /// The `boundary` parameter of a `multipart/form-data` Content-Type, or nil.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    init(parts: [Part]) {
        self.parts = parts
    }

    /// Parses `bytes` delimited by `boundary`.
    init(_ bytes: [UInt8], boundary: String) throws(Problem) {
        self.init(parts: try Self.parse(bytes, boundary: boundary))
    }

    private static func parse(_ bytes: [UInt8], boundary: String) throws(Problem) -> [Part] {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard bytes.starts(with: delimiter) else {
            guard let first = find(separator, in: bytes, from: 0) else { throw .malformed("no first boundary") }
            return try parse(Array(bytes[(first + 2)...]), boundary: boundary)
        }
        var parts: [Part] = []
        var position = delimiter.count
        while true {
            if bytes.count >= position + 2, bytes[position] == UInt8(ascii: "-"), bytes[position + 1] == UInt8(ascii: "-") { break }
            // Transport padding, then CRLF.
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") { position += 1 }
            guard bytes.count >= position + 2, bytes[position] == 13, bytes[position + 1] == 10 else {
                throw .malformed("no line break after a boundary")
            }
            position += 2
            guard let headerEnd = find([13, 10, 13, 10], in: bytes, from: position) else { throw .malformed("a part without headers") }
            let headers = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let bodyStart = headerEnd + 4
            guard let bodyEnd = find(separator, in: bytes, from: bodyStart) else { throw .malformed("no closing boundary") }
            parts.append(try part(headers: headers, body: Array(bytes[bodyStart..<bodyEnd])))
            position = bodyEnd + separator.count
            guard position <= bytes.count else { throw .malformed("no closing boundary") }
        }
        return parts
    }

    private static func part(headers: String, body: [UInt8]) throws(Problem) -> Part {
        var name: String?
        var filename: String?
        var type: String?
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { throw .malformed("a header line without a colon") }
            switch pair[0].lowercased() {
            case "content-disposition":
                let parameters = Self.parameters(pair[1])
                name = parameters["name"]
                filename = parameters["filename"]
            case "content-type": type = pair[1]
            default: continue
            }
        }
        guard let name else { throw .malformed("a part without a field name") }
        return Part(name: name, filename: filename, contentType: type, body: body)
    }

    /// `form-data; name="a"; filename="b \"c\".csv"` → ["name": "a", "filename": "b \"c\".csv"].
    static func parameters(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        var characters = Substring(text)
        // Skip the disposition type.
        guard let first = characters.firstIndex(of: ";") else { return [:] }
        characters = characters[characters.index(after: first)...]
        while !characters.isEmpty {
            characters = characters.drop { $0 == " " || $0 == "\t" || $0 == ";" }
            guard let equals = characters.firstIndex(of: "=") else { break }
            let key = characters[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            characters = characters[characters.index(after: equals)...]
            var value = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped {
                        value.append(character)
                        escaped = false
                    } else if character == "\\" {
                        escaped = true
                    } else if character == "\"" {
                        break
                    } else {
                        value.append(character)
                    }
                }
            } else {
                let end = characters.firstIndex(of: ";") ?? characters.endIndex
                value = characters[..<end].trimmingCharacters(in: .whitespaces)
                characters = characters[end...]
            }
            result[key] = value
        }
        return result
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
