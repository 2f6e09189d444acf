import PlanreisModel
import PlanreisText

/// The text form of `LogFidelity` and `LogAttribute` inside a tag: compact JSON (`JSONValue`)
/// with a fixed member order (so that writing is deterministic), read back with the strict
/// JSON parser.
///
///     {"types":{"REG_DATE":"date"},"noResource":"onbekend","header":{…}}
///     {"type":"list","key":"x","children":[{"type":"int","key":"n","value":"1"}]}
enum XESFidelityCodec {
    // MARK: writing

    /// Compact JSON (no white space; `<`, `>`, `&` as `\u` escapes, which any JSON reader reads).
    private static func text(_ value: JSONValue) -> String { value.serialized(.compactForHTMLScript) }

    static func encode(_ fidelity: LogFidelity) -> String {
        var members: [(String, JSONValue)] = []
        if !fidelity.types.isEmpty {
            members.append(("types", .object(fidelity.types.keys.sorted().map { ($0, .string(fidelity.types[$0]!.rawValue)) })))
        }
        if let lane = fidelity.noResourceLane { members.append(("noResource", .string(lane))) }
        if fidelity.traceNameAbsent {
            members.append(("traceName", .null))
        } else if let name = fidelity.traceName {
            members.append(("traceName", .string(name)))
        }
        if let header = fidelity.header { members.append(("header", value(header))) }
        return text(.object(members))
    }

    private static func value(_ header: LogHeader) -> JSONValue {
        .object([
            ("log", value(tags: header.logFields)),
            (
                "extensions",
                .array(
                    header.extensions.map {
                        .object([("name", .string($0.name)), ("prefix", .string($0.prefix)), ("uri", .string($0.uri))])
                    })
            ),
            (
                "globals",
                .array(header.globals.map { .object([("scope", .string($0.scope)), ("attributes", value(list: $0.attributes))]) })
            ),
            ("classifiers", .array(header.classifiers.map { value(tags: $0.fields) })),
            ("attributes", value(list: header.attributes)),
        ])
    }

    /// An ordered list of name/value pairs as a JSON object (names are unique in XML).
    private static func value(tags: [Tag]) -> JSONValue {
        .object(tags.map { ($0.key ?? "", .string($0.value)) })
    }

    private static func value(list: [LogAttribute]) -> JSONValue { .array(list.map(value)) }

    private static func value(_ attribute: LogAttribute) -> JSONValue {
        var members: [(String, JSONValue)] = [("type", .string(attribute.kind.rawValue)), ("key", .string(attribute.key))]
        if let value = attribute.value { members.append(("value", .string(value))) }
        if !attribute.children.isEmpty { members.append(("children", value(list: attribute.children))) }
        return .object(members)
    }

    static func encode(list: [LogAttribute]) -> String { text(value(list: list)) }

    static func encode(_ attribute: LogAttribute) -> String { text(value(attribute)) }

    // MARK: reading

    /// The descriptor in a tag's text; nil when it is not one.
    static func decodeFidelity(_ text: String) -> LogFidelity? {
        var parser = JSONParser(text)
        guard let node = try? parser.parse(), case .object(let members) = node.value else { return nil }
        var fidelity = LogFidelity()
        for (key, member) in members {
            switch (key, member.value) {
            case ("types", .object(let types)):
                for (name, type) in types {
                    guard case .string(let word) = type.value, let kind = LogAttribute.Kind(rawValue: word) else { return nil }
                    fidelity.types[name] = kind
                }
            case ("noResource", .string(let lane)): fidelity.noResourceLane = lane
            case ("traceName", .string(let name)): fidelity.traceName = name
            case ("traceName", .null): fidelity.traceNameAbsent = true
            case ("header", _):
                guard let header = header(member) else { return nil }
                fidelity.header = header
            default: return nil
            }
        }
        return fidelity
    }

    /// One typed attribute in a tag's text; nil when it is not one.
    static func decodeAttribute(_ text: String) -> LogAttribute? {
        var parser = JSONParser(text)
        guard let node = try? parser.parse() else { return nil }
        return attribute(node)
    }

    /// A list of typed attributes in a tag's text; nil when it is not one.
    static func decodeList(_ text: String) -> [LogAttribute]? {
        var parser = JSONParser(text)
        guard let node = try? parser.parse() else { return nil }
        return list(node)
    }

    private static func header(_ node: JSONNode) -> LogHeader? {
        guard case .object(let members) = node.value else { return nil }
        var header = LogHeader()
        for (key, member) in members {
            switch (key, member.value) {
            case ("log", _):
                guard let tags = tags(member) else { return nil }
                header.logFields = tags
            case ("extensions", .array(let items)):
                for item in items {
                    guard let fields = tags(item), fields.count == 3 else { return nil }
                    let value = { (name: String) in fields.first { $0.key == name }?.value }
                    guard let name = value("name"), let prefix = value("prefix"), let uri = value("uri") else { return nil }
                    header.extensions.append(.init(name: name, prefix: prefix, uri: uri))
                }
            case ("globals", .array(let items)):
                for item in items {
                    guard case .object(let fields) = item.value, fields.count == 2, fields[0].key == "scope",
                        case .string(let scope) = fields[0].node.value, fields[1].key == "attributes",
                        let attributes = list(fields[1].node)
                    else { return nil }
                    header.globals.append(.init(scope: scope, attributes: attributes))
                }
            case ("classifiers", .array(let items)):
                for item in items {
                    guard let fields = tags(item) else { return nil }
                    header.classifiers.append(.init(fields: fields))
                }
            case ("attributes", _):
                guard let attributes = list(member) else { return nil }
                header.attributes = attributes
            default: return nil
            }
        }
        return header
    }

    private static func tags(_ node: JSONNode) -> [Tag]? {
        guard case .object(let members) = node.value else { return nil }
        var tags: [Tag] = []
        for (key, member) in members {
            guard case .string(let value) = member.value else { return nil }
            tags.append(Tag(key, value))
        }
        return tags
    }

    private static func list(_ node: JSONNode) -> [LogAttribute]? {
        guard case .array(let items) = node.value else { return nil }
        var result: [LogAttribute] = []
        for item in items {
            guard let attribute = attribute(item) else { return nil }
            result.append(attribute)
        }
        return result
    }

    private static func attribute(_ node: JSONNode) -> LogAttribute? {
        guard case .object(let members) = node.value else { return nil }
        var kind: LogAttribute.Kind?
        var key: String?
        var value: String?
        var children: [LogAttribute] = []
        for (name, member) in members {
            switch (name, member.value) {
            case ("type", .string(let word)): kind = LogAttribute.Kind(rawValue: word)
            case ("key", .string(let text)): key = text
            case ("value", .string(let text)): value = text
            case ("children", _):
                guard let nested = list(member) else { return nil }
                children = nested
            default: return nil
            }
        }
        guard let kind, let key else { return nil }
        return LogAttribute(kind, key: key, value: value, children: children)
    }
}
