internal import CLibXML2

/// Where a streamed document's bytes come from.
public enum XMLByteSource {
    /// A file read in chunks; gzip- and xz-compressed files are decompressed on the way (by
    /// libxml2's own input layer, which only ever opens local files here).
    case file(path: String)
    /// Bytes in memory; gzip-compressed bytes are decompressed on the way (by zlib, as files are).
    case bytes([UInt8])
    /// A producer that fills the buffer it is given and returns how many bytes it wrote: 0 at
    /// the end, -1 on an error (the producer keeps its own account of what went wrong).
    case producer((UnsafeMutableRawBufferPointer) -> Int)

    /// Whether bytes start like gzip data (and so are decompressed on the way).
    public static func isGzip(_ bytes: [UInt8]) -> Bool { XMLGunzip.isGzip(bytes) }
}

/// Moves bytes from a source to libxml2 through the markup scanner: the one object behind
/// libxml2's read callback. Bytes reach libxml2 only after the scanner has passed them.
final class XMLBytePump {
    @exclusivity(unchecked) var scanner = StreamingMarkupScanner()
    /// Why reading stopped early: the file could not be opened or read.
    @exclusivity(unchecked) private(set) var failure: XMLProblem?
    @exclusivity(unchecked) private(set) var bytesRead = 0

    private var file: xmlParserInputBufferPtr?
    private var memory: [UInt8] = []
    private var memoryOffset = 0
    private var producer: ((UnsafeMutableRawBufferPointer) -> Int)?
    private var gunzip: XMLGunzip?
    @exclusivity(unchecked) private var finished = false

    /// Most bytes handed to libxml2 (after decompression); nil for no bound.
    private let maxBytes: Int?

    init(_ source: XMLByteSource, maxBytes: Int? = nil) {
        self.maxBytes = maxBytes
        switch source {
        case .file(let path):
            // A relative path gets "./" so that libxml2 never takes it for a URL ("http://…")
            // or for standard input ("-").
            let local = path.hasPrefix("/") ? path : "./" + path
            file = xmlParserInputBufferCreateFilename(local, XML_CHAR_ENCODING_NONE)
            if file == nil || file!.pointee.readcallback == nil {
                failure = XMLProblem(
                    .error, stage: .wellFormedness, kind: .other, position: nil,
                    message: "the file \"\(path)\" cannot be opened")
            }
        case .bytes(let bytes):
            if XMLGunzip.isGzip(bytes) { gunzip = XMLGunzip(bytes) } else { memory = bytes }
        case .producer(let produce):
            producer = produce
        }
    }

    deinit {
        if let file { xmlFreeParserInputBuffer(file) }
    }

    /// Fills `buffer` with up to `capacity` scanned bytes: the count, 0 at the end, -1 when the
    /// input failed or was refused.
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        guard failure == nil, scanner.refusal == nil, capacity > 0 else { return -1 }
        guard !finished else { return 0 }
        let count: Int
        if let file {
            count = Int(file.pointee.readcallback(file.pointee.context, buffer, Int32(capacity)))
            if count < 0 {
                failure = XMLProblem(
                    .error, stage: .wellFormedness, kind: .damagedCompression(""), position: scanner.position,
                    message: "the input could not be read (damaged or truncated compressed data?)")
                return -1
            }
        } else if let gunzip {
            count = gunzip.read(into: buffer, capacity: capacity)
            if count < 0 {
                failure = XMLProblem(
                    .error, stage: .wellFormedness, kind: .damagedCompression(gunzip.problem ?? ""), position: nil,
                    message: "the compressed data cannot be decompressed: \(gunzip.problem ?? "")")
                return -1
            }
        } else if let producer {
            count = producer(UnsafeMutableRawBufferPointer(start: buffer, count: capacity))
            if count < 0 {
                failure = XMLProblem(
                    .error, stage: .wellFormedness, kind: .other, position: scanner.position,
                    message: "the input could not be read")
                return -1
            }
        } else {
            count = min(capacity, memory.count - memoryOffset)
            if count > 0 {
                memory.withUnsafeBufferPointer { source in
                    UnsafeMutableRawPointer(buffer).copyMemory(from: source.baseAddress! + memoryOffset, byteCount: count)
                }
                memoryOffset += count
            }
        }
        if count == 0 {
            finished = true
            return scanner.finish() ? 0 : -1
        }
        bytesRead += count
        if let maxBytes, bytesRead > maxBytes {
            failure = XMLProblem(
                .error, stage: .safety, kind: .limitExceeded(.bytes, limit: maxBytes), position: scanner.position,
                message: "the input is larger than \(maxBytes) bytes (after decompression)")
            return -1
        }
        let passed = buffer.withMemoryRebound(to: UInt8.self, capacity: count) {
            scanner.scan(UnsafeBufferPointer(start: $0, count: count))
        }
        return passed ? Int32(count) : -1
    }

    /// libxml2's read callback; the context is the pump.
    static let readCallback: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer else { return -1 }
        return Unmanaged<XMLBytePump>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: Int(length))
    }

    /// libxml2's close callback: the pump closes its file when it is freed.
    static let closeCallback: xmlInputCloseCallback = { _ in 0 }
}
