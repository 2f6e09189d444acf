import PlanreisModel

/// Attribute elements, `<type key="…" value="…"/>` on a line of their own, as bytes.
extension XESWriter {
    /// A fixed attribute key: its head, then a number, then a suffix (`planreis:tag:` `2` `:key`).
    /// Plain values only, so that passing one costs no reference counting.
    struct Key {
        var head: Head
        var number: Int?
        var suffix: StaticString?

        init(_ head: Head, _ number: Int? = nil, _ suffix: StaticString? = nil) {
            self.head = head
            self.number = number
            self.suffix = suffix
        }

        init(_ head: Head, _ suffix: StaticString) {
            self.init(head, nil, suffix)
        }
    }

    /// The bytes an attribute element starts with, up to its key's variable part:
    /// `    <string key="planreis:tag:`. Made once per key and kept for the life of the
    /// program (heads are static constants); never written after `init`, so safe to share.
    struct Head: @unchecked Sendable {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>

        init(_ depth: Int, _ type: AttributeType, _ base: String, numbered: Bool = false) {
            let out = XESOutputBuffer(capacity: 64)
            out.appendSpaces(2 * depth)
            out.append(byte: 0x3C)  // <
            out.append(type.name)
            out.append(" key=\"")
            out.appendEscaped(base)
            if numbered { out.append(byte: 0x3A) }  // :
            let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: out.count)
            _ = out.withBytes { bytes.initialize(from: $0) }
            self.bytes = UnsafeBufferPointer(bytes)
        }
    }

    /// The XES attribute element types planreis writes.
    enum AttributeType {
        case string, int, float, date, boolean

        var name: StaticString {
            switch self {
            case .string: "string"
            case .int: "int"
            case .float: "float"
            case .date: "date"
            case .boolean: "boolean"
            }
        }
    }

    /// An attribute with a text value; nothing when the value is nil.
    mutating func attribute(_ key: Key, _ value: String?) {
        guard let value else { return }
        open(key)
        out.appendEscaped(value)
        close()
    }

    /// An attribute with a text value under a key from the data (a tag's key).
    mutating func attribute(_ depth: Int, key: String, _ value: String?) {
        guard let value else { return }
        out.appendSpaces(2 * depth)
        out.append("<string key=\"")
        out.appendEscaped(key)
        out.append("\" value=\"")
        out.appendEscaped(value)
        close()
    }

    /// An `int` attribute; nothing when the value is nil.
    mutating func attribute(_ key: Key, _ value: Int?) {
        guard let value else { return }
        open(key)
        out.append(value)
        close()
    }

    /// A `float` attribute holding an amount; nothing when the amount is nil.
    mutating func attribute(_ key: Key, _ value: Money?) {
        guard let value else { return }
        open(key)
        out.append(value)
        close()
    }

    /// The element up to its value: `<type key="…" value="`; the value and `close()` follow.
    mutating func open(_ key: Key) {
        out.append(key.head.bytes)
        if let number = key.number { out.append(number) }
        if let suffix = key.suffix { out.append(suffix) }
        out.append("\" value=\"")
    }

    mutating func close() {
        out.append("\"/>\n")
    }
}
