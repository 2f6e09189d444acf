import PlanreisModel
import Testing

/// Inputs the date fuzzer (Tests/Fuzz/date) found to crash or confuse the parser. Each must be
/// refused with a `DateParseError`, never trap.
@Suite struct DateFuzzRegressionTests {
    static let crashers = [
        "20-173899999999999999999",  // fuzz artifact crash-40cfe2e6…: Int("173899999999999999999")! in parseNumeric
        "99999999999999999999-07-2021",
        "15-07-99999999999999999999",
        // fuzz artifact xml/crash-ed77ad5c…: a date attribute in a planreis XML file, so `planreis
        // validate` on a hostile file traps.
        String(repeating: "3", count: 87) + "2015-37?",
    ]

    @Test(arguments: crashers)
    func refusedNotTrapped(_ text: String) {
        #expect(throws: DateParseError.self) { try PartialDate(parsing: text) }
    }

    /// Fuzz artifact date/crash-5e2cf97b…: "juli 4 -222" was read as 4 July of the year -222
    /// (the year word is four characters and `Int("-222")` accepts the sign); its EDTF
    /// `-0222-07-04` did not parse back, so a CSV cell became a JSON file that did not read. A
    /// year word must be four ASCII digits.
    @Test(arguments: ["juli 4 -222", "4 juli -222", "zomer -999", "medio +202", "+2021", "-202"])
    func signedYearsAreRefused(_ text: String) {
        #expect(throws: DateParseError.self) { try PartialDate(parsing: text) }
    }

    /// Fuzz artifact date/crash-74f35646…: a fraction of ten digits keeps `fractionDigits == 10`
    /// while only nine are stored and written, so the date read back from its EDTF differs from
    /// the date read (the text written is stable). The parser keeps at most nine digits.
    @Test func longFractionsKeepTheirDigitCount() throws {
        let date = try PartialDate(parsing: "2011-05-01T00:38:44,5462070300")
        #expect(date.edtf == "2011-05-01T00:38:44.546207030")
        #expect((try? PartialDate(parsing: date.edtf)) == date)
    }

    /// Fuzz artifact date/crash-5549a7f6…: a time-zone offset of `+9987` (99 hours 87 minutes) is
    /// accepted and written as `+100:27`, which does not parse back. Offsets run from -12:00 to
    /// +14:00 with minutes below 60.
    @Test func impossibleUTCOffsetsAreRefused() throws {
        for text in ["2011-10-01T00:38:44.546+9987", "2011-10-01T10:00+2460", "2011-10-01T10:00-1599"] {
            #expect(throws: DateParseError.self, "\(text)") { try PartialDate(parsing: text) }
        }
        #expect(try PartialDate(parsing: "2011-10-01T10:00+14:00").time?.utcOffset == 14 * 3600)
        #expect(try PartialDate(parsing: "2011-10-01T10:00-12:00").time?.utcOffset == -12 * 3600)
    }
}
