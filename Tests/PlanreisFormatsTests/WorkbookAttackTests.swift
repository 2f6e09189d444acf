import Foundation
import PlanreisModel
import Testing

@testable import PlanreisFormats

/// Hostile workbooks, generated at run time: zip bombs by ratio and by total size, a part that
/// lies about its size, entry names that leave the folder, DOCTYPE and entities in any part,
/// a 100 MB shared-strings part, a sheet of 1,048,576 rows, too many entries. Each is refused
/// with one clear error, within 100 MB of memory (`AttackLimitTests.quickly`).
@Suite(.serialized) struct WorkbookAttackTests {
    static let header = [["datum", "actor", "soort", "titel"]]

    /// Reads `bytes` quickly and returns its only diagnostic, formatted in Dutch.
    static func refusal(_ name: String, _ bytes: [UInt8], limits: ReadLimits = .default, file: String = "casus.xlsx") -> String {
        var result = ReadResult()
        AttackLimitTests.quickly(name) { result = WorkbookTestSupport.read(bytes, file: file, limits: limits) }
        #expect(result.journeys.isEmpty, "\(name)")
        #expect(result.diagnostics.count == 1, "\(name): \(result.diagnostics.map { $0.formatted(.nl) })")
        return result.diagnostics.first?.formatted(.nl) ?? ""
    }

    @Test func notAZip() {
        #expect(Self.refusal("text", Array("datum;actor\n".utf8)).hasPrefix("casus.xlsx:1:1: fout: het bestand is geen werkmap"))
        #expect(Self.refusal("empty", []).contains("geen werkmap"))
    }

    @Test func zipBombByRatio() throws {
        // 64 MiB of one byte in a sheet part of about 64 KB.
        var parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header))
        parts.removeAll { $0.0 == "xl/worksheets/sheet1.xml" }
        let bomb = try WorkbookTestSupport.deflated(
            parts.map { part in (part.0, part.1.count, { offset, size in Array(part.1[offset..<(offset + size)]) }) }
                + [("xl/worksheets/sheet1.xml", 64 << 20, WorkbookTestSupport.repeating("<"))])
        #expect(bomb.count < 1 << 20)
        let message = Self.refusal("ratio bomb", bomb)
        #expect(message.contains("onderdeel \"xl/worksheets/sheet1.xml\" is meer dan 100 keer samengeperst (een zip-bom?)"), "\(message)")
    }

    @Test func zipBombByTotalSize() throws {
        // 40 parts of just under 1 MiB each: every part may compress well, together they pass 32 MiB.
        let entries = (0..<40).map { index in ("xl/media/image\(index).bin", 1_000_000, WorkbookTestSupport.repeating("a")) }
        let bomb = try WorkbookTestSupport.deflated(entries)
        let message = Self.refusal("total size bomb", bomb, limits: ReadLimits(maxBytes: 32 << 20))
        #expect(message.contains("wordt uitgepakt groter dan de grens van 32 MiB"), "\(message)")
    }

    @Test func partLyingAboutItsSize() throws {
        // The header says 1,000 bytes; the part inflates to 8 MiB.
        var parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header))
        parts[2].1 += [UInt8](repeating: 0x20, count: 8 << 20)
        let entries = parts.map { part in (part.0, part.1.count, { (offset: Int, size: Int) in Array(part.1[offset..<(offset + size)]) }) }
        let liar = WorkbookTestSupport.declare(1_000, for: "xl/worksheets/sheet1.xml", in: try WorkbookTestSupport.deflated(entries))
        let message = Self.refusal("lying size", liar)
        #expect(message.contains("is uitgepakt anders groot dan de werkmap zegt"), "\(message)")
    }

    @Test(arguments: ["../../etc/passwd", "/etc/passwd", "xl/../../x.xml", "C:/Windows/x.xml", "xl\\..\\x.xml"])
    func entryNameOutsideTheFolder(_ name: String) {
        let parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header)) + [(name, Array("x".utf8))]
        let message = Self.refusal("entry \(name)", WorkbookTestSupport.stored(parts))
        #expect(message.contains("onderdeel \"\(name)\" heeft een naam buiten de werkmap"), "\(message)")
    }

    @Test(arguments: ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"])
    func doctypeInAnyPart(_ part: String) {
        var parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header), shared: ["x"])
        let index = parts.firstIndex { $0.0 == part }!
        let text = String(decoding: parts[index].1, as: UTF8.self)
        let evil = text.replacingOccurrences(
            of: #"<?xml version="1.0" encoding="UTF-8"?>"#,
            with: #"<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>"#)
        parts[index].1 = Array(evil.utf8)
        let message = Self.refusal("DOCTYPE in \(part)", WorkbookTestSupport.stored(parts))
        #expect(message.hasPrefix("casus.xlsx/\(part):1:"), "\(message)")
        #expect(message.contains("DOCTYPE"), "\(message)")
    }

    @Test func entityDeclarationWithoutDoctype() {
        var parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header), shared: ["x"])
        parts[3].1 = Array(#"<?xml version="1.0"?><sst xmlns="x"><!ENTITY a "b"><si><t>&a;</t></si></sst>"#.utf8)
        let message = Self.refusal("entity", WorkbookTestSupport.stored(parts))
        #expect(message.hasPrefix("casus.xlsx/xl/sharedStrings.xml:1:"), "\(message)")
    }

    @Test func hundredMegabyteSharedStrings() throws {
        // 100 MB of distinct-looking strings; compressed far less than 100 times.
        var parts = WorkbookTestSupport.parts(sheetData: WorkbookTestSupport.inlineRows(Self.header), shared: [])
        parts.removeLast()
        // Random a/b text longer than deflate's 32 KB window: about 8 times smaller compressed.
        var unit = "<si><t>"
        var seed: UInt64 = 42
        for _ in 0..<40_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            unit.append(seed >> 63 == 0 ? "a" : "b")
        }
        unit += "</t></si>"
        let entries = parts.map { part in (part.0, part.1.count, { (offset: Int, size: Int) in Array(part.1[offset..<(offset + size)]) }) }
        let rels = Array(
            String(decoding: parts[1].1, as: UTF8.self).replacingOccurrences(
                of: "</Relationships>",
                with:
                    #"<Relationship Id="rId2" Type="\#(WorkbookTestSupport.relationships)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
            ).utf8)
        var all = entries.filter { $0.0 != "xl/_rels/workbook.xml.rels" }
        all.append(("xl/_rels/workbook.xml.rels", rels.count, { offset, size in Array(rels[offset..<(offset + size)]) }))
        all.append(("xl/sharedStrings.xml", 100_000_000, WorkbookTestSupport.repeating(unit)))
        let workbook = try WorkbookTestSupport.deflated(all)
        let message = Self.refusal("100 MB shared strings", workbook)
        #expect(message.contains("onderdeel \"xl/sharedStrings.xml\" wordt uitgepakt groter dan de grens van 32 MiB"), "\(message)")
    }

    @Test func millionRows() throws {
        // 1,048,576 filled rows (Excel's maximum): more rows than events allowed.

        let head = #"<?xml version="1.0"?><worksheet xmlns="\#(WorkbookTestSupport.main)"><sheetData>"#
        var content = Array(head.utf8)
        content.reserveCapacity(content.count + 60 * 1_048_576 + 64)
        for r in 1...1_048_576 {
            content += Array(#"<row r="\#(r)"><c r="A\#(r)" t="inlineStr"><is><t>x</t></is></c></row>"#.utf8)
        }
        content += Array("</sheetData></worksheet>".utf8)
        let total = content.count
        let sheet: (Int, Int) -> [UInt8] = { offset, size in Array(content[offset..<(offset + size)]) }
        var parts = WorkbookTestSupport.parts(sheetData: "")
        parts.removeLast()
        let entries = parts.map { part in (part.0, part.1.count, { (offset: Int, size: Int) in Array(part.1[offset..<(offset + size)]) }) }
        let workbook = try WorkbookTestSupport.deflated(entries + [("xl/worksheets/sheet1.xml", total, sheet)])
        let message = Self.refusal("1,048,576 rows", workbook)
        #expect(message.contains("werkblad \"Blad1\" heeft meer dan 1000000 gevulde rijen"), "\(message)")

        // The same rows as one repeated OpenDocument row.
        let ods = WorkbookTestSupport.stored([
            ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
            (
                "content.xml",
                Array(
                    (#"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="Blad1">"#
                        + #"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#
                        + "</table:table></office:spreadsheet></office:body></office:document-content>").utf8)
            ),
        ])
        let odsMessage = Self.refusal("1,048,576 repeated rows", ods, file: "casus.ods")
        #expect(odsMessage.contains("werkblad \"Blad1\" heeft meer dan"), "\(odsMessage)")
    }

    @Test func sparseLastRowIsCheap() {
        // A header and one cell in Excel's last row: read, with no million empty rows laid out.
        let sheet =
            WorkbookTestSupport.inlineRows(Self.header)
            + #"<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>ver weg</t></is></c></row>"#
        var result = ReadResult()
        AttackLimitTests.quickly("sparse") {
            result = WorkbookTestSupport.read(WorkbookTestSupport.stored(WorkbookTestSupport.parts(sheetData: sheet)))
        }
        #expect(result.diagnostics.contains { $0.location?.place == "Blad1!XFD1048576" })
    }

    @Test func tooManyEntries() {
        let parts = WorkbookTestSupport.parts(sheetData: "") + (0..<10_001).map { ("xl/x\($0).xml", [UInt8]()) }
        #expect(Self.refusal("10,001 entries", WorkbookTestSupport.stored(parts)).contains("meer dan 10000 onderdelen"))
    }
}
