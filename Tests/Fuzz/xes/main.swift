// libFuzzer target: the XES reader from bytes (plain or gzip: zlib, the streaming markup
// scanner, libxml2's SAX2 push parser and the node queues, the trace builder) and the XES writer
// on what it read. Differential: read on one thread and parsed ahead on two, the results must be
// equal. Build and run with Tests/Fuzz/run.sh xes SECONDS.
import PlanreisFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = XESFormat.read(bytes, file: "fuzz.xes", parseAhead: false)
    let ahead = XESFormat.read(bytes, file: "fuzz.xes", parseAhead: true)
    guard result.journeys == ahead.journeys, result.sourceMaps == ahead.sourceMaps, result.diagnostics == ahead.diagnostics
    else { fatalError("parsing ahead changed the result") }
    if !result.journeys.isEmpty {
        _ = XESFormat.read(Array(XESFormat.write(result.journeys).utf8), file: "again.xes")
    }
    return 0
}
