extension TextMetrics {
    /// Collapses line breaks, tabs and runs of spaces into single spaces, and trims.
    public static func singleLine(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(min(text.utf8.count, 512))
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.unicodeScalars.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The longest prefix of `text` (ending in "…" when cut) that fits in `maxWidth`; reads at
    /// most as many characters as can fit, so a 10,000-character title costs no more than a short one.
    public static func truncated(_ text: String, toWidth maxWidth: Double, size: Double, bold: Bool = false) -> String {
        let budget = (maxWidth - 1) / (size * 1.03) * 1000
        let ellipsis = Double(advance("…", bold: bold))
        var used = 0.0
        var cut: String.UnicodeScalarView.Index? = nil
        var index = text.unicodeScalars.startIndex
        while index < text.unicodeScalars.endIndex {
            let w = Double(advance(text.unicodeScalars[index], bold: bold))
            if cut == nil, used + w + ellipsis > budget { cut = index }
            used += w
            if used > budget {
                let end = cut ?? index
                var prefix = String(text.unicodeScalars[..<end])
                while prefix.last == " " { prefix.removeLast() }
                return prefix + "…"
            }
            text.unicodeScalars.formIndex(after: &index)
        }
        return text
    }

    /// Breaks `text` into at most `maxLines` lines of `maxWidth` at spaces; the last line is
    /// truncated with "…" when the text does not fit.
    public static func wrapped(
        _ text: String, toWidth maxWidth: Double, size: Double, maxLines: Int, bold: Bool = false
    ) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty, lines.count < maxLines - 1 {
            if width(of: String(rest), size: size, bold: bold) <= maxWidth { break }
            // Take words while they fit.
            var line = ""
            var consumed = rest.startIndex
            for word in rest.split(separator: " ", omittingEmptySubsequences: true) {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if width(of: candidate, size: size, bold: bold) > maxWidth { break }
                line = candidate
                consumed = word.endIndex
            }
            if line.isEmpty { break }  // a single word longer than a line: truncate below
            lines.append(line)
            rest = rest[consumed...].drop(while: { $0 == " " })
        }
        if !rest.isEmpty {
            lines.append(truncated(String(rest), toWidth: maxWidth, size: size, bold: bold))
        }
        return lines
    }
}
