import Foundation
import PlanreisModel
import Testing

@Suite("Partial dates: parsing")
struct PartialDateParsingTests {
    /// Every form of docs/PRODUCT.md §3, with the canonical EDTF it must come out as.
    @Test(arguments: [
        // EDTF level 0
        ("2021-07-15", "2021-07-15"),
        ("2021-07", "2021-07"),
        ("2021", "2021"),
        ("2020-07-15T10:30:00+02:00", "2020-07-15T10:30:00+02:00"),
        ("2011-01-01T10:00:00.000Z", "2011-01-01T10:00:00.000Z"),
        ("2011-01-01T10:00", "2011-01-01T10:00"),
        // EDTF level 1: seasons and qualifiers; level 2 year parts
        ("2021-21", "2021-21"),
        ("2021-22", "2021-22"),
        ("2021-24", "2021-24"),
        ("2017-38", "2017-38"),
        ("2017-05~", "2017-05~"),
        ("2017-05?", "2017-05?"),
        ("2017%", "2017%"),
        // Dutch forms professionals type
        ("15-07-2021", "2021-07-15"),
        ("15-7-2021", "2021-07-15"),
        ("5-3-2014", "2014-03-05"),
        ("15/7/2021", "2021-07-15"),
        ("15.07.2021", "2021-07-15"),
        ("07-2021", "2021-07"),
        ("15-7-2021 10:30", "2021-07-15T10:30"),
        ("juli 2021", "2021-07"),
        ("Juli 2021", "2021-07"),
        ("jul. 2021", "2021-07"),
        ("15 juli 2021", "2021-07-15"),
        ("15 maart 2014", "2014-03-15"),
        ("zomer 2021", "2021-22"),
        ("de zomer van 2021", "2021-22"),
        ("voorjaar 2014", "2014-21"),
        ("najaar 2014", "2014-23"),
        ("medio 2017", "2017-38"),
        ("Medio 2017", "2017-38"),
        ("eind 2013", "2013-39"),
        ("begin 2014", "2014-37"),
        ("ca. mei 2017", "2017-05~"),
        ("rond 2017", "2017~"),
        ("mei 2017?", "2017-05?"),
        // English
        ("July 2021", "2021-07"),
        ("15 July 2021", "2021-07-15"),
        ("summer 2021", "2021-22"),
        ("mid 2017", "2017-38"),
        ("mid-2017", "2017-38"),
        ("late 2013", "2013-39"),
        ("early 2014", "2014-37"),
        // What Dutch Excel saves for a date cell formatted as mmm-jj or d-mmm-jj
        ("jul-21", "2021-07"),
        ("mrt-14", "2014-03"),
        ("15-jul-21", "2021-07-15"),
        ("okt-98", "1998-10"),
    ])
    func parsesToCanonicalEDTF(input: String, edtf: String) throws {
        let date = try PartialDate(parsing: input)
        #expect(date.edtf == edtf)
        // The canonical form reads back to the same date.
        #expect(try PartialDate(parsing: date.edtf) == date)
    }

    @Test(arguments: [
        "31-02-2014", "30-02-2024", "2021-13", "2021-00", "2021-02-30", "32 juli 2021", "2021-25",
        "juli", "zomer", "", "   ", "morgen", "15-07-21", "2021-7-15", "13-13-2013", "2021-07-15T25:00",
        "2021-07-15T10:61", "1.5.2.2021", "€ 100",
    ])
    func rejectsInvalid(input: String) {
        #expect(throws: DateParseError.self) { try PartialDate(parsing: input) }
    }

    @Test func invalidDayNamesTheMonthAndItsLength() {
        do {
            _ = try PartialDate(parsing: "31-02-2014")
            Issue.record("31-02-2014 parsed")
        } catch {
            #expect(error.message.nl.contains("31 februari 2014 bestaat niet"))
            #expect(error.hint.nl.contains("28 dagen"))
            #expect(error.message.nl.contains("\"31-02-2014\""))
        }
    }

    @Test func leapDayOnlyInLeapYears() throws {
        #expect(try PartialDate(parsing: "29-02-2024").day == 29)
        #expect(throws: DateParseError.self) { try PartialDate(parsing: "29-02-2023") }
        #expect(try PartialDate(parsing: "29-02-2000").day == 29)
        #expect(throws: DateParseError.self) { try PartialDate(parsing: "29-02-1900") }
    }

    @Test func intervals() throws {
        let (start, end) = try PartialDate.parseSpan("2021-07/2022-03")
        #expect(start.edtf == "2021-07")
        #expect(end?.edtf == "2022-03")
        let dutch = try PartialDate.parseSpan("juli 2021 tot maart 2022")
        #expect(dutch.start.edtf == "2021-07" && dutch.end?.edtf == "2022-03")
        let single = try PartialDate.parseSpan("15/07/2021")
        #expect(single.start.edtf == "2021-07-15" && single.end == nil)
    }
}

@Suite("Partial dates: intervals and formatting")
struct PartialDateIntervalTests {
    private func days(_ text: String) throws -> (String, String) {
        let date = try PartialDate(parsing: text)
        func iso(_ n: Int) -> String {
            let (y, m, d) = CivilDate.date(fromDayNumber: n)
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        return (iso(date.earliestDay), iso(date.latestDay))
    }

    @Test(arguments: [
        ("2021-07-15", "2021-07-15", "2021-07-15"),
        ("2021-07", "2021-07-01", "2021-07-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2021", "2021-01-01", "2021-12-31"),
        ("2021-22", "2021-06-01", "2021-08-31"),
        ("2021-24", "2021-12-01", "2022-02-28"),
        ("2017-37", "2017-01-01", "2017-04-30"),
        ("2017-38", "2017-05-01", "2017-08-31"),
        ("2013-39", "2013-09-01", "2013-12-31"),
    ])
    func mapsToEarliestAndLatest(text: String, earliest: String, latest: String) throws {
        let (e, l) = try days(text)
        #expect(e == earliest)
        #expect(l == latest)
    }

    @Test(arguments: [
        ("2020-07-15", "15 juli 2020", "15 July 2020"),
        ("2017-05", "mei 2017", "May 2017"),
        ("2021-22", "zomer 2021", "summer 2021"),
        ("2017-38", "medio 2017", "mid 2017"),
        ("2013-39", "eind 2013", "late 2013"),
        ("2014-37", "begin 2014", "early 2014"),
        ("2017", "2017", "2017"),
        ("2017-05~", "ca. mei 2017", "c. May 2017"),
        ("2021-07?", "juli 2021?", "July 2021?"),
        ("2021-07%", "ca. juli 2021?", "c. July 2021?"),
    ])
    func formatsAtItsOwnPrecision(edtf: String, dutch: String, english: String) throws {
        let date = try PartialDate(parsing: edtf)
        #expect(date.formatted(.nl) == dutch)
        #expect(date.formatted(.en) == english)
        // The Dutch form reads back to the same date: no precision invented or lost.
        #expect(try PartialDate(parsing: date.formatted(.nl)) == date)
        #expect(try PartialDate(parsing: date.dutchSpreadsheetText) == date)
    }

    @Test func civilDateRoundTripsOverFourCenturies() {
        var n = CivilDate.dayNumber(year: 1800, month: 1, day: 1)
        let last = CivilDate.dayNumber(year: 2200, month: 12, day: 31)
        while n <= last {
            let (y, m, d) = CivilDate.date(fromDayNumber: n)
            #expect(CivilDate.dayNumber(year: y, month: m, day: d) == n)
            n += 97
        }
        #expect(CivilDate.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(CivilDate.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
    }

    @Test func ordersByEarliestMomentThenPrecision() throws {
        let month = try PartialDate(parsing: "2021-07")
        let day = try PartialDate(parsing: "2021-07-01")
        let later = try PartialDate(parsing: "2021-07-02")
        #expect(day < month)
        #expect(month < later)
    }

    @Test func epochPlaceholder() throws {
        #expect(try PartialDate(parsing: "1970-01-01T01:00:00.000+01:00").isEpochPlaceholder)
        #expect(try PartialDate(parsing: "1970-01-01").isEpochPlaceholder)
        #expect(try !PartialDate(parsing: "1970").isEpochPlaceholder)
        #expect(try !PartialDate(parsing: "2011-10-01").isEpochPlaceholder)
    }
}
