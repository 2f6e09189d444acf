import PlanreisModel

/// OCEL event times: the first moment of a date's interval as an ISO 8601 instant in UTC
/// (`2021-07-15T00:00:00Z`; a time of day with a zone converted to UTC). A date of less than day
/// precision starts on its first day here; the date as the source gave it is the event's
/// `date` attribute (EDTF), so no day is invented where the journey does not give one.
enum OCELTime {
    static func text(_ date: PartialDate) -> String {
        var day = date.earliestDay
        var seconds = 0
        var fraction = ""
        if date.precision == .time, let time = date.time {
            seconds = time.seconds - (time.utcOffset ?? 0)
            if seconds < 0 {
                seconds += 86_400
                day -= 1
            } else if seconds >= 86_400 {
                seconds -= 86_400
                day += 1
            }
            if time.fractionDigits > 0 {
                var value = time.nanoseconds
                for _ in time.fractionDigits..<9 { value /= 10 }
                fraction = "." + pad(value, time.fractionDigits)
            }
        }
        let (year, month, dayOfMonth) = CivilDate.date(fromDayNumber: day)
        return
            "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))T\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))\(fraction)Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
