import PlanreisModel
import PlanreisText

/// Writes sheets as an OpenDocument spreadsheet (`.ods`): one table per sheet, a bold header
/// row, typed cells (dates as `dd-mm-jjjj`, euros, numbers) and text guarded against formulas.
/// Column widths, frozen rows and drop-down lists are left to the `.xlsx` writer.
public enum ODSWriter {
    /// The spreadsheet file of `sheets`.
    public static func write(_ sheets: [WorkbookSheet]) -> [UInt8] {
        let names = WorkbookSheet.safeNames(sheets.map(\.name))
        var zip = ZipWriter()
        // The media type comes first and uncompressed, as OpenDocument requires.
        zip.add("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8), store: true)
        zip.add("META-INF/manifest.xml", Array(manifest.utf8))
        zip.add("content.xml", Array(content(sheets, names: names).utf8))
        return zip.finished()
    }

    static let manifest =
        XLSXWriter.header
        + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#
        + #"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#
        + #"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#
        + "</manifest:manifest>"

    static func content(_ sheets: [WorkbookSheet], names: [String]) -> String {
        var text = XLSXWriter.header + "<office:document-content"
        text += #" xmlns:office="\#(WorkbookNamespace.office)" xmlns:table="\#(WorkbookNamespace.table)""#
        text += #" xmlns:text="\#(WorkbookNamespace.text)" xmlns:style="\#(WorkbookNamespace.style)""#
        text += #" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0""#
        text += #" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2">"#
        text += "<office:automatic-styles>"
        text += #"<number:date-style style:name="N1"><number:day number:style="long"/><number:text>-</number:text>"#
        text += #"<number:month number:style="long"/><number:text>-</number:text><number:year number:style="long"/></number:date-style>"#
        text += #"<number:currency-style style:name="N2"><number:currency-symbol>€</number:currency-symbol><number:text> </number:text>"#
        text += #"<number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>"#
        text += #"<style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>"#
        text += #"<style:style style:name="ce2" style:family="table-cell" style:data-style-name="N1"/>"#
        text += #"<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N2"/>"#
        text += "</office:automatic-styles><office:body><office:spreadsheet>"
        for (sheet, name) in zip(sheets, names) {
            text += #"<table:table table:name="\#(XLSXWriter.escape(name, attribute: true))">"#
            text += "<table:table-column table:number-columns-repeated=\"\(max(sheet.columns.count, 1))\"/>"
            text += "<table:table-row>"
            for column in sheet.columns { text += cell(.text(column.header), style: "ce1") }
            text += "</table:table-row>"
            for row in sheet.rows {
                text += "<table:table-row>"
                for value in row { text += cell(value, style: nil) }
                text += "</table:table-row>"
            }
            text += "</table:table>"
        }
        return text + "</office:spreadsheet></office:body></office:document-content>"
    }

    static func cell(_ value: WorkbookCell, style: String?) -> String {
        let styled = style.map { #" table:style-name="\#($0)""# } ?? ""
        switch value {
        case .empty:
            return "<table:table-cell/>"
        case .text(let text):
            let guarded = FormulaGuard.guarded(text)
            let paragraphs = guarded.split(separator: "\n", omittingEmptySubsequences: false).map { "<text:p>\(paragraph($0))</text:p>" }
            return #"<table:table-cell office:value-type="string"\#(styled)>"# + paragraphs.joined() + "</table:table-cell>"
        case .integer(let value):
            return #"<table:table-cell office:value-type="float" office:value="\#(value)"><text:p>\#(value)</text:p></table:table-cell>"#
        case .decimal(let digits):
            let escaped = XLSXWriter.escape(digits, attribute: true)
            return
                #"<table:table-cell office:value-type="float" office:value="\#(escaped)"><text:p>\#(escaped)</text:p></table:table-cell>"#
        case .cents(let cents):
            let amount = Money(cents: cents).decimalText
            return
                #"<table:table-cell office:value-type="currency" office:currency="EUR" office:value="\#(amount)" table:style-name="ce3">"#
                + "<text:p>€ \(amount)</text:p></table:table-cell>"
        case .day(let day):
            let iso = WorkbookValues.isoDay(day)
            return
                #"<table:table-cell office:value-type="date" office:date-value="\#(iso)" table:style-name="ce2"><text:p>\#(iso)</text:p></table:table-cell>"#
        }
    }

    /// One paragraph's text: runs of spaces as `text:s`, tabs as `text:tab`, so that they survive.
    static func paragraph(_ line: Substring) -> String {
        var out = ""
        var spaces = 0
        func flush(atStart: Bool) {
            guard spaces > 0 else { return }
            if spaces == 1 && !atStart {
                out += " "
            } else {
                let kept = atStart ? 0 : 1
                if kept == 1 { out += " " }
                out += #"<text:s text:c="\#(spaces - kept)"/>"#
            }
            spaces = 0
        }
        for character in line {
            if character == " " {
                spaces += 1
                continue
            }
            flush(atStart: out.isEmpty)
            if character == "\t" { out += "<text:tab/>" } else { out += XLSXWriter.escape(String(character)) }
        }
        if spaces > 0 { out += #"<text:s text:c="\#(spaces)"/>"# }
        return out
    }
}
