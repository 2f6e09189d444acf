import Foundation
import PlanreisModel
import PlanreisXML

/// Runs an XES import: the reading half (`XESReader`: trace records from the XML) and the
/// assembling half (`XESAssembler`: journeys, source maps, checks), and reports the dirt of
/// both once per file.
///
/// With two or more processors libxml2 parses ahead on a thread of its own
/// (`XMLPullReader(parseAhead:)`), so that parsing and assembling overlap; the journeys,
/// their order and every diagnostic are the same either way.
enum XESImport {
    /// Whether imports parse ahead on a second thread (more than one processor).
    static let parseAhead = ProcessInfo.processInfo.activeProcessorCount > 1

    /// `limits` bounds nesting and text length while parsing and the number of events of the
    /// log (its byte limit is the caller's: `maxBytes` bounds the decompressed input).
    static func run(
        _ source: XMLByteSource, maxBytes: Int?, limits: ReadLimits? = nil, file: String,
        parseAhead: Bool = XESImport.parseAhead, progress: ((_ traces: Int, _ bytes: Int) -> Void)?,
        onTrace: (ReadResult) -> Void
    ) -> [Diagnostic] {
        let xml = XMLPullReader(source, maxBytes: maxBytes, limits: limits?.xml, parseAhead: parseAhead)
        var reader = XESReader(file: file, maxEvents: limits?.maxEvents)
        var assembler = XESAssembler(file: file)
        var traces = 0
        reader.read(xml) { record in
            onTrace(assembler.build(record))
            traces += 1
            if let progress, traces % 1000 == 0 { progress(traces, xml.bytesRead) }
        }
        var tally = reader.tally
        tally.merge(assembler.tally)
        return (reader.diagnostics + tally.summary()).sortedByLocation()
    }
}
