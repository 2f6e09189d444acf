/// The small grammar of cells that hold several values: items separated by `|`, an item of a
/// keyed list written `key=value`, white space around items trimmed. A backslash makes the next
/// `|`, `=`, `\` or edge space literal; before any other character it is an ordinary backslash.
///
///     leefgebied=huisvesting | geweld=partnergeweld | urgent
///     € 1.250,50 | € 300,00
enum CompactList {
    private struct Unit {
        var character: Character
        var escaped: Bool
    }

    private static let specials: Set<Character> = ["|", "=", "\\"]

    private static func units(_ text: String) -> [Unit] {
        var result: [Unit] = []
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            if c == "\\" {
                if let next = iterator.next() {
                    if specials.contains(next) || next.isWhitespace {
                        result.append(Unit(character: next, escaped: true))
                    } else {
                        // An ordinary backslash ("C:\map"): kept with what follows.
                        result.append(Unit(character: "\\", escaped: true))
                        result.append(Unit(character: next, escaped: false))
                    }
                } else {
                    result.append(Unit(character: "\\", escaped: true))
                }
            } else {
                result.append(Unit(character: c, escaped: false))
            }
        }
        return result
    }

    private static func text(_ units: ArraySlice<Unit>) -> String {
        var slice = units
        while let first = slice.first, !first.escaped, first.character.isWhitespace { slice.removeFirst() }
        while let last = slice.last, !last.escaped, last.character.isWhitespace { slice.removeLast() }
        return String(slice.map(\.character))
    }

    private static func split(_ units: [Unit], at separator: Character, maxSplits: Int = .max) -> [ArraySlice<Unit>] {
        units.split(maxSplits: maxSplits, omittingEmptySubsequences: false) { $0.character == separator && !$0.escaped }
    }

    /// The items of a positional list, empty ones included (`a | | b` has three); none for an
    /// empty cell.
    static func items(_ cell: String) -> [String] {
        let all = units(cell)
        guard all.contains(where: { !$0.character.isWhitespace || $0.escaped }) else { return [] }
        return split(all, at: "|").map { text($0) }
    }

    /// The items of a keyed list; an item without `=` has no key. Empty items are skipped.
    static func pairs(_ cell: String) -> [(key: String?, value: String)] {
        split(units(cell), at: "|").compactMap { item in
            let parts = split(Array(item), at: "=", maxSplits: 1)
            if parts.count == 2 { return (text(parts[0]), text(parts[1])) }
            let value = text(item)
            return value.isEmpty && !item.contains(where: \.escaped) ? nil : (nil, value)
        }
    }

    /// One value escaped for a list; `keyed` also escapes `=`.
    static func escape(_ value: String, keyed: Bool) -> String {
        var result = ""
        let chars = Array(value)
        for (index, c) in chars.enumerated() {
            let atEdge = index == 0 || index == chars.count - 1
            if c == "|" || c == "\\" || (keyed && c == "=") || (atEdge && c.isWhitespace) {
                result.append("\\")
            }
            result.append(c)
        }
        return result
    }

    /// A positional list; trailing empty items are kept so that positions line up.
    static func join(_ items: [String]) -> String {
        items.map { escape($0, keyed: false) }.joined(separator: " | ")
    }

    /// A keyed list.
    static func join(pairs: [(key: String?, value: String)]) -> String {
        pairs.map { pair in
            pair.key.map { escape($0, keyed: true) + "=" + escape(pair.value, keyed: true) } ?? escape(pair.value, keyed: true)
        }.joined(separator: " | ")
    }
}
