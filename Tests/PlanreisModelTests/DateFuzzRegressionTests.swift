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
}
