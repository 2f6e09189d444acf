// libFuzzer target: the XES reader from bytes (plain or gzip: the inflater, the streaming markup
// scanner, libxml2's text reader, the trace builder) and the XES writer on what it read. Build
// and run with Tests/Fuzz/run.sh xes SECONDS.
import PlanreisFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = XESFormat.read(bytes, file: "fuzz.xes")
    if !result.journeys.isEmpty {
        _ = XESFormat.read(Array(XESFormat.write(result.journeys).utf8), file: "again.xes")
    }
    return 0
}
