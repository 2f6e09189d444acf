import PlanreisAnalysis
import PlanreisModel

/// A JSON value with object keys in a fixed order, so output is deterministic and diffs well.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number given as its decimal text ("0.40", "-12.5"), written as is.
    case decimal(String)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    public static func int(_ value: Int) -> JSONValue { .int(Int64(value)) }

    /// A number rounded half away from zero to `places` decimals; null when not finite.
    public static func number(_ value: Double, places: Int = 2) -> JSONValue {
        guard let text = DecimalText.fixed(value, places: places) else { return .null }
        return .decimal(text)
    }

    /// `value` or null.
    public static func optional<T>(_ value: T?, _ transform: (T) -> JSONValue) -> JSONValue {
        value.map(transform) ?? .null
    }

    /// Pretty-printed with two-space indentation; arrays of scalars stay on one line.
    public func serialized(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .decimal(let d): return d
        case .string(let s): return JSONString.quoted(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.serialized() }.joined(separator: ", ") + "]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let inner = indent + "  "
            return "{\n" + members.map { inner + JSONString.quoted($0.0) + ": " + $0.1.serialized(indent: inner) }.joined(separator: ",\n")
                + "\n" + indent + "}"
        }
    }

    var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }
}
