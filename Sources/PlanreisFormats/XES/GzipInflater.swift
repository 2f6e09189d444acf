/// Decompresses gzip data held in memory (RFC 1952 around RFC 1951 deflate), block by block as
/// the reader asks for bytes, keeping only the 32 KB window and the bytes not yet taken. Used
/// for `.xes.gz` bytes that arrive in memory (standard input, a loader that read the file);
/// files on disk are decompressed by libxml2's own input layer instead.
struct GzipInflater {
    /// Why decompression stopped, if it failed.
    private(set) var problem: String?

    private let input: [UInt8]
    private var position = 0
    private var bits: UInt64 = 0
    private var bitCount = 0
    private var output: [UInt8] = []
    private var taken = 0
    private var memberStart = 0
    private var producedBefore = 0
    private enum Stage { case header, blocks, trailer, done }
    private var stage = Stage.header
    private var lastBlock = false

    /// Whether bytes start like gzip data.
    static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

    init(_ bytes: [UInt8]) {
        input = bytes
    }

    /// Fills `buffer` with the next decompressed bytes: the count, 0 at the end, -1 on damage.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        while output.count - taken < buffer.count && stage != .done && problem == nil {
            step()
        }
        if problem != nil { return -1 }
        let count = min(buffer.count, output.count - taken)
        if count > 0 {
            output.withUnsafeBufferPointer { source in
                buffer.baseAddress!.copyMemory(from: source.baseAddress! + taken, byteCount: count)
            }
            taken += count
        }
        // Keep the 32 KB a later match may reach back into, drop what was taken before it.
        let droppable = min(taken, output.count - 32_768)
        if droppable > 1 << 20 {
            output.removeFirst(droppable)
            taken -= droppable
            producedBefore += droppable
        }
        return count
    }

    private mutating func step() {
        switch stage {
        case .header: readHeader()
        case .blocks:
            if lastBlock {
                stage = .trailer
            } else {
                readBlock()
            }
        case .trailer:
            dropToByte()
            guard position + 8 <= input.count else { return fail("the data ends before the gzip trailer") }
            let size =
                UInt32(input[position + 4]) | UInt32(input[position + 5]) << 8 | UInt32(input[position + 6]) << 16
                | UInt32(input[position + 7]) << 24
            let produced = producedBefore + output.count - memberStart
            guard UInt32(truncatingIfNeeded: produced) == size else { return fail("the size in the gzip trailer does not match") }
            position += 8
            // Another member may follow (concatenated .gz files); anything else ends the data.
            if position + 2 <= input.count && input[position] == 0x1F && input[position + 1] == 0x8B {
                stage = .header
                lastBlock = false
            } else {
                stage = .done
            }
        case .done: break
        }
    }

    private mutating func readHeader() {
        guard position + 10 <= input.count, input[position] == 0x1F, input[position + 1] == 0x8B, input[position + 2] == 8 else {
            return fail("not gzip data compressed with deflate")
        }
        let flags = input[position + 3]
        position += 10
        if flags & 4 != 0 {  // FEXTRA
            guard position + 2 <= input.count else { return fail("the gzip header is cut off") }
            position += 2 + (Int(input[position]) | Int(input[position + 1]) << 8)
        }
        for flag in [UInt8(8), 16] where flags & flag != 0 {  // FNAME, FCOMMENT
            while position < input.count && input[position] != 0 { position += 1 }
            position += 1
        }
        if flags & 2 != 0 { position += 2 }  // FHCRC
        guard position <= input.count else { return fail("the gzip header is cut off") }
        bits = 0
        bitCount = 0
        memberStart = producedBefore + output.count
        stage = .blocks
    }

    private mutating func readBlock() {
        lastBlock = take(1) == 1
        switch take(2) {
        case 0:
            dropToByte()
            guard position + 4 <= input.count else { return fail("a stored block is cut off") }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~check & 0xFFFF, position + 4 + length <= input.count else { return fail("a stored block is damaged") }
            output.append(contentsOf: input[(position + 4)..<(position + 4 + length)])
            position += 4 + length
        case 1:
            inflate(literals: Self.fixedLiterals, distances: Self.fixedDistances)
        case 2:
            guard let (literals, distances) = readDynamicTables() else { return fail("a Huffman table is damaged") }
            inflate(literals: literals, distances: distances)
        default:
            fail("a block has the reserved type 3")
        }
    }

    private mutating func inflate(literals: HuffmanTable, distances: HuffmanTable) {
        while problem == nil {
            guard let symbol = decode(literals) else { return fail("a literal or length code is damaged") }
            if symbol < 256 {
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < 29 else { return fail("a length code is out of range") }
            let length = Self.lengthBase[lengthIndex] + take(Self.lengthExtra[lengthIndex])
            guard let distanceSymbol = decode(distances), distanceSymbol < 30 else { return fail("a distance code is damaged") }
            let distance = Self.distanceBase[distanceSymbol] + take(Self.distanceExtra[distanceSymbol])
            guard distance <= output.count else { return fail("a match reaches before the start of the data") }
            // Byte by byte, so that a match overlapping its own output repeats it.
            let start = output.count - distance, end = output.count
            output.append(contentsOf: repeatElement(0, count: length))
            output.withUnsafeMutableBufferPointer { p in
                for offset in 0..<length { p[end + offset] = p[start + offset] }
            }
        }
    }

    private mutating func readDynamicTables() -> (HuffmanTable, HuffmanTable)? {
        let literalCount = take(5) + 257, distanceCount = take(5) + 1, codeCount = take(4) + 4
        var codeLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeCount { codeLengths[Self.codeLengthOrder[index]] = UInt8(take(3)) }
        guard let codeTable = HuffmanTable(lengths: codeLengths) else { return nil }
        var lengths: [UInt8] = []
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            guard let symbol = decode(codeTable) else { return nil }
            switch symbol {
            case 0...15: lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { return nil }
                lengths += repeatElement(previous, count: 3 + take(2))
            case 17: lengths += repeatElement(0, count: 3 + take(3))
            default: lengths += repeatElement(0, count: 11 + take(7))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] != 0,
            let literals = HuffmanTable(lengths: Array(lengths[0..<literalCount])),
            let distances = HuffmanTable(lengths: Array(lengths[literalCount...]))
        else { return nil }
        return (literals, distances)
    }

    // MARK: Bits

    @inline(__always)
    private mutating func refill() {
        while bitCount <= 56 {
            let byte: UInt64 = position < input.count ? UInt64(input[position]) : 0
            position += 1
            bits |= byte << UInt64(bitCount)
            bitCount += 8
        }
    }

    @inline(__always)
    private mutating func take(_ count: Int) -> Int {
        guard count > 0 else { return 0 }
        if bitCount < count { refill() }
        let value = Int(bits & ((1 << UInt64(count)) - 1))
        bits >>= UInt64(count)
        bitCount -= count
        return value
    }

    @inline(__always)
    private mutating func decode(_ table: HuffmanTable) -> Int? {
        if bitCount < table.maxLength { refill() }
        let entry = table.entries[Int(bits & table.mask)]
        let length = Int(entry >> 9)
        guard length > 0 else { return nil }
        bits >>= UInt64(length)
        bitCount -= length
        if position > input.count + 8 { return nil }  // read past the end
        return Int(entry & 0x1FF)
    }

    /// Returns the unused bits' whole bytes to the input and aligns to a byte.
    private mutating func dropToByte() {
        let rest = bitCount % 8
        bits >>= UInt64(rest)
        bitCount -= rest
        position -= bitCount / 8
        bits = 0
        bitCount = 0
    }

    private mutating func fail(_ message: String) {
        problem = message
    }

    // MARK: Tables

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
    ]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
        4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    private static let fixedLiterals = HuffmanTable(
        lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112) + [UInt8](repeating: 7, count: 24)
            + [UInt8](repeating: 8, count: 8))!
    private static let fixedDistances = HuffmanTable(lengths: [UInt8](repeating: 5, count: 30))!
}

/// A canonical Huffman code as a lookup table indexed by the next `maxLength` bits (least
/// significant first, as deflate packs them): each entry is the symbol and, above bit 9, its length.
struct HuffmanTable {
    let entries: [UInt16]
    let maxLength: Int
    let mask: UInt64

    init?(lengths: [UInt8]) {
        let maxLength = Int(lengths.max() ?? 0)
        guard maxLength > 0, maxLength <= 15 else { return nil }
        var counts = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { counts[Int(length)] += 1 }
        var next = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1...15 {
            code = (code + counts[bits - 1]) << 1
            next[bits] = code
        }
        // Over-subscribed codes are damage; incomplete ones are allowed (a lone distance code).
        var left = 1
        for bits in 1...15 {
            left = left << 1 - counts[bits]
            if left < 0 { return nil }
        }
        var entries = [UInt16](repeating: 0, count: 1 << maxLength)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let code = next[length]
            next[length] += 1
            var reversed = 0
            for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
            var index = reversed
            while index < entries.count {
                entries[index] = UInt16(length << 9 | symbol)
                index += 1 << length
            }
        }
        self.entries = entries
        self.maxLength = maxLength
        self.mask = (1 << UInt64(maxLength)) - 1
    }
}
