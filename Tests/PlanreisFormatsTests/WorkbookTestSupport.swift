import CZlib
import Foundation
import PlanreisModel

@testable import PlanreisFormats

/// Workbooks for the tests: the committed fixtures, and workbooks made from XML parts (stored,
/// or deflated through ZIPFoundation for the attacks that need real compression).
enum WorkbookTestSupport {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Workbooks")

    static func fixture(_ name: String) throws -> [UInt8] {
        try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func read(_ bytes: [UInt8], file: String = "casus.xlsx", limits: ReadLimits = .default, sheet: String? = nil) -> ReadResult {
        let kind: WorkbookFormat.Kind = file.hasSuffix(".ods") ? .ods : .xlsx
        return WorkbookFormat.read(bytes, file: file, kind: kind, limits: limits, sheet: sheet)
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The parts of a one-sheet workbook around `sheetData` (rows), with optional shared strings.
    static func parts(sheetData: String, shared: [String]? = nil, workbookExtra: String = "") -> [(String, [UInt8])] {
        let head = #"<?xml version="1.0" encoding="UTF-8"?>"#
        var rels = head + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        rels += #"<Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/>"#
        if shared != nil { rels += #"<Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/>"# }
        rels += "</Relationships>"
        var parts: [(String, [UInt8])] = [
            (
                "xl/workbook.xml",
                bytes(
                    head
                        + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)">\#(workbookExtra)<sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                )
            ),
            ("xl/_rels/workbook.xml.rels", bytes(rels)),
            ("xl/worksheets/sheet1.xml", bytes(head + #"<worksheet xmlns="\#(main)"><sheetData>\#(sheetData)</sheetData></worksheet>"#)),
        ]
        if let shared {
            parts.append(
                (
                    "xl/sharedStrings.xml",
                    bytes(head + #"<sst xmlns="\#(main)">"# + shared.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>")
                ))
        }
        return parts
    }

    /// A header row and data rows of inline strings.
    static func inlineRows(_ rows: [[String]]) -> String {
        rows.enumerated().map { r, cells in
            #"<row r="\#(r + 1)">"#
                + cells.enumerated().map { c, text in
                    #"<c r="\#(SourceLocation.columnLetters(c + 1))\#(r + 1)" t="inlineStr"><is><t>\#(text)</t></is></c>"#
                }.joined() + "</row>"
        }.joined()
    }

    static func stored(_ parts: [(String, [UInt8])]) -> [UInt8] {
        var zip = ZipWriter()
        for (name, content) in parts { zip.add(name, content) }
        return zip.finished()
    }

    /// A zip whose entries are deflated by zlib (the library ZIPFoundation links; C speed, as
    /// the attacks need tens of megabytes); each entry's bytes come from a producer (`size`, and
    /// the bytes from an offset), so that a huge part needs no buffer of its own.
    static func deflated(_ entries: [(name: String, size: Int, chunk: (Int, Int) -> [UInt8])]) throws -> [UInt8] {
        var zip: [UInt8] = []
        var directory: [UInt8] = []
        for entry in entries {
            var stream = z_stream()
            guard
                deflateInit2_(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
            else { throw CocoaError(.fileWriteUnknown) }
            var compressed: [UInt8] = []
            var crc: uLong = crc32(0, nil, 0)
            var output = [UInt8](repeating: 0, count: 1 << 20)
            var offset = 0
            repeat {
                let input = entry.chunk(offset, min(1 << 20, entry.size - offset))
                offset += input.count
                crc = input.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt($0.count)) }
                let flush = offset >= entry.size ? Z_FINISH : Z_NO_FLUSH
                var input2 = input
                input2.withUnsafeMutableBufferPointer { buffer in
                    stream.next_in = buffer.baseAddress
                    stream.avail_in = uInt(buffer.count)
                    repeat {
                        output.withUnsafeMutableBufferPointer { out in
                            stream.next_out = out.baseAddress
                            stream.avail_out = uInt(out.count)
                            _ = deflate(&stream, flush)
                            compressed += out[0..<(out.count - Int(stream.avail_out))]
                        }
                    } while stream.avail_out == 0
                }
            } while offset < entry.size
            deflateEnd(&stream)
            let name = Array(entry.name.utf8)
            func common(_ out: inout [UInt8]) {
                put(&out, 20, 2)
                put(&out, 0x0800, 2)
                put(&out, 8, 2)
                put(&out, 0, 4)
                put(&out, Int(crc), 4)
                put(&out, compressed.count, 4)
                put(&out, entry.size, 4)
                put(&out, name.count, 2)
                put(&out, 0, 2)
            }
            let local = zip.count
            put(&zip, 0x0403_4B50, 4)
            common(&zip)
            zip += name + compressed
            put(&directory, 0x0201_4B50, 4)
            put(&directory, 20, 2)
            common(&directory)
            put(&directory, 0, 6)  // comment length, disk, internal attributes
            put(&directory, 0, 4)  // external attributes
            put(&directory, local, 4)
            directory += name
        }
        let start = zip.count
        zip += directory
        put(&zip, 0x0605_4B50, 4)
        put(&zip, 0, 4)
        put(&zip, entries.count, 2)
        put(&zip, entries.count, 2)
        put(&zip, directory.count, 4)
        put(&zip, start, 4)
        put(&zip, 0, 2)
        return zip
    }

    private static func put(_ out: inout [UInt8], _ value: Int, _ count: Int) {
        for k in 0..<count { out.append(UInt8((value >> (8 * k)) & 0xFF)) }
    }

    /// Bytes of `text` repeated to `size`, from `offset`.
    static func repeating(_ text: String) -> (Int, Int) -> [UInt8] {
        let unit = Array(text.utf8)
        let block = Array(String(repeating: text, count: (1 << 20) / unit.count + 2).utf8)
        return { offset, size in
            let start = offset % unit.count
            return Array(block[start..<(start + size)])
        }
    }

    /// Sets the declared uncompressed size of entry `name` in both its local and central header.
    static func declare(_ size: UInt32, for name: String, in zip: [UInt8]) -> [UInt8] {
        var out = zip
        var i = 0
        while i + 46 <= out.count {
            if out[i] == 0x50, out[i + 1] == 0x4B, out[i + 2] == 1, out[i + 3] == 2 {
                let nameLength = Int(out[i + 28]) | Int(out[i + 29]) << 8
                let entryName = String(decoding: out[(i + 46)..<(i + 46 + nameLength)], as: UTF8.self)
                if entryName == name {
                    let local = Int(out[i + 42]) | Int(out[i + 43]) << 8 | Int(out[i + 44]) << 16 | Int(out[i + 45]) << 24
                    for offset in [i + 24, local + 22] {
                        for k in 0..<4 { out[offset + k] = UInt8((size >> UInt32(8 * k)) & 0xFF) }
                    }
                }
                i += 46 + nameLength
            } else {
                i += 1
            }
        }
        return out
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The text of part `name` of a workbook planreis wrote.
    static func part(_ name: String, of workbook: [UInt8]) throws -> String {
        var archive = try WorkbookArchive(workbook, limits: WorkbookArchive.Limits())
        return String(decoding: try archive.read(name) ?? [], as: UTF8.self)
    }
}
