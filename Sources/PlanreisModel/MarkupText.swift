/// User text escaped for HTML, SVG and XML markup: one escaper for every renderer.
///
/// It works on Unicode scalars, never on `Character`s: a quote followed by a combining mark
/// (`"` U+0301) is one Swift `Character` but still ends an HTML attribute value. Characters
/// XML 1.0 forbids (other C0 and C1 controls, U+FFFE, U+FFFF) are dropped, and bidi controls are
/// balanced (`BidiText.balanced`), so no right-to-left override runs past the value.
public enum MarkupText {
    /// Element content: `&`, `<`, `>` escaped.
    public static func text(_ value: String) -> String {
        escape(value, quotes: false, lineFeeds: false)
    }

    /// An XML or SVG attribute value between double or single quotes: also `"`, `'` and line
    /// feeds (`&#10;`, which XML's attribute-value normalisation would otherwise turn into spaces).
    public static func attribute(_ value: String) -> String {
        escape(value, quotes: true, lineFeeds: true)
    }

    /// HTML, where one value may land in element content or in a quoted attribute value (a
    /// template decides): `& < > " '` escaped, line breaks kept as they are.
    public static func html(_ value: String) -> String {
        escape(value, quotes: true, lineFeeds: false)
    }

    static func escape(_ value: String, quotes: Bool, lineFeeds: Bool) -> String {
        let value = BidiText.balanced(value)
        var result = String.UnicodeScalarView()
        result.reserveCapacity(value.utf8.count + 8)
        func append(_ reference: String) { result.append(contentsOf: reference.unicodeScalars) }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"" where quotes: append("&quot;")
            case "'" where quotes: append("&#39;")
            case "\n" where lineFeeds: append("&#10;")
            case "\t", "\n", "\r": result.append(scalar)
            default:
                // XML 1.0 allows no other control characters, nor U+FFFE/U+FFFF.
                let v = scalar.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
