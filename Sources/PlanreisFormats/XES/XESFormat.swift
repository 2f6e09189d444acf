import PlanreisModel
import PlanreisXML

/// XES (IEEE 1849) event logs, read and written at process-mining scale: one trace per
/// journey, streamed trace by trace so that memory stays bounded by one trace, `.xes.gz`
/// decompressed on the way. See `XESKeys` for the mapping and the `planreis:` keys.
///
/// Logs written by process-mining tools (no `planreis:` key at all) import too: every event
/// becomes an intervention in its resource's lane, other attributes become tags.
public enum XESFormat {
    /// Reads a whole log from bytes, plain or gzip-compressed; `maxBytes` bounds the
    /// decompressed size (nil: no bound).
    /// `limits` bounds nesting, text length and events (its byte limit is not used).
    public static func read(
        _ bytes: [UInt8], file: String, maxBytes: Int? = nil, limits: ReadLimits? = nil, parseAhead: Bool? = nil
    ) -> ReadResult {
        collect { stream(bytes, file: file, maxBytes: maxBytes, limits: limits, parseAhead: parseAhead, onTrace: $0) }
    }

    /// Reads a whole log from a file, plain or gzip-compressed, streaming it.
    public static func read(
        contentsOf path: String, file: String? = nil, maxBytes: Int? = nil, limits: ReadLimits? = nil
    )
        -> ReadResult
    {
        collect { stream(contentsOf: path, file: file, maxBytes: maxBytes, limits: limits, onTrace: $0) }
    }

    /// Streams a log file trace by trace: `onTrace` gets each journey as a `ReadResult` with
    /// one journey, its source map and its own diagnostics, and may drop it; `progress` hears
    /// every 1,000 traces how many traces and (decompressed) bytes were read. Returns the
    /// diagnostics of the file as a whole (XML errors, recurring dirt counted once). Reading
    /// stops with an error past `maxBytes` decompressed bytes (nil: no bound), past the nesting
    /// or text length of `limits`, or past its number of events. `parseAhead` lets libxml2
    /// parse on a second thread (the default with more than one processor).
    @discardableResult
    public static func stream(
        contentsOf path: String, file: String? = nil, maxBytes: Int? = nil, limits: ReadLimits? = nil,
        parseAhead: Bool? = nil, progress: ((_ traces: Int, _ bytes: Int) -> Void)? = nil, onTrace: (ReadResult) -> Void
    ) -> [Diagnostic] {
        XESImport.run(
            .file(path: path), maxBytes: maxBytes, limits: limits, file: file ?? path,
            parseAhead: parseAhead ?? XESImport.parseAhead, progress: progress, onTrace: onTrace)
    }

    /// Streams a log held in memory (plain or gzip-compressed, decompressed by zlib in
    /// `PlanreisXML`) trace by trace, like
    /// `stream(contentsOf:…)`.
    @discardableResult
    public static func stream(
        _ bytes: [UInt8], file: String, maxBytes: Int? = nil, limits: ReadLimits? = nil, parseAhead: Bool? = nil,
        progress: ((_ traces: Int, _ bytes: Int) -> Void)? = nil, onTrace: (ReadResult) -> Void
    ) -> [Diagnostic] {
        let parseAhead = parseAhead ?? XESImport.parseAhead
        let source = XMLByteSource.bytes(bytes)
        return XESImport.run(
            source, maxBytes: maxBytes, limits: limits, file: file, parseAhead: parseAhead, progress: progress, onTrace: onTrace)
    }

    /// Writes journeys as an XES log (UTF-8 text), deterministically.
    public static func write(_ journeys: [Journey]) -> String {
        var bytes: [UInt8] = []
        write(journeys, byteSink: { bytes.append(contentsOf: $0) })
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes journeys as an XES log to `sink` in pieces (one trace at a time), so that a large
    /// log never has to be held as one string.
    public static func write(_ journeys: some Sequence<Journey>, to sink: (String) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = XESWriter(sink: sink)
            writer.begin()
            for journey in journeys { writer.write(journey) }
            writer.end()
        }
    }

    /// Writes journeys as an XES log to `byteSink` as UTF-8 bytes, lent for each call: after the
    /// trace that fills `bufferSize` bytes, and the rest at the end (see `XESWriter`).
    public static func write(
        _ journeys: some Sequence<Journey>, byteSink: (UnsafeBufferPointer<UInt8>) -> Void, bufferSize: Int = 1 << 16
    ) {
        withoutActuallyEscaping(byteSink) { sink in
            var writer = XESWriter(byteSink: sink, bufferSize: bufferSize)
            writer.begin()
            for journey in journeys { writer.write(journey) }
            writer.end()
        }
    }

    private static func collect(_ run: ((ReadResult) -> Void) -> [Diagnostic]) -> ReadResult {
        var result = ReadResult()
        var traceDiagnostics: [Diagnostic] = []
        let fileDiagnostics = run { trace in
            result.journeys += trace.journeys
            result.sourceMaps += trace.sourceMaps
            traceDiagnostics += trace.diagnostics
        }
        result.diagnostics = (traceDiagnostics + fileDiagnostics).sortedByLocation()
        return result
    }
}
