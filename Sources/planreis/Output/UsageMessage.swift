import Foundation

/// The argument parser's usage errors in Dutch (unless `--lang en` is on the command line):
/// the parser itself writes English, and everything a user reads is Dutch by default.
enum UsageMessage {
    /// `message` with the parser's fixed English phrases in Dutch; anything else is kept.
    static func localized(_ message: String, arguments: [String] = CommandLine.arguments) -> String {
        if wantsEnglish(arguments) { return message }
        var text = message
        for (pattern, template) in patterns {
            text = text.replacingOccurrences(of: pattern, with: template, options: .regularExpression)
        }
        return text
    }

    /// Whether the command line asks for English (`--lang en` or `--lang=en`).
    static func wantsEnglish(_ arguments: [String]) -> Bool {
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang=en" { return true }
            if argument == "--lang", index + 1 < arguments.count, arguments[index + 1] == "en" { return true }
        }
        return false
    }

    /// English phrase (a regular expression) → Dutch template, applied in order.
    static let patterns: [(String, String)] = [
        (#"Missing expected argument '([^']*)'"#, "Verplicht argument ontbreekt: '$1'"),
        (#"Missing value for '([^']*)'"#, "Geen waarde bij '$1'"),
        (#"Unknown option '([^']*)'"#, "Onbekende optie '$1'"),
        (#"Unexpected argument '([^']*)'"#, "Onverwacht argument '$1'"),
        (#"Unexpected arguments? "#, "Onverwachte argumenten "),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "De waarde '$1' is ongeldig bij '$2'"),
        (#"Please provide one of '([^']*)'"#, "Geef een van '$1'"),
        (#"Did you mean '([^']*)'\?"#, "Bedoelt u '$1'?"),
        (#"(?m)^Error: "#, "Fout: "),
        (#"(?m)^Help: "#, "Hulp: "),
        (#"(?m)^Usage: "#, "Gebruik: "),
        (#"See '([^']*)' for more information\."#, "Zie '$1' voor meer informatie."),
    ]
}
