import PlanreisModel
import PlanreisText

/// Writes sheets as an Office Open XML workbook: one sheet per `WorkbookSheet`, a bold frozen
/// header row with an autofilter, column widths from the content, number formats for dates
/// (`dd-mm-jjjj`), euros and decimals, drop-down lists, and text guarded against formulas.
/// The bytes are the same for the same sheets (no dates or ids of the moment).
public enum XLSXWriter {
    /// The workbook file of `sheets`.
    public static func write(_ sheets: [WorkbookSheet]) -> [UInt8] {
        let sheets = sheets.isEmpty ? [WorkbookSheet(name: "Blad1", columns: [], rows: [])] : sheets
        let names = WorkbookSheet.safeNames(sheets.map(\.name))
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes(count: sheets.count).utf8))
        zip.add("_rels/.rels", Array(packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(workbook(sheets, names: names).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelationships(count: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(worksheet(sheet, selected: index == 0).utf8))
        }
        return zip.finished()
    }

    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(count: Int) -> String {
        var text = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        text += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        text += #"<Default Extension="xml" ContentType="application/xml"/>"#
        text +=
            #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        text +=
            #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        for index in 1...count {
            text +=
                #"<Override PartName="/xl/worksheets/sheet\#(index).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return text + "</Types>"
    }

    static let packageRelationships =
        header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(relationshipNamespace)/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    static func workbook(_ sheets: [WorkbookSheet], names: [String]) -> String {
        var text = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationshipNamespace)">"#
        text += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (index, name) in names.enumerated() {
            text += #"<sheet name="\#(escape(name, attribute: true))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        text += "</sheets><definedNames>"
        for (index, sheet) in sheets.enumerated() where !sheet.columns.isEmpty {
            let quoted = "'" + names[index].split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            let range = "\(quoted)!$A$1:$\(SourceLocation.columnLetters(sheet.columns.count))$\(sheet.rows.count + 1)"
            text += #"<definedName name="_xlnm._FilterDatabase" localSheetId="\#(index)" hidden="1">\#(escape(range))</definedName>"#
        }
        return text + "</definedNames></workbook>"
    }

    static func workbookRelationships(count: Int) -> String {
        var text = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in 1...count {
            text += #"<Relationship Id="rId\#(index)" Type="\#(relationshipNamespace)/worksheet" Target="worksheets/sheet\#(index).xml"/>"#
        }
        text += #"<Relationship Id="rId\#(count + 1)" Type="\#(relationshipNamespace)/styles" Target="styles.xml"/>"#
        return text + "</Relationships>"
    }

    /// Cell formats by index: 0 plain, 1 header, 2 date, 3 euro, 4 whole number, 5 decimal, 6 wrapped text.
    static let styles =
        header + #"<styleSheet xmlns="\#(main)">"#
        + #"<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\-mm\-yyyy"/>"#
        + #"<numFmt numFmtId="165" formatCode="&quot;€&quot;\ #,##0.00;&quot;€&quot;\ \-#,##0.00"/></numFmts>"#
        + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>"#
        + #"</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#

    static func worksheet(_ sheet: WorkbookSheet, selected: Bool) -> String {
        var text = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(relationshipNamespace)">"#
        text += #"<sheetViews><sheetView workbookViewId="0""# + (selected ? #" tabSelected="1""# : "") + ">"
        text += #"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        text += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        text += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty {
            text += "<cols>"
            for index in sheet.columns.indices {
                text += #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(sheet.width(of: index) + 2)" customWidth="1"/>"#
            }
            text += "</cols>"
        }
        text += "<sheetData>"
        if !sheet.columns.isEmpty {
            text += #"<row r="1">"#
            for (index, column) in sheet.columns.enumerated() { text += cell(.text(column.header), row: 1, column: index + 1, style: 1) }
            text += "</row>"
        }
        for (offset, row) in sheet.rows.enumerated() {
            let number = offset + 2
            text += #"<row r="\#(number)">"#
            for (index, value) in row.enumerated() { text += cell(value, row: number, column: index + 1, style: nil) }
            text += "</row>"
        }
        text += "</sheetData>"
        guard !sheet.columns.isEmpty else { return text + "</worksheet>" }
        text += #"<autoFilter ref="A1:\#(SourceLocation.columnLetters(sheet.columns.count))\#(sheet.rows.count + 1)"/>"#
        let lists = sheet.columns.enumerated().filter { !$0.element.choices.isEmpty }
        if !lists.isEmpty {
            text += #"<dataValidations count="\#(lists.count)">"#
            for (index, column) in lists {
                let letter = SourceLocation.columnLetters(index + 1)
                let list = column.choices.joined(separator: ",").replacingQuotes()
                text += #"<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="\#(letter)2:\#(letter)1048576">"#
                text += "<formula1>\"\(escape(list))\"</formula1></dataValidation>"
            }
            text += "</dataValidations>"
        }
        return text + "</worksheet>"
    }

    static func cell(_ value: WorkbookCell, row: Int, column: Int, style: Int?) -> String {
        let place = SourceLocation.columnLetters(column) + String(row)
        switch value {
        case .empty:
            return ""
        case .text(let text):
            guard !text.isEmpty else { return "" }
            let guarded = FormulaGuard.guarded(text)
            let wrap = style ?? (text.contains("\n") ? 6 : 0)
            return #"<c r="\#(place)" t="inlineStr""# + (wrap > 0 ? #" s="\#(wrap)""# : "")
                + #"><is><t xml:space="preserve">\#(escape(WorkbookValues.encodeEscapes(guarded)))</t></is></c>"#
        case .integer(let value):
            return #"<c r="\#(place)" s="4"><v>\#(value)</v></c>"#
        case .decimal(let digits):
            return #"<c r="\#(place)" s="5"><v>\#(escape(digits))</v></c>"#
        case .cents(let cents):
            return #"<c r="\#(place)" s="3"><v>\#(Money(cents: cents).decimalText)</v></c>"#
        case .day(let day):
            return #"<c r="\#(place)" s="2"><v>\#(WorkbookValues.serial(day: day))</v></c>"#
        }
    }

    /// Escapes `& < >` (and `"` in attributes), with the one XML escaper of the formats.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        attribute ? XMLTextBuilder.escapeAttribute(text) : XMLTextBuilder.escapeText(text)
    }
}

extension String {
    /// A list for a validation rule: a `"` doubled, as the rule's string syntax wants.
    fileprivate func replacingQuotes() -> String { split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") }
}
