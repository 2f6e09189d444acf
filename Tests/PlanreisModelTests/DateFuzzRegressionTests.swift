import PlanreisModel
import Testing

/// Inputs the date fuzzer (Tests/Fuzz/date) found to crash the parser. Each must be refused
/// with a `DateParseError`, never trap. Disabled while the crash is open, because a trap ends
/// the whole test process; enable once `DateTextParser.parseNumeric` stops force-unwrapping
/// `Int(_:)` on digit runs longer than `Int` holds.
@Suite struct DateFuzzRegressionTests {
    static let crashers = [
        "20-173899999999999999999",  // fuzz artifact crash-40cfe2e6…: Int("173899999999999999999")! in parseNumeric
        "99999999999999999999-07-2021",
        "15-07-99999999999999999999",
    ]

    @Test(.disabled("traps until DateTextParser.parseNumeric handles digit runs beyond Int (see SECURITY.md)"), arguments: crashers)
    func refusedNotTrapped(_ text: String) {
        #expect(throws: DateParseError.self) { try PartialDate(parsing: text) }
    }
}
