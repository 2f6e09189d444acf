/// The one escaper for markup (HTML, SVG, XML), per context.
///
/// Two kinds of context: **display** (`text`, `attribute`, `html`), for what a person reads in a
/// report, a timeline or a page; and **data** (`dataText`, `dataAttribute`), for documents whose
/// content must come back exactly when read again (planreis XML, XES).
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

    /// Element content of a data document: `&`, `<`, `>` escaped, and a carriage return as
    /// `&#13;` (a reader would otherwise fold it into a line break). Characters XML 1.0 cannot
    /// hold, not even as references, become U+FFFD; bidi controls are data and stay as they are.
    public static func dataText(_ value: String) -> String {
        escapeData(value, attribute: false)
    }

    /// An attribute value of a data document, between double quotes: as `dataText`, and `"`,
    /// tab and line feed as references, which attribute-value normalisation would otherwise turn
    /// into spaces.
    public static func dataAttribute(_ value: String) -> String {
        escapeData(value, attribute: true)
    }

    private static func escapeData(_ text: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\r": out += "&#13;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default: out.unicodeScalars.append(representable(scalar))
            }
        }
        return out
    }

    /// Whether XML 1.0 can hold `scalar` at all (as a character or a reference).
    public static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v == 0x09 || v == 0x0A || v == 0x0D }
        return v != 0xFFFE && v != 0xFFFF
    }

    private static func representable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        isXMLCharacter(scalar) ? scalar : "\u{FFFD}"
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
