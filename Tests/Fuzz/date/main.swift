// libFuzzer target: the date parser (EDTF and the Dutch forms) and what a parsed date promises:
// an interval whose start is not after its end, EDTF text that parses back to the same date,
// and formatting in both languages. Build and run with Tests/Fuzz/run.sh date SECONDS.
import PlanreisModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if let date = try? PartialDate(parsing: text) {
        if date.earliestDay > date.latestDay { fatalError("\(text.debugDescription): earliest after latest") }
        _ = date.formatted(.nl)
        _ = date.formatted(.en)
        _ = date.dutchSpreadsheetText
        guard let again = try? PartialDate(parsing: date.edtf) else { fatalError("\(text.debugDescription): \(date.edtf) does not parse") }
        // The written form is stable (struct equality is not: a fraction of more than nine digits
        // keeps its digit count, see DateFuzzRegressionTests.longFractionsKeepTheirDigitCount).
        if again.edtf != date.edtf || again.earliestSecond != date.earliestSecond || again.precision != date.precision {
            fatalError("\(text.debugDescription): \(date.edtf) parses as \(again.edtf)")
        }
    }
    _ = try? PartialDate.parseSpan(text)
    return 0
}
