/// A parsed JSON value with the line and column (1-based, in characters) where it starts.
/// Numbers keep their text, so that cents and quantities are read exactly.
struct JSONNode {
    indirect enum Value {
        case object([(key: String, node: JSONNode)])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var line: Int
    var column: Int

    /// A word for the value's type, for messages.
    var typeName: (nl: String, en: String) {
        switch value {
        case .object: ("object", "object")
        case .array: ("lijst", "array")
        case .string: ("tekst", "string")
        case .number: ("getal", "number")
        case .bool: ("waar/onwaar", "boolean")
        case .null: ("null", "null")
        }
    }
}
