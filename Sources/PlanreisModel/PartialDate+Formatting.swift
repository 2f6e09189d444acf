extension PartialDate {
    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli",
        "augustus", "september", "oktober", "november", "december",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// The canonical EDTF form: `2021-07-15`, `2021-07`, `2021-22` (summer), `2017-38` (mid),
    /// `2021`, `2020-07-15T10:30:00+02:00`; with `~`, `?` or `%` when qualified.
    public var edtf: String {
        var text = Self.pad(year, 4)
        switch precision {
        case .year: break
        case .yearPart: text += "-\(yearPart!.rawValue)"
        case .season: text += "-\(season!.rawValue)"
        case .month: text += "-" + Self.pad(month!, 2)
        case .day: text += "-" + Self.pad(month!, 2) + "-" + Self.pad(day!, 2)
        case .time: text += "-" + Self.pad(month!, 2) + "-" + Self.pad(day!, 2) + "T" + time!.iso
        }
        switch (isApproximate, isUncertain) {
        case (true, true): text += "%"
        case (true, false): text += "~"
        case (false, true): text += "?"
        case (false, false): break
        }
        return text
    }

    /// The date at its own precision, for people: "15 juli 2020", "mei 2017", "zomer 2021",
    /// "medio 2017", "ca. 2017", "juli 2021?"; in English "15 July 2020", "mid 2017".
    public func formatted(_ language: Language) -> String {
        var text: String
        switch precision {
        case .year:
            text = String(year)
        case .yearPart:
            let word: String
            switch (yearPart!, language) {
            case (.early, .nl): word = "begin"
            case (.mid, .nl): word = "medio"
            case (.late, .nl): word = "eind"
            case (.early, .en): word = "early"
            case (.mid, .en): word = "mid"
            case (.late, .en): word = "late"
            }
            text = "\(word) \(year)"
        case .season:
            let names = language == .nl ? ["lente", "zomer", "herfst", "winter"] : ["spring", "summer", "autumn", "winter"]
            text = "\(names[season!.rawValue - 21]) \(year)"
        case .month:
            text = "\(monthName(language)) \(year)"
        case .day, .time:
            text = language.pick("\(day!) \(monthName(language)) \(year)", "\(day!) \(monthName(language)) \(year)")
            if let time {
                text += " " + Self.pad(time.seconds / 3600, 2) + ":" + Self.pad(time.seconds / 60 % 60, 2)
            }
        }
        if isApproximate { text = (language.pick("ca. ", "c. ")) + text }
        if isUncertain { text += "?" }
        return text
    }

    /// The date in the form Dutch spreadsheets use: `15-07-2021` for a day, words otherwise
    /// ("juli 2021", "zomer 2021"), so that it reads back at the same precision.
    public var dutchSpreadsheetText: String {
        switch precision {
        case .day where qualifier.isEmpty:
            return Self.pad(day!, 2) + "-" + Self.pad(month!, 2) + "-" + Self.pad(year, 4)
        case .time where qualifier.isEmpty && time!.utcOffset == nil && time!.fractionDigits == 0:
            var text = Self.pad(day!, 2) + "-" + Self.pad(month!, 2) + "-" + Self.pad(year, 4) + " "
            text += Self.pad(time!.seconds / 3600, 2) + ":" + Self.pad(time!.seconds / 60 % 60, 2)
            if time!.hasSeconds { text += ":" + Self.pad(time!.seconds % 60, 2) }
            return text
        case .time:
            return edtf
        default:
            return formatted(.nl)
        }
    }

    func monthName(_ language: Language) -> String {
        (language == .nl ? Self.dutchMonths : Self.englishMonths)[month! - 1]
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension PartialDate.TimeOfDay {
    /// `10:30`, `10:30:00`, `10:30:00.123+01:00`, `10:30:00Z`.
    public var iso: String {
        var text = PartialDate.pad(seconds / 3600, 2) + ":" + PartialDate.pad(seconds / 60 % 60, 2)
        if hasSeconds || fractionDigits > 0 {
            text += ":" + PartialDate.pad(seconds % 60, 2)
        }
        if fractionDigits > 0 {
            var fraction = PartialDate.pad(nanoseconds, 9)
            if fractionDigits < 9 { fraction = String(fraction.prefix(fractionDigits)) }
            text += "." + fraction
        }
        if let offset = utcOffset {
            if offset == 0 {
                text += "Z"
            } else {
                text +=
                    (offset < 0 ? "-" : "+") + PartialDate.pad(abs(offset) / 3600, 2) + ":"
                    + PartialDate.pad(abs(offset) / 60 % 60, 2)
            }
        }
        return text
    }
}

extension PartialDate: CustomStringConvertible {
    public var description: String { edtf }
}
