/// Watches a document's bytes chunk by chunk on their way to libxml2, so that a streamed document
/// gets the same safety and the same exact positions as one read whole: it refuses a
/// `<!DOCTYPE`, an `<!ENTITY` or any other markup declaration (and UTF-16/32 input) before
/// libxml2 has seen it, and queues the position of every start tag's `<` in document order.
///
/// A byte state machine with no lookahead, so chunk boundaries fall anywhere.
struct StreamingMarkupScanner {
    private enum State: UInt8 {
        case text, lessThan, bang, bangDash, comment, cdataOpen, cdata, processingInstruction, endTag
    }

    private var state = State.text
    private var line = 1
    private var column = 1
    private var lastWasCarriageReturn = false
    /// Dashes, brackets or question marks just seen, or letters of `[CDATA[` matched.
    private var run = 0
    /// Bytes seen so far (for the byte order mark and encoding checks at the start).
    private var offset = 0
    private var head: [UInt8] = []
    /// Bytes of the XML declaration while it is read, to learn the encoding.
    private var declaration: [UInt8]?
    /// Whether every byte is one character (a single-byte encoding was declared).
    private var bytesAreCharacters = false
    private var tagLine = 1
    private var tagColumn = 1

    /// Start-tag positions not yet taken, oldest first.
    private var positions: [XMLPosition] = []
    private var firstPosition = 0

    /// Why the document was refused, once it was.
    private(set) var refusal: XMLProblem?

    /// The position where the scan stands (after the last byte seen).
    var position: XMLPosition { XMLPosition(line: line, column: column) }

    /// The position of the next start tag libxml2 reports, in document order.
    mutating func takeStartTagPosition() -> XMLPosition? {
        guard firstPosition < positions.count else { return nil }
        let position = positions[firstPosition]
        firstPosition += 1
        if firstPosition >= 1024 && firstPosition * 2 >= positions.count {
            positions.removeFirst(firstPosition)
            firstPosition = 0
        }
        return position
    }

    /// Scans the next chunk; false (and `refusal` set) when the document must not be parsed.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard refusal == nil else { return false }
        var index = 0
        let count = bytes.count
        if offset < 4 {
            while index < count && offset < 4 {
                head.append(bytes[index])
                if !step(bytes[index]) { return false }
                index += 1
            }
            if offset >= 4 || count == 0, let encoding = XMLEncodingSniff.foreign(head) {
                refuse(
                    .unsupportedEncoding(encoding), at: XMLPosition(line: 1, column: 1),
                    "the document is encoded as \(encoding); only UTF-8 (or an ASCII-compatible encoding) is read")
                return false
            }
        }
        guard let base = bytes.baseAddress else { return true }
        while index < count {
            if state == .text {
                // The fast path: plain text and the inside of tags, up to the next `<`.
                var line = self.line, column = self.column, carriageReturn = lastWasCarriageReturn
                let single = bytesAreCharacters
                let start = index
                // Eight bytes at a time while none of them is `<` or a carriage return: line
                // feeds are counted, and the column grows by the bytes that start a character
                // (after the last line feed of the eight, when there is one).
                if !single && !carriageReturn {
                    while index + 8 <= count {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        let special = Self.byteMask(word, 0x3C) | Self.byteMask(word, 0x0D)
                        // The bytes before the first `<` or carriage return (all eight if none).
                        let length = special == 0 ? 8 : special.trailingZeroBitCount >> 3
                        if length > 0 {
                            let kept: UInt64 = length == 8 ? ~0 : (1 &<< UInt64(length &* 8)) &- 1
                            let continuation = word & 0x8080_8080_8080_8080 & ~((word << 1) & 0x8080_8080_8080_8080) & kept
                            let lineFeeds = Self.byteMask(word, 0x0A) & kept
                            if lineFeeds == 0 {
                                // (Counting bits is slow on plain x86-64: ASCII needs no count.)
                                column &+= continuation == 0 ? length : length &- continuation.nonzeroBitCount
                            } else {
                                line &+= lineFeeds.nonzeroBitCount
                                let last = (63 &- lineFeeds.leadingZeroBitCount) >> 3  // the last line feed's byte
                                let after = continuation >> UInt64((last &+ 1) &* 8)
                                column = 1 &+ (length &- 1 &- last) &- after.nonzeroBitCount
                            }
                            index &+= length
                        }
                        if special == 0 { continue }
                        // A `<` whose next byte is here: a start tag's place is noted and an end
                        // tag passed over without leaving this loop; `<!`, `<?` (and a carriage
                        // return, or a `<` at the chunk's end) go to the byte-wise path below.
                        guard base[index] == 0x3C, index + 1 < count else { break }
                        let next = base[index &+ 1]
                        if next == 0x21 || next == 0x3F { break }
                        if next != 0x2F { positions.append(XMLPosition(line: line, column: column)) }
                        column &+= next & 0xC0 == 0x80 ? 1 : 2
                        index &+= 2
                    }
                }
                while index < count {
                    let byte = base[index]
                    if byte == 0x3C { break }
                    if byte == 0x0A {
                        if carriageReturn {
                            carriageReturn = false
                        } else {
                            line += 1
                            column = 1
                        }
                    } else if byte == 0x0D {
                        line += 1
                        column = 1
                        carriageReturn = true
                    } else {
                        carriageReturn = false
                        if single || byte & 0xC0 != 0x80 { column &+= 1 }
                    }
                    index &+= 1
                }
                self.line = line
                self.column = column
                lastWasCarriageReturn = carriageReturn
                offset &+= index - start
                if index == count { break }
            }
            if !step(base[index]) { return false }
            index += 1
        }
        return true
    }

    /// Checks the start once the input ended (a document shorter than four bytes).
    mutating func finish() -> Bool {
        guard refusal == nil else { return false }
        if offset < 4, let encoding = XMLEncodingSniff.foreign(head) {
            refuse(
                .unsupportedEncoding(encoding), at: XMLPosition(line: 1, column: 1),
                "the document is encoded as \(encoding); only UTF-8 (or an ASCII-compatible encoding) is read")
            return false
        }
        return true
    }

    private mutating func step(_ byte: UInt8) -> Bool {
        switch state {
        case .text:
            if byte == 0x3C {
                tagLine = line
                tagColumn = column
                state = .lessThan
            }
        case .lessThan:
            switch byte {
            case 0x21: state = .bang  // !
            case 0x3F:  // ?
                state = .processingInstruction
                run = 0
                if tagLine == 1 && tagColumn == 1 { declaration = [] }
            case 0x2F: state = .endTag  // /
            default:
                positions.append(XMLPosition(line: tagLine, column: tagColumn))
                state = .text
            }
        case .bang:
            if byte == 0x2D {
                state = .bangDash
            } else if byte == 0x5B {
                state = .cdataOpen
                run = 0
            } else {
                let at = XMLPosition(line: tagLine, column: tagColumn)
                if byte == 0x45 || byte == 0x65 {
                    refuse(.entityRefused, at: at, "the document declares an entity (<!ENTITY); entity declarations are refused")
                } else {
                    refuse(.doctypeRefused, at: at, "the document has a DOCTYPE declaration; documents with a DTD are refused")
                }
                return false
            }
        case .bangDash:
            state = byte == 0x2D ? .comment : .text
            run = 0
        case .comment:
            if byte == 0x2D {
                run += 1
            } else {
                if byte == 0x3E && run >= 2 { state = .text }
                run = 0
            }
        case .cdataOpen:
            if byte == Self.cdataKeyword[run] {
                run += 1
                if run == Self.cdataKeyword.count {
                    state = .cdata
                    run = 0
                }
            } else {
                state = .text  // not well-formed; libxml2 says so
            }
        case .cdata:
            if byte == 0x5D {
                run += 1
            } else {
                if byte == 0x3E && run >= 2 { state = .text }
                run = 0
            }
        case .processingInstruction:
            if declaration != nil {
                if declaration!.count < 512 { declaration!.append(byte) }
            }
            if byte == 0x3E && run > 0 {
                state = .text
                if let text = declaration {
                    learnEncoding(text)
                    declaration = nil
                }
            }
            run = byte == 0x3F ? 1 : 0
        case .endTag:
            if byte == 0x3E { state = .text }
        }
        advance(byte)
        return true
    }

    @inline(__always)
    private mutating func advance(_ byte: UInt8) {
        offset &+= 1
        switch byte {
        case 0x0A:
            if lastWasCarriageReturn {
                lastWasCarriageReturn = false
            } else {
                line += 1
                column = 1
            }
        case 0x0D:
            line += 1
            column = 1
            lastWasCarriageReturn = true
        default:
            lastWasCarriageReturn = false
            if bytesAreCharacters || byte & 0xC0 != 0x80 { column += 1 }
            if offset == 3 && head.count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF {
                column = 1  // a byte order mark is not a character anyone sees (the first bytes go through step)
            }
        }
    }

    /// The high bit of every byte of `word` that equals `byte`, and no other bit (exact, unlike
    /// the classic zero-byte test, so that the bits can be counted).
    @inline(__always)
    private static func byteMask(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let x = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
    }

    /// `CDATA[`, after `<![`.
    private static let cdataKeyword: [UInt8] = [0x43, 0x44, 0x41, 0x54, 0x41, 0x5B]

    private mutating func learnEncoding(_ bytes: [UInt8]) {
        if let name = XMLEncodingSniff.declared(bytes) { bytesAreCharacters = XMLEncodingSniff.isSingleByte(name) }
    }

    private mutating func refuse(_ kind: XMLProblem.Kind, at position: XMLPosition, _ message: String) {
        refusal = XMLProblem(.error, stage: .safety, kind: kind, position: position, message: message)
    }
}

/// What the XML readers learn about a document's encoding before libxml2 reads it: the
/// encodings they refuse (by byte-order mark or first bytes) and the one the XML declaration
/// names (for counting columns: in a single-byte encoding every byte is a character).
enum XMLEncodingSniff {
    /// The name of a byte-order mark or first-bytes pattern of an encoding that is not
    /// ASCII-compatible (UTF-16, UTF-32, EBCDIC), if `bytes` start with one.
    static func foreign(_ bytes: some Collection<UInt8>) -> String? {
        func starts(_ pattern: [UInt8]) -> Bool { bytes.starts(with: pattern) }
        if starts([0x00, 0x00, 0xFE, 0xFF]) || starts([0xFF, 0xFE, 0x00, 0x00]) || starts([0x00, 0x00, 0x00, 0x3C])
            || starts([0x3C, 0x00, 0x00, 0x00])
        {
            return "UTF-32"
        }
        if starts([0xFE, 0xFF]) || starts([0xFF, 0xFE]) || starts([0x00, 0x3C]) || starts([0x3C, 0x00]) { return "UTF-16" }
        if starts([0x4C, 0x6F, 0xA7, 0x94]) { return "EBCDIC" }
        return nil
    }

    /// The `encoding="…"` of an XML declaration (`<?xml …?>`, with or without its `<?`).
    static func declared(_ declaration: some Collection<UInt8>) -> String? {
        var text = Substring(String(decoding: declaration, as: UTF8.self))
        if text.hasPrefix("<?") { text = text.dropFirst(2) }
        guard text.hasPrefix("xml"), let range = text.firstRange(of: "encoding") else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != quote })
    }

    /// Whether an encoding of this name spends one byte per character (any but UTF-8 and ASCII
    /// among those the readers accept).
    static func isSingleByte(_ name: String) -> Bool {
        let upper = name.uppercased()
        return !(upper == "UTF-8" || upper == "UTF8" || upper == "US-ASCII" || upper == "ASCII")
    }
}
