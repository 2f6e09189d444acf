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
                guard let end = find("-->", from: i + 4) else { return nil }
                i = end + 3
            } else if looks(at: i, "<![CDATA[") {
                guard let end = find("]]>", from: i + 9) else { return nil }
                if text == 0 { textStart = i }
                text += end - (i + 9)
                if text > limits.maxTextLength { return problem(.textLength, found: text, at: textStart) }
                i = end + 3
            } else if looks(at: i, "<?") {
                guard let end = find("?>", from: i + 2) else { return nil }
                if end - i > limits.maxTextLength { return problem(.textLength, found: end - i, at: i) }
                i = end + 2
            } else if looks(at: i, "</") {
                guard let end = find(0x3E, from: i + 2) else { return nil }
                if end - i > limits.maxTextLength { return problem(.textLength, found: end - i, at: i) }
                depth -= 1
                text = 0
                i = end + 1
            } else if looks(at: i, "<!") {
                // A declaration: the prolog guard has refused it already; libxml2 reports the rest.
                guard let end = find(0x3E, from: i + 2) else { return nil }
                i = end + 1
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
                        guard let close = find(b, from: j + 1) else { return nil }
                        if close - j - 1 > limits.maxTextLength { return problem(.textLength, found: close - j - 1, at: j + 1) }
                        j = close + 1
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

    private func looks(at i: Int, _ pattern: StaticString) -> Bool { bytes.matches(pattern, at: i) }
    private func find(_ byte: UInt8, from: Int) -> Int? { bytes.offset(of: byte, from: from) }
    private func find(_ pattern: StaticString, from: Int) -> Int? { bytes.offset(of: pattern, from: from) }

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

    /// The offset of the next `pattern` at or after `from`.
    func offset(of pattern: StaticString, from: Int) -> Int? {
        let first = pattern.utf8Start[0]
        var at = from
        while let hit = offset(of: first, from: at) {
            if matches(pattern, at: hit) { return hit }
            at = hit + 1
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
