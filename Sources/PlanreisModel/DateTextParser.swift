/// Reads one date written as EDTF or as Dutch/English words. See `PartialDate(parsing:)`.
struct DateTextParser {
    let original: String

    init(_ text: String) {
        original = text
    }

    mutating func parse() throws(DateParseError) -> PartialDate {
        var text = original.trimmingSpaces().lowercased()
        guard !text.isEmpty else {
            throw DateParseError(
                text: original,
                message: Localized(nl: "lege datum", en: "empty date"),
                hint: Localized(nl: "vul een datum in, bijvoorbeeld juli 2021", en: "fill in a date, for example 2021-07"))
        }
        var qualifier: PartialDate.Qualifier = []
        // Trailing EDTF qualifiers and a question mark.
        while let last = text.last, "~?%".contains(last) {
            switch last {
            case "~": qualifier.insert(.approximate)
            case "?": qualifier.insert(.uncertain)
            default: qualifier.formUnion([.approximate, .uncertain])
            }
            text.removeLast()
            text = text.trimmingSpaces()
        }
        // Leading words that make a date approximate.
        var stripped = true
        while stripped {
            stripped = false
            for prefix in CalendarWords.approximatePrefixes where text.hasPrefix(prefix) {
                let rest = text.dropFirst(prefix.count)
                // "ca." may be glued to the date; a word needs a space after it.
                if prefix.last == "." || prefix == "~" || prefix == "±" || rest.first == " " {
                    qualifier.insert(.approximate)
                    text = String(rest).trimmingSpaces()
                    stripped = true
                    break
                }
            }
        }
        var date: PartialDate
        if let first = text.first, first.isNumber, text.count >= 4,
            text.prefix(4).allSatisfy(\.isNumber), text.count == 4 || text.dropFirst(4).first == "-"
        {
            date = try parseEDTF(text)
        } else if let first = text.first, first.isNumber, text.contains(where: { "-/.".contains($0) }),
            !text.contains(where: \.isLetter)
        {
            date = try parseNumeric(text)
        } else {
            date = try parseWords(text)
        }
        date.qualifier.formUnion(qualifier)
        return date
    }

    // MARK: EDTF

    private func parseEDTF(_ text: String) throws(DateParseError) -> PartialDate {
        let chars = Array(text)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= chars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                guard let digit = chars[index + offset].wholeNumberValue, chars[index + offset].isASCII else { return nil }
                value = value * 10 + digit
            }
            index += digits
            return value
        }
        guard let year = number(4) else { throw DateParseError.unreadable(original) }
        if index == chars.count { return PartialDate(year: year) }
        guard chars[index] == "-" else { throw DateParseError.unreadable(original) }
        index += 1
        guard let second = number(2) else { throw DateParseError.unreadable(original) }
        if index == chars.count {
            switch second {
            case 1...12: return PartialDate(year: year, month: second)
            case 21...24: return PartialDate(year: year, season: PartialDate.Season(rawValue: second)!)
            case 37...39: return PartialDate(year: year, part: PartialDate.YearPart(rawValue: second)!)
            default: throw Self.badMonth(second, in: original)
            }
        }
        guard (1...12).contains(second) else { throw Self.badMonth(second, in: original) }
        guard chars[index] == "-" else { throw DateParseError.unreadable(original) }
        index += 1
        guard let day = number(2) else { throw DateParseError.unreadable(original) }
        try Self.checkDay(day, month: second, year: year, in: original)
        if index == chars.count { return PartialDate(year: year, month: second, day: day) }
        guard chars[index] == "t" || chars[index] == " " else { throw DateParseError.unreadable(original) }
        index += 1
        let time = try parseTime(Array(chars[index...]))
        return PartialDate(year: year, month: second, day: day, time: time)
    }

    /// `hh:mm[:ss[.fff]][z|±hh[:mm]]`
    private func parseTime(_ chars: [Character]) throws(DateParseError) -> PartialDate.TimeOfDay {
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= chars.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                guard chars[index + offset].isASCII, let digit = chars[index + offset].wholeNumberValue else { return nil }
                value = value * 10 + digit
            }
            index += digits
            return value
        }
        guard let hour = number(2), index < chars.count, chars[index] == ":" else { throw DateParseError.unreadable(original) }
        index += 1
        guard let minute = number(2) else { throw DateParseError.unreadable(original) }
        var second = 0, nanos = 0, fractionDigits = 0, hasSeconds = false
        if index < chars.count, chars[index] == ":" {
            index += 1
            guard let s = number(2) else { throw DateParseError.unreadable(original) }
            second = s
            hasSeconds = true
            if index < chars.count, chars[index] == "." || chars[index] == "," {
                index += 1
                var scale = 100_000_000
                while index < chars.count, chars[index].isASCII, let digit = chars[index].wholeNumberValue {
                    if fractionDigits < 9 { nanos += digit * scale; scale /= 10 }
                    fractionDigits += 1
                    index += 1
                }
                guard fractionDigits > 0 else { throw DateParseError.unreadable(original) }
                // Nanoseconds are kept; finer digits are dropped, and the date says so.
                fractionDigits = min(fractionDigits, 9)
            }
        }
        guard hour < 24 || (hour == 24 && minute == 0 && second == 0), minute < 60, second < 61 else {
            throw DateParseError(
                text: original,
                message: Localized(nl: "ongeldige tijd in \"\(original)\"", en: "invalid time in \"\(original)\""),
                hint: Localized(nl: "uren 00–23, minuten en seconden 00–59", en: "hours 00–23, minutes and seconds 00–59"))
        }
        var offset: Int?
        if index < chars.count {
            let sign = chars[index]
            if sign == "z" {
                offset = 0
                index += 1
            } else if sign == "+" || sign == "-" {
                index += 1
                guard let oh = number(2) else { throw DateParseError.unreadable(original) }
                var om = 0
                if index < chars.count, chars[index] == ":" { index += 1 }
                if index < chars.count { guard let m = number(2) else { throw DateParseError.unreadable(original) }; om = m }
                // Real offsets run from -12:00 to +14:00, minutes below 60.
                guard om < 60, oh * 60 + om <= 14 * 60 else {
                    throw DateParseError(
                        text: original,
                        message: Localized(
                            nl: "onmogelijke tijdzone in \"\(original)\"", en: "impossible time zone in \"\(original)\""),
                        hint: Localized(
                            nl: "een tijdzone loopt van -12:00 tot +14:00, bijvoorbeeld +01:00 of Z",
                            en: "a time zone runs from -12:00 to +14:00, for example +01:00 or Z"))
                }
                offset = (sign == "-" ? -1 : 1) * (oh * 3600 + om * 60)
            }
        }
        guard index == chars.count else { throw DateParseError.unreadable(original) }
        return PartialDate.TimeOfDay(
            seconds: min(hour * 3600 + minute * 60 + second, 86_399), nanoseconds: nanos,
            fractionDigits: fractionDigits, hasSeconds: hasSeconds, utcOffset: offset)
    }

    // MARK: Dutch numeric forms

    /// `15-07-2021`, `15-7-2021`, `15/7/2021`, `15.07.2021`, optionally ` 10:30`; `07-2021`.
    private func parseNumeric(_ text: String) throws(DateParseError) -> PartialDate {
        var datePart = Substring(text)
        var timePart: Substring?
        if let space = text.firstIndex(of: " ") {
            datePart = text[..<space]
            timePart = Substring(text[text.index(after: space)...].drop(while: { $0 == " " }))
        }
        let fields = datePart.split(omittingEmptySubsequences: false, whereSeparator: { "-/.".contains($0) })
        // Day and month have one or two digits, a year four: longer digit runs are no date (and
        // would not fit an Int).
        guard fields.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw DateParseError.unreadable(original)
        }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count else { throw DateParseError.unreadable(original) }
        switch numbers.count {
        case 2 where fields[1].count == 4:
            let (month, year) = (numbers[0], numbers[1])
            guard (1...12).contains(month) else { throw Self.badMonth(month, in: original) }
            guard timePart == nil else { throw DateParseError.unreadable(original) }
            return PartialDate(year: year, month: month)
        case 3 where fields[2].count == 4 && fields[0].count <= 2 && fields[1].count <= 2:
            let (day, month, year) = (numbers[0], numbers[1], numbers[2])
            guard (1...12).contains(month) else { throw Self.badMonth(month, in: original) }
            try Self.checkDay(day, month: month, year: year, in: original)
            var time: PartialDate.TimeOfDay?
            if let timePart { time = try parseTime(Array(timePart)) }
            return PartialDate(year: year, month: month, day: day, time: time)
        default:
            throw DateParseError.unreadable(original)
        }
    }

    // MARK: words

    /// `15 juli 2021`, `juli 2021`, `zomer 2021`, `de zomer van 2021`, `medio 2017`, `2017`.
    private func parseWords(_ text: String) throws(DateParseError) -> PartialDate {
        let filler: Set<String> = ["de", "het", "in", "van", "of", "the", "in de", "rond"]
        var words = text.replacingCommas().split(separator: " ").map(String.init).filter { !filler.contains($0) }
        // "mid-2017", "medio-2017", and Excel's "jul-21" and "15-jul-21".
        if words.count == 1, words[0].contains("-") {
            words = words[0].split(separator: "-").map(String.init)
        }
        // Excel shows a date as "mmm-jj" and saves that text: a month word with a two-digit
        // year means 1970–2069 (the usual spreadsheet pivot).
        if words.count >= 2, let last = words.last, last.count == 2, let short = Int(last), last.allSatisfy(\.isASCII),
            CalendarWords.months[words[words.count - 2].trimmingCharacters(in: ".")] != nil
        {
            words[words.count - 1] = String(short < 70 ? 2000 + short : 1900 + short)
        }
        guard let yearWord = words.last, yearWord.count == 4, yearWord.allSatisfy({ $0.isASCII && $0.isNumber }),
            let year = Int(yearWord)
        else {
            throw DateParseError.unreadable(original)
        }
        let head = Array(words.dropLast())
        switch head.count {
        case 0:
            return PartialDate(year: year)
        case 1:
            let word = head[0].trimmingCharacters(in: ".")
            if let month = CalendarWords.months[word] { return PartialDate(year: year, month: month) }
            if let season = CalendarWords.seasons[word] { return PartialDate(year: year, season: season) }
            if let part = CalendarWords.yearParts[word] { return PartialDate(year: year, part: part) }
        case 2:
            let first = head[0].trimmingCharacters(in: "."), second = head[1].trimmingCharacters(in: ".")
            // "15 juli 2021"
            if first.count <= 2, first.allSatisfy({ $0.isASCII && $0.isNumber }), let day = Int(first),
                let month = CalendarWords.months[second]
            {
                try Self.checkDay(day, month: month, year: year, in: original)
                return PartialDate(year: year, month: month, day: day)
            }
            // "July 15 2021"
            if let month = CalendarWords.months[first], second.count <= 2, second.allSatisfy({ $0.isASCII && $0.isNumber }),
                let day = Int(second)
            {
                try Self.checkDay(day, month: month, year: year, in: original)
                return PartialDate(year: year, month: month, day: day)
            }
        default:
            break
        }
        throw DateParseError.unreadable(original)
    }

    // MARK: checks

    static func badMonth(_ month: Int, in text: String) -> DateParseError {
        DateParseError(
            text: text,
            message: Localized(
                nl: "maand \(month) bestaat niet in \"\(text)\"",
                en: "month \(month) does not exist in \"\(text)\""),
            hint: Localized(
                nl: "een maand is 1 tot en met 12; seizoenen zijn 21–24 (lente–winter), jaardelen 37–39 (begin, medio, eind)",
                en: "a month is 1 to 12; seasons are 21–24 (spring–winter), year parts 37–39 (early, mid, late)"))
    }

    static func checkDay(_ day: Int, month: Int, year: Int, in text: String) throws(DateParseError) {
        guard day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else {
            let date = PartialDate(year: year, month: month)
            throw DateParseError(
                text: text,
                message: Localized(
                    nl: "\(day) \(date.formatted(.nl)) bestaat niet (\"\(text)\")",
                    en: "\(date.formatted(.en).split(separator: " ")[0]) \(day), \(year) does not exist (\"\(text)\")"),
                hint: Localized(
                    nl:
                        "\(date.formatted(.nl)) heeft \(CivilDate.daysInMonth(year: year, month: month)) dagen; weet u de dag niet, schrijf dan alleen de maand",
                    en:
                        "\(date.formatted(.en)) has \(CivilDate.daysInMonth(year: year, month: month)) days; if you do not know the day, give only the month"
                ))
        }
    }
}

extension String {
    fileprivate func replacingCommas() -> String {
        String(map { $0 == "," ? " " : $0 })
    }

    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
