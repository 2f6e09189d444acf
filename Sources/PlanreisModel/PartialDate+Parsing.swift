/// Why a text is not a date, in both languages, with a hint how to write it.
public struct DateParseError: Error, Hashable, Sendable {
    public var text: String
    public var message: Localized
    public var hint: Localized

    static func unreadable(_ text: String) -> DateParseError {
        DateParseError(
            text: text,
            message: Localized(
                nl: "onleesbare datum \"\(text)\"",
                en: "unreadable date \"\(text)\""),
            hint: Localized(
                nl: "schrijf bijvoorbeeld 15-07-2021, juli 2021, zomer 2021, medio 2017, 2021 of 2021-07-15",
                en: "write for example 2021-07-15, 2021-07, July 2021, summer 2021, mid 2017 or 2021"))
    }
}

extension PartialDate {
    /// Parses EDTF level 0–1 (and the year parts 37–39 of level 2) or a Dutch or English form
    /// that professionals type: `15-07-2021`, `15-7-2021`, `15 juli 2021`, `juli 2021`,
    /// `zomer 2021`, `de zomer van 2021`, `medio 2017`, `eind 2013`, `begin 2014`,
    /// `ca. mei 2017`, `mei 2017?`.
    public init(parsing text: String) throws(DateParseError) {
        var parser = DateTextParser(text)
        self = try parser.parse()
    }

    /// Parses a date or an EDTF interval (`2021-07/2022-03`, also `2021-07 / 2022-03` and
    /// Dutch `juli 2021 tot maart 2022`), returning its start and, for an interval, its end.
    public static func parseSpan(_ text: String) throws(DateParseError) -> (start: PartialDate, end: PartialDate?) {
        let trimmed = text.trimmingSpaces()
        for separator in ["/", " tot en met ", " t/m ", " tot ", " until ", " to ", " – ", " - "] {
            if separator == "/" {
                // A slash also separates day, month and year in 15/07/2021: only an EDTF-style
                // interval has exactly one slash with a date on both sides.
                let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
                if parts.count == 2, let a = try? PartialDate(parsing: String(parts[0])),
                    let b = try? PartialDate(parsing: String(parts[1]))
                {
                    return (a, b)
                }
                continue
            }
            let lower = trimmed.lowercased()
            if let range = lower.firstRange(of: separator) {
                let startText = String(lower[..<range.lowerBound])
                let endText = String(lower[range.upperBound...])
                if let a = try? PartialDate(parsing: startText), let b = try? PartialDate(parsing: endText) {
                    return (a, b)
                }
            }
        }
        return (try PartialDate(parsing: trimmed), nil)
    }
}

extension String {
    /// The text without leading and trailing white space.
    /// Whether the text is empty or only whitespace (`trimmingSpaces().isEmpty`, without a copy).
    public var isBlank: Bool {
        // Most texts start with a visible ASCII character: decided by one byte.
        if let first = utf8.first, first > 0x20 && first < 0x7F { return false }
        return allSatisfy(\.isWhitespace)
    }

    public func trimmingSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}

/// Month and season names, Dutch and English, lower case.
enum CalendarWords {
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let dutch = [
            "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
            "september", "oktober", "november", "december",
        ]
        let english = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        for (index, name) in dutch.enumerated() { table[name] = index + 1 }
        for (index, name) in english.enumerated() { table[name] = index + 1 }
        let abbreviations = [
            "jan": 1, "feb": 2, "mrt": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
            "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12,
        ]
        for (name, month) in abbreviations { table[name] = month }
        return table
    }()

    static let seasons: [String: PartialDate.Season] = [
        "lente": .spring, "voorjaar": .spring, "spring": .spring,
        "zomer": .summer, "summer": .summer,
        "herfst": .autumn, "najaar": .autumn, "autumn": .autumn, "fall": .autumn,
        "winter": .winter,
    ]

    static let yearParts: [String: PartialDate.YearPart] = [
        "begin": .early, "start": .early, "early": .early, "vroeg": .early,
        "medio": .mid, "midden": .mid, "half": .mid, "mid": .mid, "halverwege": .mid,
        "eind": .late, "einde": .late, "einde van": .late, "late": .late, "laat": .late, "end": .late,
    ]

    static let approximatePrefixes = [
        "ca.", "ca", "circa", "c.", "rond", "rondom", "omstreeks",
        "ongeveer", "about", "around", "±", "~",
    ]
}
