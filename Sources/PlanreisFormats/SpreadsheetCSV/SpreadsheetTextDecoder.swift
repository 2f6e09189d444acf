/// Turns the bytes of a saved spreadsheet into text: UTF-8 with or without a byte-order mark,
/// UTF-16 with a mark (Excel's "Unicode text"), or Windows code page 1252 as older Excel saves
/// CSV. Invalid UTF-8 means code page 1252.
enum SpreadsheetTextDecoder {
    /// The encodings the decoder recognises.
    enum Encoding: Equatable {
        case utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian, windows1252
    }

    /// The text (without a byte-order mark) and the encoding it was read in.
    static func decode(_ bytes: [UInt8]) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes.dropFirst(3)
            if let text = validUTF8(body) { return (text, .utf8WithBOM) }
            return (windows1252(body), .windows1252)
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), .utf16BigEndian) }
        if let text = validUTF8(bytes[...]) { return (text, .utf8) }
        return (windows1252(bytes[...]), .windows1252)
    }

    private static func validUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Code page 1252: Latin-1, except 0x80–0x9F, which hold €, quotes, dashes and a few letters.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                let value = highControls[Int(byte) - 0x80]
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// 0x80…0x9F in code page 1252; the five undefined positions map to U+FFFD.
    private static let highControls: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
