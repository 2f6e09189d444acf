// libFuzzer target: the planreis XML reader from bytes to journeys (safe prolog guard, limit
// scan, libxml2 parse, schema validation, journey builder, semantic checks), the streaming
// reader, and writing what was read. Build and run with Tests/Fuzz/run.sh xml SECONDS.
import PlanreisFormats
import PlanreisXML

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
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
