// libFuzzer target: the workbook reader (zip container checks through ZIPFoundation, the XML
// parts through the streaming reader, shared strings, styles, cells, dates; the OpenDocument
// table), both kinds on every input, and the writer on what it read. Build and run with
// Tests/Fuzz/run.sh workbook SECONDS (seeds: Tests/Fuzz/corpus/workbook).
import PlanreisFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = ReadLimits(maxBytes: 4 << 20, maxEvents: 10_000)
    for kind in [WorkbookFormat.Kind.xlsx, .ods] {
        let result = WorkbookFormat.read(bytes, file: "fuzz", kind: kind, limits: limits)
        if !result.journeys.isEmpty {
            // Writing what was read must not crash, and must read again.
            _ = WorkbookFormat.read(JourneyWorkbook.xlsx(result.journeys), file: "again.xlsx", kind: .xlsx, limits: limits)
        }
    }
    return 0
}
