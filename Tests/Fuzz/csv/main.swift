// libFuzzer target: the spreadsheet CSV reader (encoding detection, delimiter detection,
// tokenizer, header, rows, dates, amounts) and the writer on what it read. Build and run with
// Tests/Fuzz/run.sh csv SECONDS.
import PlanreisFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = SpreadsheetCSVFormat.read(bytes, file: "fuzz.csv")
    if !result.journeys.isEmpty {
        // Writing what was read must not crash, and must read again.
        _ = SpreadsheetCSVFormat.read(SpreadsheetCSVFormat.writeBytes(result.journeys), file: "again.csv")
    }
    return 0
}
