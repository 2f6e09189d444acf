import PlanreisModel

/// The UTF-8 bytes of an XES log being written: literal pieces, attribute values escaped byte
/// by byte, numbers as digits, with no `String` built on the way (a large log has millions of
/// attributes). Plain memory that grows as needed and is reused after `removeAll()`: appending
/// a few bytes is a bounds check and a copy, no array bookkeeping.
final class XESOutputBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes are gathered.
    private(set) var count = 0

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// A buffer holding the same bytes.
    func copy() -> XESOutputBuffer {
        let other = XESOutputBuffer(capacity: capacity)
        other.append(UnsafeBufferPointer(start: base, count: count))
        return other
    }

    /// The bytes gathered, lent for the call.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes from `start` to the end, lent for the call.
    func withBytes<R>(from start: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Forgets the bytes, keeping the memory for the next ones.
    func removeAll() {
        count = 0
    }

    /// Makes room for `extra` more bytes.
    @inline(__always) private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to minimum: Int) {
        let newCapacity = max(capacity * 2, minimum)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).update(from: start, count: bytes.count)
        count += bytes.count
    }

    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    func append(byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// `count` spaces.
    func appendSpaces(_ n: Int) {
        reserve(n)
        (base + count).update(repeating: 0x20, count: n)
        count += n
    }

    /// Text for an attribute value in double quotes, exactly as `MarkupText.dataAttribute`
    /// writes it: `& < > "` and tab, line feed, carriage return as references; other control
    /// characters and U+FFFE, U+FFFF (which XML 1.0 cannot hold) as U+FFFD; anything else as is.
    func appendEscaped(_ text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if done == nil { Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0) } }
    }

    func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        let end = text.count
        var start = 0  // the first byte not yet copied
        var i = 0
        while i < end {
            let b = text[i]
            // Printable ASCII other than & < > " and any byte of a multi-byte scalar but 0xEF
            // (the lead byte of U+FFFE and U+FFFF) pass unchanged; they are copied in runs.
            if b >= 0x3F ? b != 0xEF : (b >= 0x20 && b != 0x26 && b != 0x3C && b != 0x3E && b != 0x22) {
                i += 1
                continue
            }
            if b == 0xEF {
                // Strings hold valid UTF-8: EF BF BE and EF BF BF are exactly U+FFFE and U+FFFF.
                guard i + 2 < end, text[i + 1] == 0xBF, text[i + 2] >= 0xBE else {
                    i += 1
                    continue
                }
                flushRun(text, from: start, to: i)
                append("\u{FFFD}")
                i += 3
                start = i
                continue
            }
            flushRun(text, from: start, to: i)
            switch b {
            case 0x26: append("&amp;")
            case 0x3C: append("&lt;")
            case 0x3E: append("&gt;")
            case 0x22: append("&quot;")
            case 0x09: append("&#9;")
            case 0x0A: append("&#10;")
            case 0x0D: append("&#13;")
            default: append("\u{FFFD}")  // another control character
            }
            i += 1
            start = i
        }
        flushRun(text, from: start, to: end)
    }

    private func flushRun(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        guard end > start else { return }
        append(UnsafeBufferPointer(rebasing: text[start..<end]))
    }

    /// A whole number in decimal, `-` before a negative one, as `String(value)` writes it.
    func append(_ value: Int) {
        if value < 0 { append(byte: 0x2D) }
        appendDigits(UInt64(value.magnitude), width: 1)
    }

    /// At least `width` (at most 20) decimal digits of `value`, zero-padded on the left.
    func appendDigits(_ value: UInt64, width: Int) {
        var length = 1
        var rest = value / 10
        while rest > 0 {
            length += 1
            rest /= 10
        }
        appendLastDigits(value, length: max(length, min(width, 20)))
    }

    /// Exactly `width` decimal digits of `value`'s magnitude (higher digits dropped), `-` first
    /// when it is negative: how `XESTimestamp` pads its fields.
    func appendPadded(_ value: Int, width: Int) {
        if value < 0 { append(byte: 0x2D) }
        appendLastDigits(UInt64(value.magnitude), length: width)
    }

    /// The last `length` decimal digits of `value`, zero-padded on the left.
    private func appendLastDigits(_ value: UInt64, length: Int) {
        reserve(length)
        var v = value
        var k = count + length - 1
        while k >= count {
            base[k] = UInt8(truncatingIfNeeded: 0x30 &+ v % 10)
            v /= 10
            k -= 1
        }
        count += length
    }

    /// An amount as `Money.decimalText` writes it: `1250.50`, `-3.05`, `12`.
    func append(_ money: Money) {
        if money.cents < 0 { append(byte: 0x2D) }
        let value = money.cents.magnitude
        appendDigits(value / 100, width: 1)
        let rest = value % 100
        if rest != 0 {
            append(byte: 0x2E)
            appendDigits(rest, width: 2)
        }
    }
}
