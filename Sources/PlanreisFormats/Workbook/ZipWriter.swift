internal import CZlib

/// Writes the zip file of a workbook: entries deflated with zlib (the library ZIPFoundation
/// links), or stored when deflating does not make them smaller or zlib cannot start; fixed
/// dates and the order given, so the same entries always give the same bytes.
struct ZipWriter {
    private var bytes: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0

    /// 1 January 2000, 00:00, in MS-DOS form.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = UInt16((2000 - 1980) << 9 | 1 << 5 | 1)

    /// Adds entry `name` with `content`, deflated unless `store` (the OpenDocument `mimetype`
    /// must be stored).
    mutating func add(_ name: String, _ content: [UInt8], store: Bool = false) {
        let nameBytes = Array(name.utf8)
        let crc = Self.crc32(content)
        let packed = store ? nil : Self.deflated(content)
        let method: UInt16 = packed == nil ? 0 : 8
        let data = packed ?? content
        let offset = UInt32(truncatingIfNeeded: bytes.count)
        func common(_ out: inout [UInt8]) {
            Self.put16(&out, 20)  // version needed
            Self.put16(&out, 0x0800)  // UTF-8 names
            Self.put16(&out, method)
            Self.put16(&out, Self.dosTime)
            Self.put16(&out, Self.dosDate)
            Self.put32(&out, crc)
            Self.put32(&out, UInt32(truncatingIfNeeded: data.count))
            Self.put32(&out, UInt32(truncatingIfNeeded: content.count))
            Self.put16(&out, UInt16(nameBytes.count))
            Self.put16(&out, 0)  // extra field
        }
        Self.put32(&bytes, 0x0403_4B50)
        common(&bytes)
        bytes += nameBytes
        bytes += data

        Self.put32(&directory, 0x0201_4B50)
        Self.put16(&directory, 20)  // made by
        common(&directory)
        Self.put16(&directory, 0)  // comment
        Self.put16(&directory, 0)  // disk
        Self.put16(&directory, 0)  // internal attributes
        Self.put32(&directory, 0o100644 << 16)  // external attributes: a regular file, rw-r--r--
        Self.put32(&directory, offset)
        directory += nameBytes
        count += 1
    }

    /// The finished file.
    func finished() -> [UInt8] {
        var out = bytes + directory
        Self.put32(&out, 0x0605_4B50)
        Self.put16(&out, 0)
        Self.put16(&out, 0)
        Self.put16(&out, UInt16(truncatingIfNeeded: count))
        Self.put16(&out, UInt16(truncatingIfNeeded: count))
        Self.put32(&out, UInt32(truncatingIfNeeded: directory.count))
        Self.put32(&out, UInt32(truncatingIfNeeded: bytes.count))
        Self.put16(&out, 0)
        return out
    }

    private static func put16(_ out: inout [UInt8], _ value: UInt16) {
        out.append(UInt8(value & 0xFF))
        out.append(UInt8(value >> 8))
    }

    private static func put32(_ out: inout [UInt8], _ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    /// Raw deflate of `content` (level 6), or nil when zlib fails or it would not be smaller.
    static func deflated(_ content: [UInt8]) -> [UInt8]? {
        guard content.count > 64 else { return nil }
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return nil }
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(content.count))) + 16)
        var input = content
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) < content.count else { return nil }
        return Array(output[0..<Int(stream.total_out)])
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
