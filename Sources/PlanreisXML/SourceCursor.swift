/// Walks UTF-8 (or single-byte) source bytes keeping the 1-based line and character column of
/// the next byte. CRLF and lone CR count as one line break, as XML normalises them.
struct SourceCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Count every byte as a character (for single-byte encodings such as ISO-8859-1).
    let bytesAreCharacters: Bool
    private(set) var offset = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>, bytesAreCharacters: Bool = false) {
        self.bytes = bytes
        self.bytesAreCharacters = bytesAreCharacters
        if !bytesAreCharacters, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            offset = 3  // a byte order mark is not a character anyone sees
        }
    }

    var position: XMLPosition { XMLPosition(line: line, column: column) }
    var isAtEnd: Bool { offset >= bytes.count }
    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    func byte(at distance: Int) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    /// Whether the bytes at the cursor spell `text` (ASCII).
    func looksAt(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pattern = text.utf8Start
        for i in 0..<count where bytes[offset + i] != pattern[i] { return false }
        return true
    }

    /// Like `looksAt`, ignoring ASCII case.
    func looksAtIgnoringCase(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pattern = text.utf8Start
        for i in 0..<count where Self.lower(bytes[offset + i]) != Self.lower(pattern[i]) { return false }
        return true
    }

    private static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }

    mutating func advance() {
        guard offset < bytes.count else { return }
        let b = bytes[offset]
        offset += 1
        switch b {
        case 0x0A:
            line += 1
            column = 1
        case 0x0D:
            if current != 0x0A {
                line += 1
                column = 1
            }
        default:
            if bytesAreCharacters || b & 0xC0 != 0x80 { column += 1 }
        }
    }

    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Moves past the next occurrence of `terminator`, or to the end.
    mutating func skip(past terminator: StaticString) {
        while !isAtEnd && !looksAt(terminator) { advance() }
        advance(by: terminator.utf8CodeUnitCount)
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    mutating func skipSpaces() {
        while let b = current, Self.isSpace(b) { advance() }
    }

    /// Reads a name up to a space, `=`, `>`, `/` or the end.
    mutating func readName() -> String {
        let start = offset
        while let b = current, !Self.isSpace(b), b != 0x3D, b != 0x3E, b != 0x2F { advance() }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }
}
