internal import CLibXML2

/// Decompresses gzip data held in memory with zlib, as the reader asks for bytes: the same
/// decoder libxml2's input layer uses for compressed files on disk, so planreis has one gzip
/// decoder. Concatenated gzip members are read one after the other, as `gzip -d` does.
final class XMLGunzip {
    private let input: [UInt8]
    private var stream = z_stream()
    private var started = false
    private var ended = false
    /// Why decompression stopped, if it failed.
    private(set) var problem: String?

    /// Whether bytes start like gzip data.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    init(_ input: [UInt8]) {
        self.input = input
    }

    deinit {
        if started { inflateEnd(&stream) }
    }

    /// Fills `buffer` with up to `capacity` decompressed bytes: the count, 0 at the end, -1 on
    /// damaged or truncated data (`problem` says which).
    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        if ended { return 0 }
        if problem != nil || input.isEmpty { return -1 }
        if !started {
            guard planreis_inflate_init_gzip(&stream) == Z_OK else { return fail("zlib could not start") }
            started = true
        }
        return input.withUnsafeBufferPointer { source -> Int in
            var produced = 0
            while produced < capacity {
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress! + offset)
                stream.avail_in = UInt32(input.count - offset)
                stream.next_out = UnsafeMutableRawPointer(buffer + produced).assumingMemoryBound(to: UInt8.self)
                stream.avail_out = UInt32(capacity - produced)
                let inBefore = stream.avail_in, outBefore = stream.avail_out
                let status = inflate(&stream, Z_NO_FLUSH)
                offset += Int(inBefore - stream.avail_in)
                produced += Int(outBefore - stream.avail_out)
                switch status {
                case Z_STREAM_END:
                    // Another member may follow, as `gzip -d` reads them.
                    if input.count - offset >= 2, source[offset] == 0x1F, source[offset + 1] == 0x8B {
                        inflateReset(&stream)
                        continue
                    }
                    ended = true
                    return produced
                case Z_OK:
                    continue
                case Z_BUF_ERROR where offset >= input.count:
                    return produced > 0 ? produced : fail("the data ends before the compressed stream does")
                default:
                    return fail(stream.msg.map { String(cString: $0) } ?? "zlib error \(status)")
                }
            }
            return produced
        }
    }

    private var offset = 0

    private func fail(_ message: String) -> Int {
        problem = message
        return -1
    }
}
