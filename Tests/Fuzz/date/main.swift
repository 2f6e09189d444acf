// libFuzzer target: the date parser (EDTF and the Dutch forms) and what a parsed date promises:
// an interval whose start is not after its end, EDTF text that parses back to the same date,
// and formatting in both languages. Build and run with Tests/Fuzz/run.sh date SECONDS.
import PlanreisModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if reachesKnownCrash(UnsafeBufferPointer(start: data, count: size)) { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = try? PartialDate(parsing: text) {
        if date.earliestDay > date.latestDay { fatalError("\(text.debugDescription): earliest after latest") }
        _ = date.formatted(.nl)
        _ = date.formatted(.en)
        _ = date.dutchSpreadsheetText
        // Known issue (DateFuzzRegressionTests.negativeYearsDoNotSneakIn): "juli 4 -222" reads as
        // the year -222, whose EDTF does not parse back; only four-digit years are checked here.
        guard (0...9999).contains(date.year) else { return 0 }
        guard let again = try? PartialDate(parsing: date.edtf) else { fatalError("\(text.debugDescription): \(date.edtf) does not parse") }
        if again != date { fatalError("\(text.debugDescription): \(date.edtf) parses as \(again.edtf)") }
    }
    _ = try? PartialDate.parseSpan(text)
    return 0
}

/// Inputs with a run of 19 or more ASCII digits reach the known crash in
/// `DateTextParser.parseNumeric` (`Int(_:)!` on a number beyond `Int`; regression test
/// `DateFuzzRegressionTests`, disabled until it is fixed). Skipped so that the fuzzer explores
/// everything else; remove once the parser is fixed.
func reachesKnownCrash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var run = 0
    for byte in bytes {
        run = (0x30...0x39).contains(byte) ? run + 1 : 0
        if run >= 19 { return true }
    }
    return false
}
