import Foundation

/// Folding of names for comparison (headers, lane names) and slugs for ids.
enum TextFolding {
    /// Lower case, accents removed (`é` → `e`, `ĳ` → `ij`), runs of white space made one space,
    /// trimmed: "  Cliënt  " and "client" fold alike.
    static func folded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 >= 0x21 && $0 < 0x7F }) { return text.lowercased() }
        var result = ""
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark || scalar == "\u{FEFF}" { continue }
            if scalar.properties.isWhitespace || scalar == "\u{00A0}" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            if let replacement = ligatures[scalar] {
                result += replacement
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// An id made from a name: lower case ASCII letters and digits joined by single dashes
    /// ("Raad voor de Kinderbescherming" → `raad-voor-de-kinderbescherming`, "Cliënt" → `client`);
    /// `fallback` when nothing is left.
    static func slug(_ text: String, fallback: String = "actor") -> String {
        var result = ""
        var pendingDash = false
        for scalar in folded(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? fallback : result
    }

    /// Letters that do not decompose into a base letter and an accent.
    private static let ligatures: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ĳ": "ij",
        "ı": "i", "’": "'", "‘": "'",
    ]
}
