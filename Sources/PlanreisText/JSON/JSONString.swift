/// JSON string literals (RFC 8259), written one way for every JSON planreis produces.
package enum JSONString {
    /// `text` as a quoted JSON string: quotes, backslashes, control characters and U+2028/U+2029
    /// escaped, everything else as is. With `forHTMLScript`, `<`, `>` and `&` are escaped too, so
    /// the literal can sit inside an HTML `<script>` element without `</script>` or `<!--`
    /// breaking out of it.
    public static func quoted(_ text: String, forHTMLScript: Bool = false) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "<" where forHTMLScript: result += "\\u003c"
            case ">" where forHTMLScript: result += "\\u003e"
            case "&" where forHTMLScript: result += "\\u0026"
            case "\u{2028}", "\u{2029}", "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
