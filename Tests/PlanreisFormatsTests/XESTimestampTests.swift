import PlanreisModel
import Testing

@testable import PlanreisFormats

/// The hand-written `xs:dateTime` parser and formatter, and exact decimals for money.
@Suite struct XESTimestampTests {
    typealias Time = PartialDate.TimeOfDay

    @Test(arguments: [
        (
            "2011-10-01T00:38:44.546+02:00",
            PartialDate(
                year: 2011, month: 10, day: 1, time: Time(seconds: 2324, nanoseconds: 546_000_000, fractionDigits: 3, utcOffset: 7200))
        ),
        ("2011-10-01T00:38:44", PartialDate(year: 2011, month: 10, day: 1, time: Time(seconds: 2324))),
        ("2011-10-01T00:38:44Z", PartialDate(year: 2011, month: 10, day: 1, time: Time(seconds: 2324, utcOffset: 0))),
        (
            "2011-10-01T00:38:44.123456-05:30",
            PartialDate(
                year: 2011, month: 10, day: 1, time: Time(seconds: 2324, nanoseconds: 123_456_000, fractionDigits: 6, utcOffset: -19800))
        ),
        (
            "2011-10-01 00:38:44.1234567891+0200",
            PartialDate(
                year: 2011, month: 10, day: 1, time: Time(seconds: 2324, nanoseconds: 123_456_789, fractionDigits: 9, utcOffset: 7200))
        ),
        ("2011-10-01T00:38+01", PartialDate(year: 2011, month: 10, day: 1, time: Time(seconds: 2280, hasSeconds: false, utcOffset: 3600))),
        ("  2024-02-29T23:59:60Z ", PartialDate(year: 2024, month: 2, day: 29, time: Time(seconds: 86399, utcOffset: 0))),
        ("2011-10-01", PartialDate(year: 2011, month: 10, day: 1)),
    ])
    func readsWhatLogsWrite(_ text: String, _ expected: PartialDate) {
        #expect(XESTimestamp.parse(text) == expected)
    }

    @Test(arguments: [
        "", "2011", "2011-10", "2011-13-01T00:00:00", "2023-02-29T00:00:00", "2011-10-01T24:00:00", "2011-10-01T10:60:00",
        "2011-10-01T10:00:00.", "2011-10-01T10:00:00+2", "2011-10-01T10:00:00 UTC", "01-10-2011", "2011-10-01X10:00:00",
        "2011-10-01T10:00:00+19:00", "２０１１-10-01",
    ])
    func refusesWhatIsNoTimestamp(_ text: String) {
        #expect(XESTimestamp.parse(text) == nil)
    }

    @Test func theEpochPlaceholderIsRecognisedInAnyZone() throws {
        #expect(try #require(XESTimestamp.parse("1970-01-01T00:00:00.000+01:00")).isEpochPlaceholder)
        #expect(try #require(XESTimestamp.parse("1970-01-01T00:00:00Z")).isEpochPlaceholder)
        #expect(!(try #require(XESTimestamp.parse("1971-01-01T00:00:00Z")).isEpochPlaceholder))
    }

    @Test func formatsEveryPrecisionSoThatItReadsBack() throws {
        let moment = try #require(XESTimestamp.parse("2011-10-01T00:38:44.546+02:00"))
        #expect(XESTimestamp.format(moment) == "2011-10-01T00:38:44.546+02:00")
        #expect(XESTimestamp.parse(XESTimestamp.format(moment)) == moment)
        let micro = try #require(XESTimestamp.parse("2011-10-01T00:38:44.000120Z"))
        #expect(XESTimestamp.format(micro) == "2011-10-01T00:38:44.000120+00:00")
        #expect(XESTimestamp.format(PartialDate(year: 2021, month: 7, day: 15)) == "2021-07-15T00:00:00")
        #expect(XESTimestamp.format(PartialDate(year: 2021, month: 2)) == "2021-02-01T00:00:00")
        #expect(XESTimestamp.format(PartialDate(year: 2021, month: 2), latest: true) == "2021-02-28T00:00:00")
        #expect(XESTimestamp.format(PartialDate(year: 2021, season: .winter), latest: true) == "2022-02-28T00:00:00")
        #expect(XESTimestamp.format(PartialDate(year: 987)) == "0987-01-01T00:00:00")
    }

    @Test(
        arguments: [
            ("1250.50", 125_050, false), ("35.0", 3_500, false), ("-3.05", -305, false), ("12", 1_200, false),
            ("2.3832541524E7", 2_383_254_152, true), ("1e3", 100_000, false), ("0.125", 13, true), ("-0.125", -13, true),
            ("1.250", 125, false), (" 7.5 ", 750, false), ("+4", 400, false), ("0.0001", 0, true),
        ] as [(String, Int64, Bool)])
    func readsDecimalsExactly(_ text: String, _ cents: Int64, _ rounded: Bool) throws {
        let read = try #require(XESDecimal.money(text))
        #expect(read.money == Money(cents: cents))
        #expect(read.rounded == rounded)
    }

    @Test(arguments: ["", "NaN", "INF", "1,5", "1.2.3", "e5", "1e", "€ 5", "1e999"])
    func refusesWhatIsNoDecimal(_ text: String) {
        #expect(XESDecimal.money(text) == nil)
    }
}
