import PlanreisModel

/// Reads planreis JSON into journeys: syntax first (with line and column), then the document,
/// each problem at its value with its JSON path, then the semantic checks.
struct JSONReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// An object's members by key, with its node and path.
    struct Members {
        var node: JSONNode
        var path: String
        var values: [String: JSONNode]

        subscript(key: String) -> JSONNode? { values[key] }
    }

    mutating func read(_ bytes: [UInt8]) -> ReadResult {
        guard let text = decode(bytes) else { return ReadResult(diagnostics: diagnostics) }
        var parser = JSONParser(text)
        let root: JSONNode
        do {
            root = try parser.parse()
        } catch {
            diagnostics.append(
                .error(
                    at: SourceLocation(file: file, line: error.line, column: error.column),
                    Localized(nl: "ongeldige JSON: \(error.message.nl)", en: "invalid JSON: \(error.message.en)"),
                    hint: Localized(
                        nl: "controleer komma's, haakjes en aanhalingstekens rond deze plek",
                        en: "check commas, brackets and quotes around this place")))
            return ReadResult(diagnostics: diagnostics)
        }
        guard let document = members(of: root, path: "", keys: ["format", "version", "journeys"]) else {
            return ReadResult(diagnostics: diagnostics)
        }
        guard checkHeader(document) else { return ReadResult(diagnostics: diagnostics) }
        var result = ReadResult()
        for (index, node) in array(document, "journeys", required: true).enumerated() {
            guard let (journey, map, broken) = readJourney(node, path: "journeys[\(index)]") else { continue }
            result.journeys.append(journey)
            result.sourceMaps.append(map)
            diagnostics += ReadCheckFilter.checks(of: journey, map: map, broken: broken)
        }
        result.diagnostics = diagnostics
        return result
    }

    /// The text, or nil (and an error at the first invalid byte) when it is not UTF-8.
    private mutating func decode(_ bytes: [UInt8]) -> String? {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var line = 1, column = 1
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if Unicode.UTF8.decode(scalar) == "\n" { line += 1; column = 1 } else { column += 1 }
            case .error, .emptyInput:
                break loop
            }
        }
        diagnostics.append(
            .error(
                at: SourceLocation(file: file, line: line, column: column),
                Localized(nl: "het bestand is geen geldige UTF-8", en: "the file is not valid UTF-8"),
                hint: Localized(nl: "sla JSON op als UTF-8", en: "save JSON as UTF-8")))
        return nil
    }

    /// `format` must be `planreis` and `version` at most the one this code reads.
    private mutating func checkHeader(_ document: Members) -> Bool {
        let format = string(document, "format", required: true)
        if let format, format != "planreis" {
            error(
                document["format"]!, "format",
                nl: "dit is geen planreis-JSON (format is \"\(format)\")", en: "this is not planreis JSON (format is \"\(format)\")",
                hint: (nl: "verwacht \"format\": \"planreis\"", en: "expected \"format\": \"planreis\""))
            return false
        }
        let version = integer(document, "version", required: true)
        if let version, !(1...JSONFormat.version).contains(version) {
            error(
                document["version"]!, "version",
                nl: "versie \(version) wordt niet ondersteund; deze planreis leest versie \(JSONFormat.version)",
                en: "version \(version) is not supported; this planreis reads version \(JSONFormat.version)",
                hint: (
                    nl: "gebruik een nieuwere planreis, of schrijf het bestand opnieuw als versie \(JSONFormat.version)",
                    en: "use a newer planreis, or write the file again as version \(JSONFormat.version)"
                ))
            return false
        }
        return format != nil && version != nil
    }

    // MARK: typed access

    /// Number of errors so far; a reader compares it before and after a part to know it broke.
    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    func location(_ node: JSONNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    mutating func error(_ node: JSONNode, _ path: String, nl: String, en: String, hint: (nl: String, en: String)? = nil) {
        let prefix = path.isEmpty ? "" : "\(path): "
        diagnostics.append(
            .error(
                at: location(node), Localized(nl: prefix + nl, en: prefix + en),
                hint: hint.map { Localized(nl: $0.nl, en: $0.en) }))
    }

    mutating func warning(_ node: JSONNode, _ path: String, nl: String, en: String) {
        let prefix = path.isEmpty ? "" : "\(path): "
        diagnostics.append(.warning(at: location(node), Localized(nl: prefix + nl, en: prefix + en)))
    }

    /// The members of an object node; unknown and repeated keys are warnings.
    mutating func members(of node: JSONNode, path: String, keys: [String]) -> Members? {
        guard case .object(let list) = node.value else {
            error(node, path, nl: "verwacht een object, gevonden \(node.typeName.nl)", en: "expected an object, found \(node.typeName.en)")
            return nil
        }
        var values: [String: JSONNode] = [:]
        for (key, value) in list {
            let memberPath = Self.join(path, key)
            if !keys.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: keys, fold: TextFolding.folded)
                warning(
                    value, memberPath,
                    nl: "onbekende sleutel \"\(key)\" wordt genegeerd" + (suggestion.map { " (bedoelt u \"\($0)\"?)" } ?? ""),
                    en: "unknown key \"\(key)\" is ignored" + (suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""))
            } else if values[key] != nil {
                warning(
                    value, memberPath, nl: "sleutel \"\(key)\" staat er twee keer; de eerste geldt",
                    en: "key \"\(key)\" appears twice; the first counts")
            } else {
                values[key] = value
            }
        }
        return Members(node: node, path: path, values: values)
    }

    mutating func string(_ object: Members, _ key: String, required: Bool = false) -> String? {
        guard let node = present(object, key, required: required, type: ("tekst", "string")) else { return nil }
        if case .string(let text) = node.value { return text }
        mismatch(node, Self.join(object.path, key), expected: ("tekst", "a string"))
        return nil
    }

    mutating func integer(_ object: Members, _ key: String, required: Bool = false) -> Int? {
        guard let node = present(object, key, required: required, type: ("getal", "number")) else { return nil }
        if case .number(let text) = node.value, let value = Int(text) { return value }
        mismatch(node, Self.join(object.path, key), expected: ("een geheel getal", "a whole number"))
        return nil
    }

    mutating func quantity(_ object: Members, _ key: String) -> Quantity? {
        guard let node = present(object, key, required: false, type: ("getal", "number")) else { return nil }
        if case .number(let text) = node.value, let value = Quantity(parsing: text) { return value }
        mismatch(
            node, Self.join(object.path, key), expected: ("een getal met hoogstens drie decimalen", "a number with at most three decimals"))
        return nil
    }

    mutating func array(_ object: Members, _ key: String, required: Bool = false) -> [JSONNode] {
        guard let node = present(object, key, required: required, type: ("lijst", "array")) else { return [] }
        if case .array(let items) = node.value { return items }
        mismatch(node, Self.join(object.path, key), expected: ("een lijst", "an array"))
        return []
    }

    private mutating func present(_ object: Members, _ key: String, required: Bool, type: (String, String)) -> JSONNode? {
        if let node = object[key] {
            if case .null = node.value, !required { return nil }
            return node
        }
        if required {
            error(
                object.node, object.path, nl: "sleutel \"\(key)\" ontbreekt", en: "key \"\(key)\" is missing",
                hint: (nl: "voeg \"\(key)\" toe (\(type.0))", en: "add \"\(key)\" (\(type.1))"))
        }
        return nil
    }

    private mutating func mismatch(_ node: JSONNode, _ path: String, expected: (nl: String, en: String)) {
        error(
            node, path, nl: "verwacht \(expected.nl), gevonden \(node.typeName.nl)",
            en: "expected \(expected.en), found \(node.typeName.en)")
    }
}
