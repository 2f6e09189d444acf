import PlanreisFormats
import PlanreisModel
import Testing

/// The spreadsheet export against formula injection and cell break-out: every text that a
/// spreadsheet could take for a formula gets a leading `'`, and no value can end its cell or
/// row early, also when a quote, separator or line break is followed by a combining mark or a
/// zero-width joiner (which Swift counts as one `Character` with it).
@Suite struct AttackCSVTests {
    /// Values a hostile case file could hold.
    static let hostile: [String] = [
        "=HYPERLINK(\"http://evil.example\",\"klik\")", "+1+1", "-1+1", "@SUM(A1:A9)", "\tTAB=1", "\rCR=1", "\r\n=1",
        "'=1", "''+1", " =1+1", "=\u{0301}1+1", "x;\"\u{0301};=1+1", "x\"\u{200D};=2+2", "a;\u{200D}=3+3", "a\n\u{0301}=4+4;=5+5",
        "a\r\u{0301}=6+6", "\"\u{0301}=7+7", "plain", "€ 1.250,50", "\u{202E}=8+8", "＝9+9",
    ]

    /// Cells of a CSV text, split strictly per RFC 4180 on Unicode scalars.
    static func parse(_ text: String, delimiter: Unicode.Scalar = ";") -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = String.UnicodeScalarView()
        var quoted = false, wasQuoted = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if quoted {
                if s == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        cell.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(s)
                }
            } else if s == "\"" && cell.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if s == delimiter {
                row.append(String(cell)); cell = String.UnicodeScalarView(); wasQuoted = false
            } else if s == "\r" || s == "\n" {
                if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                row.append(String(cell)); rows.append(row); row = []; cell = String.UnicodeScalarView(); wasQuoted = false
            } else {
                cell.append(s)
            }
            i += 1
        }
        if !cell.isEmpty || !row.isEmpty { row.append(String(cell)); rows.append(row) }
        return rows
    }

    static func journey() -> Journey {
        var events: [Event] = []
        for (index, value) in hostile.enumerated() {
            events.append(
                Event(
                    id: "e\(index)", actor: "a", kind: .event, date: PartialDate(year: 2021, month: 1, day: index + 1),
                    title: "titel " + value, description: value, tags: [Tag("kenmerk", value)]))
        }
        return Journey(id: "csv", title: "CSV", actors: [Actor(id: "a", name: "A", group: .municipality)], events: events)
    }

    @Test(arguments: [Language.nl, .en])
    func noCellBreaksOutAndNoneStartsAFormula(_ language: Language) throws {
        let journey = Self.journey()
        let text = SpreadsheetCSVFormat.write([journey], options: .init(language: language))
        let rows = Self.parse(text)
        let width = try #require(rows.first?.count)
        for row in rows { #expect(row.count == width, "a value broke out of its cell: \(row)") }
        for cell in rows.joined() {
            guard let first = cell.unicodeScalars.first else { continue }
            #expect(!"=+-@\t\r".unicodeScalars.contains(first) || Self.isNumber(cell), "unguarded cell \(cell.debugDescription)")
        }
        // And the reader gives every value back unchanged.
        let read = SpreadsheetCSVFormat.read(Array(text.utf8), file: "csv.csv")
        #expect(!read.hasErrors, "\(read.diagnostics.map { $0.formatted(.en) })")
        let back = try #require(read.journeys.first)
        // (Line breaks come back as line feeds, by design.)
        func normal(_ s: String?) -> String? {
            guard let s else { return nil }
            var out = String.UnicodeScalarView(), previousCR = false
            for scalar in s.unicodeScalars {
                if scalar == "\n" && previousCR { previousCR = false; continue }
                previousCR = scalar == "\r"
                out.append(scalar == "\r" ? "\n" : scalar)
            }
            return String(out)
        }
        for (a, b) in zip(back.events, journey.events) {
            #expect(a.description == normal(b.description))
            #expect(a.title == normal(b.title))
        }
    }

    /// Numbers and dates the writer itself puts in cells (`-12,5`, `-250`).
    static func isNumber(_ cell: String) -> Bool {
        cell.dropFirst().allSatisfy { $0.isNumber || $0 == "," || $0 == "." } && cell.count > 1
    }
}
