import PlanreisModel

/// `xs:dateTime` as event logs write it, read and written by hand over bytes (millions of
/// them per log; no Foundation formatter). Accepts `2011-10-01T00:38:44.546+02:00`, no zone,
/// `Z`, any number of fraction digits (microseconds, nanoseconds), `+0200` and `+02`, a space
/// instead of `T`, and a date alone.
enum XESTimestamp {
    /// The moment as a `PartialDate` of time-of-day precision (day precision for a date
    /// alone), keeping the fraction digits and the zone as given; nil when unreadable.
    static func parse(_ text: String) -> PartialDate? {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        var start = 0, end = b.count
        while start < end && isSpace(b[start]) { start += 1 }
        while end > start && isSpace(b[end - 1]) { end -= 1 }
        var i = start
        func digits(_ count: Int) -> Int? {
            guard i + count <= end else { return nil }
            var value = 0
            for k in i..<(i + count) {
                let d = Int(b[k]) &- 48
                guard d >= 0 && d <= 9 else { return nil }
                value = value * 10 + d
            }
            i += count
            return value
        }
        func expect(_ byte: UInt8) -> Bool {
            guard i < end && b[i] == byte else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect(0x2D), let month = digits(2), expect(0x2D), let day = digits(2),
            (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        if i == end { return PartialDate(year: year, month: month, day: day) }
        guard i < end, b[i] == 0x54 || b[i] == 0x20 || b[i] == 0x74 else { return nil }  // T, space, t
        i += 1
        guard let hour = digits(2), expect(0x3A), let minute = digits(2), hour <= 23, minute <= 59 else { return nil }
        var second = 0, nanoseconds = 0, fractionDigits = 0, hasSeconds = false
        if expect(0x3A) {
            guard let s = digits(2), s <= 60 else { return nil }
            second = min(s, 59)  // a leap second stays in its minute
            hasSeconds = true
            if i < end && (b[i] == 0x2E || b[i] == 0x2C) {
                i += 1
                let first = i
                while i < end, b[i] >= 0x30, b[i] <= 0x39 {
                    if i - first < 9 { nanoseconds = nanoseconds * 10 + Int(b[i] - 0x30) }
                    i += 1
                }
                guard i > first else { return nil }
                fractionDigits = min(i - first, 9)
                for _ in fractionDigits..<9 { nanoseconds *= 10 }
            }
        }
        var offset: Int?
        if i < end {
            if b[i] == 0x5A || b[i] == 0x7A {  // Z
                i += 1
                offset = 0
            } else if b[i] == 0x2B || b[i] == 0x2D {  // + -
                let sign = b[i] == 0x2D ? -1 : 1
                i += 1
                guard let hours = digits(2), hours <= 18 else { return nil }
                var minutes = 0
                if i < end {
                    _ = expect(0x3A)
                    guard let m = digits(2), m <= 59 else { return nil }
                    minutes = m
                }
                offset = sign * (hours * 3600 + minutes * 60)
            }
        }
        guard i == end else { return nil }
        let time = PartialDate.TimeOfDay(
            seconds: hour * 3600 + minute * 60 + second, nanoseconds: nanoseconds, fractionDigits: fractionDigits,
            hasSeconds: hasSeconds, utcOffset: offset)
        return PartialDate(year: year, month: month, day: day, time: time)
    }

    /// The `xs:dateTime` text for a moment of a date: its time of day when it has one (seconds
    /// always, the fraction and zone as given), midnight without a zone otherwise. `latest`
    /// picks the date's last day (a period's end) instead of its first.
    static func format(_ date: PartialDate, latest: Bool = false) -> String {
        let out = XESOutputBuffer(capacity: 32)
        format(date, latest: latest, into: out)
        return out.withBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Appends `format(date, latest:)` to `out` as UTF-8 bytes.
    static func format(_ date: PartialDate, latest: Bool = false, into out: XESOutputBuffer) {
        let year: Int, month: Int, day: Int
        if date.precision >= .day {
            (year, month, day) = (date.year, date.month!, date.day!)
        } else {
            (year, month, day) = CivilDate.date(fromDayNumber: latest ? date.latestDay : date.earliestDay)
        }
        out.appendPadded(year, width: 4)
        out.append(byte: 0x2D)
        out.appendPadded(month, width: 2)
        out.append(byte: 0x2D)
        out.appendPadded(day, width: 2)
        out.append(byte: 0x54)
        let time = date.time ?? PartialDate.TimeOfDay(seconds: 0)
        out.appendPadded(time.seconds / 3600, width: 2)
        out.append(byte: 0x3A)
        out.appendPadded(time.seconds / 60 % 60, width: 2)
        out.append(byte: 0x3A)
        out.appendPadded(time.seconds % 60, width: 2)
        if time.fractionDigits > 0 {
            out.append(byte: 0x2E)
            var fraction = time.nanoseconds
            for _ in time.fractionDigits..<9 { fraction /= 10 }
            out.appendPadded(fraction, width: time.fractionDigits)
        }
        if let offset = time.utcOffset {
            out.append(byte: offset < 0 ? 0x2D : 0x2B)
            out.appendPadded(abs(offset) / 3600, width: 2)
            out.append(byte: 0x3A)
            out.appendPadded(abs(offset) / 60 % 60, width: 2)
        }
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
