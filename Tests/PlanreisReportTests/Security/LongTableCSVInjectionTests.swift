import PlanreisModel
import PlanreisReport
import Testing

@testable import PlanreisAnalysis

/// The analysis tables' CSV (cohort, budget) against formula injection and cell break-out,
/// judged per Unicode scalar as spreadsheets read them.
@Suite struct LongTableCSVInjectionTests {
    static let hostile: [String] = [
        "=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "=\u{0301}1+1", "x;\"\u{0301};=1+1", "a;\u{200D}=3+3",
        "a\n\u{0301};=4+4", "\"\u{0301}=7+7", "＝9+9", "gewoon",
    ]

    @Test func everyCellStaysInItsPlaceAndIsGuarded() {
        var csv = LongTableCSV(language: .nl)
        for value in Self.hostile { csv.add(value, value, value, .text(value)) }
        let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
        // Split per scalar, RFC 4180.
        var rows: [[String]] = [], row: [String] = [], cell = String.UnicodeScalarView(), quoted = false
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if quoted {
                if s == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.append(s)
                }
            } else if s == "\"" && cell.isEmpty {
                quoted = true
            } else if s == ";" {
                row.append(String(cell)); cell = String.UnicodeScalarView()
            } else if s == "\r" || s == "\n" {
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                row.append(String(cell)); rows.append(row); row = []; cell = String.UnicodeScalarView()
            } else {
                cell.append(s)
            }
            i += 1
        }
        #expect(rows.count == Self.hostile.count + 1)
        for row in rows {
            #expect(row.count == 4, "a value broke out of its cell: \(row)")
            for cell in row {
                guard let first = cell.unicodeScalars.first else { continue }
                #expect(!"=+-@\t\r\u{FF1D}".unicodeScalars.contains(first), "unguarded \(cell.debugDescription)")
            }
        }
    }
}
