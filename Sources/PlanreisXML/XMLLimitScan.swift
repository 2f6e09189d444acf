#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One fast pass over a whole document before libxml2 sees it: element count, nesting depth,
/// and the length of every text, attribute value and tag against `XMLLimits`. It jumps from
/// `<` to `<` with `memchr`, allocates nothing and stops at the first limit passed, so that a
/// 50 MB text node or 100,000 nested elements are refused in milliseconds, before any tree is
/// built. Malformed markup is left for libxml2 to report.
struct XMLLimitScan {
    let bytes: UnsafeBufferPointer<UInt8>
    let limits: XMLLimits

    /// The first limit passed, as a problem at the place where it was passed; nil when none.
    func check() -> XMLProblem? {
        if bytes.count > limits.maxBytes {
            return problem(.bytes, found: bytes.count, at: nil)
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        let count = bytes.count
        var i = 0
        var depth = 0
        var elements = 0
        /// Bytes of text of the current element since its last start or end tag.
        var text = 0
        var textStart = 0

        while i < count {
            let next = find(0x3C, from: i) ?? count
            if text == 0 { textStart = i }
            text += next - i
            if text > limits.maxTextLength { return problem(.textLength, found: text, at: textStart) }
            guard next < count else { break }
            i = next
            if looks(at: i, "<!--") {
                switch search("-->", from: i + 4, within: limits.maxTextLength) {
                case .found(let end): i = end + 3
                case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: i)
                case .missing: return nil
                }
            } else if looks(at: i, "<![CDATA[") {
                if text == 0 { textStart = i }
                switch search("]]>", from: i + 9, within: limits.maxTextLength - text) {
                case .found(let end):
                    text += end - (i + 9)
                    i = end + 3
                case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: textStart)
                case .missing: return nil
                }
            } else if looks(at: i, "<?") {
                switch search("?>", from: i + 2, within: limits.maxTextLength) {
                case .found(let end): i = end + 2
                case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: i)
                case .missing: return nil
                }
            } else if looks(at: i, "</") {
                switch search(">", from: i + 2, within: limits.maxTextLength) {
                case .found(let end):
                    depth -= 1
                    text = 0
                    i = end + 1
                case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: i)
                case .missing: return nil
                }
            } else if looks(at: i, "<!") {
                // A declaration: the prolog guard refuses it; libxml2 reports the rest.
                switch search(">", from: i + 2, within: limits.maxTextLength) {
                case .found(let end): i = end + 1
                case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: i)
                case .missing: return nil
                }
            } else {
                elements += 1
                if elements > limits.maxElements { return problem(.elements, found: elements, at: i) }
                // The start tag: quoted values measured one by one, the rest as the tag's length.
                let start = i
                var tagBytes = 0
                var j = i + 1
                var closed = false, empty = false
                while j < count {
                    let b = base[j]
                    if b == 0x22 || b == 0x27 {
                        switch search(b == 0x22 ? "\"" : "'", from: j + 1, within: limits.maxTextLength) {
                        case .found(let close): j = close + 1
                        case .tooFar: return problem(.textLength, found: limits.maxTextLength + 1, at: j + 1)
                        case .missing: return nil
                        }
                        continue
                    }
                    if b == 0x3E {
                        closed = true
                        empty = base[j - 1] == 0x2F
                        break
                    }
                    if b == 0x3C { break }  // not well-formed; libxml2 reports it
                    tagBytes += 1
                    if tagBytes > limits.maxTextLength { return problem(.textLength, found: tagBytes, at: start) }
                    j += 1
                }
                guard closed else { return nil }
                if !empty {
                    depth += 1
                    if depth > limits.maxDepth { return problem(.depth, found: depth, at: start) }
                }
                text = 0
                i = j + 1
            }
        }
        return nil
    }

    private enum Search {
        case found(Int)
        /// Not within the window, and the input goes on past it.
        case tooFar
        /// Not before the end of the input (not well-formed; libxml2 reports it).
        case missing
    }

    /// Looks for `pattern` starting within `window` bytes from `from`.
    private func search(_ pattern: StaticString, from: Int, within window: Int) -> Search {
        let end = window >= bytes.count - from ? bytes.count : from + max(0, window) + pattern.utf8CodeUnitCount
        if let hit = bytes.offset(of: pattern, from: from, before: end) { return .found(hit) }
        return end < bytes.count ? .tooFar : .missing
    }

    private func looks(at i: Int, _ pattern: StaticString) -> Bool { bytes.matches(pattern, at: i) }
    private func find(_ byte: UInt8, from: Int) -> Int? { bytes.offset(of: byte, from: from) }

    /// The problem for a limit passed at byte `offset` (nil: the input as a whole).
    private func problem(_ limit: XMLLimits.Limit, found: Int, at offset: Int?) -> XMLProblem {
        let position = offset.map(position(of:))
        let what: String
        switch limit {
        case .bytes: what = "the input is \(found) bytes, more than the limit of \(limits.maxBytes)"
        case .depth: what = "elements nest more than \(limits.maxDepth) levels deep"
        case .textLength: what = "a text, attribute value or tag is longer than the limit of \(limits.maxTextLength) bytes"
        case .elements: what = "the input has more than \(limits.maxElements) elements"
        }
        return XMLProblem(.error, stage: .safety, kind: .limitExceeded(limit, limit: limits[limit]), position: position, message: what)
    }

    private func position(of offset: Int) -> XMLPosition { bytes.position(of: offset) }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the bytes at `i` spell `pattern` (ASCII), optionally ignoring ASCII case.
    func matches(_ pattern: StaticString, at i: Int, ignoringCase: Bool = false) -> Bool {
        let n = pattern.utf8CodeUnitCount
        guard i >= 0, i + n <= count else { return false }
        let p = pattern.utf8Start
        for k in 0..<n {
            var a = self[i + k], b = p[k]
            if ignoringCase {
                if a >= 0x41 && a <= 0x5A { a += 0x20 }
                if b >= 0x41 && b <= 0x5A { b += 0x20 }
            }
            if a != b { return false }
        }
        return true
    }

    /// The offset of the next `byte` at or after `from` (found with `memchr`).
    func offset(of byte: UInt8, from: Int) -> Int? {
        guard from >= 0, from < count, let base = baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), count - from) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// The offset of the next `pattern` at or after `from` and before `end`: one pass over the
    /// bytes, linear whatever they hold (no memchr on a byte the input may repeat).
    func offset(of pattern: StaticString, from: Int, before end: Int? = nil) -> Int? {
        let end = Swift.min(end ?? count, count)
        let n = pattern.utf8CodeUnitCount
        guard from >= 0, end - from >= n, let base = baseAddress else { return nil }
        let p = pattern.utf8Start
        let first = p[0]
        var k = from
        let last = end - n
        while k <= last {
            if base[k] == first {
                var m = 1
                while m < n && base[k + m] == p[m] { m += 1 }
                if m == n { return k }
            }
            k += 1
        }
        return nil
    }

    /// Line and character column of a byte offset, as `SourceCursor` counts them (CRLF and a
    /// lone CR are one line break; a leading byte order mark is no character).
    func position(of offset: Int) -> XMLPosition {
        let bom = count >= 3 && self[0] == 0xEF && self[1] == 0xBB && self[2] == 0xBF
        var i = bom ? 3 : 0
        var lineStart = i, line = 1
        // Jump from line break to line break with memchr (each kind searched again only once
        // passed), then count the characters of the last line.
        var nextLF = self.offset(of: 0x0A, from: i) ?? count
        var nextCR = self.offset(of: 0x0D, from: i) ?? count
        while true {
            let stop = Swift.min(nextLF, nextCR)
            guard stop < offset else { break }
            line += 1
            i = stop + 1
            if self[stop] == 0x0D, i < count, self[i] == 0x0A { i += 1 }
            lineStart = i
            if nextLF < i { nextLF = self.offset(of: 0x0A, from: i) ?? count }
            if nextCR < i { nextCR = self.offset(of: 0x0D, from: i) ?? count }
        }
        var column = 1
        if lineStart < offset {
            for k in lineStart..<offset where self[k] & 0xC0 != 0x80 { column += 1 }
        }
        return XMLPosition(line: line, column: column)
    }
}
