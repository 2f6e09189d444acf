#!/usr/bin/env python3
"""Builds the small workbook fixtures of the workbook tests, part by part, as Excel and
LibreOffice write them (deflated zip entries, shared strings, styles, rich text runs, phonetic
guides, cached formula results, the 1900 and 1904 date systems, a hidden sheet, merged cells;
an OpenDocument file with repeated rows and cells, spaces, a hidden table and a comment).

    python3 Tests/PlanreisFormatsTests/Workbooks/make-fixtures.py

Only the standard library is used; the output is the same on every run (fixed zip dates).
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(name, parts):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            info = zipfile.ZipInfo(part, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, text)
    print(name, os.path.getsize(path), "bytes")


def xlsx(name, sheets, shared, date1904=False):
    """sheets: list of (name, state, sheetData xml, extra xml after sheetData)."""
    types = HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    types += '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    types += '<Default Extension="xml" ContentType="application/xml"/></Types>'
    rels = HEAD + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    book = HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
    book += '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
    book += "<sheets>"
    wrels = HEAD + f'<Relationships xmlns="{PKG}">'
    parts = []
    for i, (sheet, state, data, extra) in enumerate(sheets, 1):
        attr = f' state="{state}"' if state else ""
        book += f'<sheet name="{sheet}" sheetId="{i}"{attr} r:id="rId{i}"/>'
        wrels += f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        parts.append((f"xl/worksheets/sheet{i}.xml", HEAD + f'<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData>{extra}</worksheet>'))
    book += "</sheets></workbook>"
    n = len(sheets)
    wrels += f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>'
    wrels += f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>'
    # Cell formats: 0 general, 1 built-in date (14), 2 custom "d mmmm yyyy", 3 euro, 4 time only.
    styles = HEAD + f'<styleSheet xmlns="{MAIN}"><numFmts count="3">'
    styles += '<numFmt numFmtId="164" formatCode="d\\ mmmm\\ yyyy"/>'
    styles += '<numFmt numFmtId="165" formatCode="[$€-413]\\ #,##0.00"/><numFmt numFmtId="166" formatCode="[h]:mm"/></numFmts>'
    styles += '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/>'
    styles += '<xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>'
    sst = HEAD + f'<sst xmlns="{MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">' + "".join(shared) + "</sst>"
    write_zip(name, [("[Content_Types].xml", types), ("_rels/.rels", rels), ("xl/workbook.xml", book),
                     ("xl/_rels/workbook.xml.rels", wrels), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", sst)] + parts)


def s(i, ref):
    return f'<c r="{ref}" t="s"><v>{i}</v></c>'


def t(text):
    return f'<si><t xml:space="preserve">{text}</t></si>'


SHARED = [
    t("datum"), t("actor"), t("soort"), t("titel"), t("kosten"), t("casus"),                  # 0-5
    t("Wijkteam"), t("interventie"), t("medio 2013"),                                           # 6-8
    '<si><r><rPr><b/></rPr><t>Eerste </t></r><r><t>gesprek</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',  # 9
    t("Huisbezoek"), t("Aanvraag"), t("aanvraag"), t("Besluit"), t("a_x0009_b"), t("waarde"),  # 10-15
]


def dates_sheet(serials):
    """A header and five events; `serials` are the date cells of rows 2, 3, 4 (1900 or 1904 system)."""
    d2, d3, d4 = serials
    rows = '<row r="1">' + s(5, "A1") + s(0, "B1") + s(1, "C1") + s(2, "D1") + s(3, "E1") + s(4, "F1") + "</row>"
    # Built-in date format, euro amount as a number with a euro format.
    rows += f'<row r="2">{s(5, "A2")}<c r="B2" s="1"><v>{d2}</v></c>{s(6, "C2")}{s(7, "D2")}{s(9, "E2")}<c r="F2" s="3"><v>1250.5</v></c></row>'
    # Custom date format with a time of day; the title comes from a formula with a cached result.
    rows += f'<row r="3">{s(5, "A3")}<c r="B3" s="2"><v>{d3}.75</v></c>{s(6, "C3")}{s(7, "D3")}'
    rows += '<c r="E3" t="str"><f>CONCATENATE("Huis","bezoek")</f><v>Huisbezoek</v></c><c r="F3"><f>1000+250</f><v>1250</v></c></row>'
    # A text date keeps its own precision; an inline string title; a plain number.
    rows += f'<row r="4">{s(5, "A4")}{s(8, "B4")}{s(6, "C4")}{s(12, "D4")}<c r="E4" t="inlineStr"><is><t>Aanvraag</t></is></c>'
    rows += '<c r="F4"><v>12.50</v></c></row>'
    # Excel's first of March 1900 (serial 61 in the 1900 system) and a boolean in a tag column.
    rows += f'<row r="5">{s(5, "A5")}<c r="B5" s="1"><v>{d4}</v></c>{s(6, "C5")}{s(7, "D5")}{s(14, "E5")}<c r="G5" t="b"><v>1</v></c></row>'
    return rows


def main():
    # 1900 system: 44392 = 15 July 2021, 44393 = 16 July 2021, 61 = 1 March 1900.
    xlsx("datums.xlsx", [("Blad1", None, dates_sheet((44392, 44393, 61)), "")], SHARED)
    # 1904 system: the same days are 1462 fewer.
    xlsx("datums-1904.xlsx", [("Blad1", None, dates_sheet((44392 - 1462, 44393 - 1462, 61)), "")], SHARED, date1904=True)

    # A hidden first sheet, then a visible one whose case column is merged down three rows, and
    # an error at D4 (unknown kind) to check places; a third sheet names the 29th of February 1900.
    hidden = '<row r="1">' + s(0, "A1") + "</row>"
    merged = '<row r="1">' + s(5, "A1") + s(0, "B1") + s(1, "C1") + s(2, "D1") + s(3, "E1") + "</row>"
    merged += f'<row r="2"><c r="A2" t="inlineStr"><is><t>gezin-a</t></is></c><c r="B2" s="1"><v>44392</v></c>{s(6, "C2")}{s(7, "D2")}{s(10, "E2")}</row>'
    merged += f'<row r="3"><c r="A3"/><c r="B3" s="1"><v>44393</v></c>{s(6, "C3")}{s(7, "D3")}{s(10, "E3")}</row>'
    merged += f'<row r="4"><c r="B4" s="1"><v>44394</v></c>{s(6, "C4")}<c r="D4" t="inlineStr"><is><t>telefoontje</t></is></c>{s(10, "E4")}</row>'
    leap = '<row r="1">' + s(0, "A1") + s(1, "B1") + s(2, "C1") + s(3, "D1") + "</row>"
    leap += f'<row r="2"><c r="A2" s="1"><v>60</v></c>{s(6, "B2")}{s(7, "C2")}{s(10, "D2")}</row>'
    xlsx("verborgen-en-samengevoegd.xlsx", [
        ("Verborgen", "hidden", hidden, ""),
        ("Casussen", None, merged, '<mergeCells count="1"><mergeCell ref="A2:A4"/></mergeCells>'),
        ("Schrikkeldag", None, leap, ""),
    ], SHARED)

    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    content = HEAD + f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" xmlns:text="{text}" xmlns:style="{style}" office:version="1.2">'
    content += '<office:automatic-styles><style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
    content += '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>'
    content += '<office:body><office:spreadsheet><table:table table:name="Geheim" table:style-name="ta2"><table:table-row><table:table-cell office:value-type="string"><text:p>datum</text:p></table:table-cell></table:table-row></table:table>'
    content += '<table:table table:name="Blad 1" table:style-name="ta1">'
    header = "".join(f'<table:table-cell office:value-type="string"><text:p>{h}</text:p></table:table-cell>' for h in ["datum", "actor", "soort", "titel", "omschrijving"])
    content += f"<table:table-row>{header}<table:table-cell table:number-columns-repeated=\"16379\"/></table:table-row>"
    content += '<table:table-row><table:table-cell office:value-type="date" office:date-value="2021-07-15"><text:p>15-07-21</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>Wijkteam</text:p><office:annotation><text:p>opmerking</text:p></office:annotation></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>interventie</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>Twee<text:s text:c="2"/>spaties</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>regel 1</text:p><text:p>regel <text:span>2</text:span></text:p></table:table-cell></table:table-row>'
    # Two equal rows written once, then a million empty rows as LibreOffice writes the rest.
    content += '<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>zomer 2021</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string" table:number-columns-repeated="1"><text:p>Wijkteam</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>gebeurtenis</text:p></table:table-cell>'
    content += '<table:table-cell office:value-type="string"><text:p>Herhaald</text:p></table:table-cell></table:table-row>'
    content += '<table:table-row table:number-rows-repeated="1048571"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    content += "</table:table></office:spreadsheet></office:body></office:document-content>"
    manifest = HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    manifest += '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>'
    write_zip("werkmap.ods", [("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                              ("META-INF/manifest.xml", manifest), ("content.xml", content)])


if __name__ == "__main__":
    main()
