/// The one JSON writer of planreis: a JSON value whose object members keep the order given, so
/// every output is deterministic and diffs well, written in one of a few fixed layouts.
///
/// Strings are written by `JSONString.quoted`; numbers are kept as the decimal text they were
/// made from (`.int`, `.number`), so money in cents and exact decimals never pass through a
/// floating-point value.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    /// A number as JSON text: digits, an optional minus, decimal point and exponent.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// A whole number.
    public static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A whole number.
    public static func int(_ value: Int64) -> JSONValue { .number(String(value)) }

    /// `value` or null.
    public static func optional<T>(_ value: T?, _ transform: (T) -> JSONValue) -> JSONValue {
        value.map(transform) ?? .null
    }

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// How a value is laid out as text.
    public enum Layout: Sendable {
        /// Two-space indentation; an array of scalars stays on one line (`[1, 2, 3]`). The
        /// layout of the analysis, cohort and budget JSON.
        case report
        /// Two-space indentation; an object of scalars that fits in 120 characters stays on one
        /// line (`{ "kind": "lost-op", "target": "o1" }`). The layout of the planreis JSON format.
        case document
        /// No white space at all, and `<`, `>`, `&` written as `\u` escapes, so the text can sit
        /// inside an HTML `<script>` element without `</script>` or `<!--` breaking out of it.
        case compactForHTMLScript
    }

    /// The value as text in `layout` (without a final line break).
    public func serialized(_ layout: Layout = .report) -> String {
        var output = ""
        write(to: &output, layout: layout, indent: "")
        return output
    }

    private func write(to output: inout String, layout: Layout, indent: String) {
        let forScript = layout == .compactForHTMLScript
        switch self {
        case .null: output += "null"
        case .bool(let b): output += b ? "true" : "false"
        case .number(let text): output += text
        case .string(let s): output += JSONString.quoted(s, forHTMLScript: forScript)
        case .array(let items):
            if items.isEmpty {
                output += "[]"
            } else if forScript || (layout == .report && items.allSatisfy(\.isScalar)) {
                let separator = forScript ? "," : ", "
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += separator }
                    item.write(to: &output, layout: layout, indent: indent)
                }
                output += "]"
            } else {
                let inner = indent + "  "
                output += "[\n"
                for (index, item) in items.enumerated() {
                    if index > 0 { output += ",\n" }
                    output += inner
                    item.write(to: &output, layout: layout, indent: inner)
                }
                output += "\n" + indent + "]"
            }
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            if forScript {
                output += "{"
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { output += "," }
                    output += JSONString.quoted(key, forHTMLScript: true) + ":"
                    value.write(to: &output, layout: layout, indent: indent)
                }
                output += "}"
                return
            }
            if layout == .document, members.allSatisfy({ $0.1.isScalar }) {
                let line =
                    "{ " + members.map { JSONString.quoted($0.0) + ": " + $0.1.serialized(layout) }.joined(separator: ", ") + " }"
                if indent.count + line.count <= 120 {
                    output += line
                    return
                }
            }
            let inner = indent + "  "
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += ",\n" }
                output += inner + JSONString.quoted(key) + ": "
                value.write(to: &output, layout: layout, indent: inner)
            }
            output += "\n" + indent + "}"
        }
    }

    /// Not an array or object.
    public var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
