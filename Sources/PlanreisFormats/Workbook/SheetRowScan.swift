#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A quick count, before parsing, of the rows of a worksheet part that hold a value (`<v>` or
/// an inline string `<is>`), so that a sheet with far too many filled rows is refused in a
/// fraction of a second instead of being parsed first. `strstr` finds the tags at C speed and
/// only ever moves forward.
enum SheetRowScan {
    /// Whether `bytes`, which must end in a NUL byte, has more than `limit` `<row>` elements
    /// holding a value. A NUL inside the part (never valid XML) ends the count early; the
    /// parser then still refuses the rows past the limit.
    static func exceeds(_ bytes: [UInt8], limit: Int) -> Bool {
        guard bytes.last == 0 else { return false }
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            func find(_ needle: StaticString, from: UnsafePointer<CChar>) -> UnsafePointer<CChar>? {
                let pattern = UnsafeRawPointer(needle.utf8Start).assumingMemoryBound(to: CChar.self)
                return strstr(from, pattern).map { UnsafePointer($0) }
            }
            var filled = 0
            var row = find("<row", from: base)
            var value = find("<v>", from: base)
            var inline = find("<is>", from: base)
            while let start = row {
                let next = find("<row", from: start + 4)
                let end = next ?? base + buffer.count
                while let v = value, v < start { value = find("<v>", from: v + 3) }
                while let i = inline, i < start { inline = find("<is>", from: i + 4) }
                if let v = value, v < end { filled += 1 } else if let i = inline, i < end { filled += 1 }
                if filled > limit { return true }
                row = next
            }
            return false
        }
    }
}
