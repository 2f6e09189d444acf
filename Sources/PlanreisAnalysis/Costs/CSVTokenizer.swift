import PlanreisModel

/// One cell of a delimited file, with where it began (1-based line and character column).
struct CSVField: Hashable, Sendable {
    var text: String
    var line: Int
    var column: Int
}

/// One record (row) of a delimited file.
struct CSVRecord: Hashable, Sendable {
    var fields: [CSVField]
    var line: Int

    var isBlank: Bool { fields.allSatisfy { $0.text.trimmedSpaces.isEmpty } }
}

/// A small RFC 4180 reader: quoted fields with doubled quotes and line breaks inside, CRLF or
/// LF, a UTF-8 byte-order mark, and the delimiter detected from the first line.
enum CSVTokenizer {
    struct Problem: Hashable, Sendable {
        var line: Int
        var column: Int
        var message: Localized
        var hint: Localized?
    }

    /// `;`, `,` or tab: whichever occurs most outside quotes in the first line (`;` on a tie).
    static func delimiter(of text: String) -> Character {
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for c in text.drop(while: { $0 == "\u{FEFF}" }) {
            if c == "\"" { quoted.toggle() }
            if !quoted && (c == "\n" || c == "\r\n" || c == "\r") { break }
            if !quoted, counts[c] != nil { counts[c]! += 1 }
        }
        return [";", ",", "\t"].max { counts[$0]! < counts[$1]! } ?? ";"
    }

    static func records(_ text: String, delimiter: Character) -> (records: [CSVRecord], problems: [Problem]) {
        var records: [CSVRecord] = []
        var problems: [Problem] = []
        var fields: [CSVField] = []
        var field = "", fieldLine = 1, fieldColumn = 1
        var line = 1, column = 0
        var inQuotes = false, wasQuoted = false, afterQuote = false
        var quoteLine = 1, quoteColumn = 1
        var recordLine = 1
        var chars = Array(text)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }

        func endField() {
            fields.append(CSVField(text: field, line: fieldLine, column: fieldColumn))
            field = ""
            wasQuoted = false
            afterQuote = false
            fieldLine = line
            fieldColumn = column + 1
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
            fields = []
        }

        var index = 0
        while index < chars.count {
            let c = chars[index]
            index += 1
            let isBreak = c == "\n" || c == "\r\n" || c == "\r"
            column += 1
            if inQuotes {
                if c == "\"" {
                    if index < chars.count && chars[index] == "\"" {
                        field.append("\"")
                        index += 1
                        column += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    field.append(c == "\r\n" ? "\n" : c)
                    if isBreak {
                        line += 1
                        column = 0
                    }
                }
                continue
            }
            if c == delimiter {
                endField()
                fieldColumn = column + 1
            } else if isBreak {
                endRecord()
                line += 1
                column = 0
                recordLine = line
                fieldLine = line
                fieldColumn = 1
            } else if c == "\"" && field.trimmedSpaces.isEmpty && !wasQuoted {
                inQuotes = true
                wasQuoted = true
                field = ""
                quoteLine = line
                quoteColumn = column
            } else {
                if afterQuote && !c.isWhitespace {
                    problems.append(
                        Problem(
                            line: line, column: column,
                            message: Localized(
                                nl: "tekst \"\(c)\" na een afsluitend aanhalingsteken",
                                en: "text \"\(c)\" after a closing quote"),
                            hint: Localized(
                                nl: "verdubbel aanhalingstekens binnen een veld: \"\"", en: "double quotes inside a field: \"\"")))
                    afterQuote = false
                }
                if !afterQuote { field.append(c) }
            }
        }
        if inQuotes {
            problems.append(
                Problem(
                    line: quoteLine, column: quoteColumn,
                    message: Localized(nl: "aanhalingsteken wordt niet gesloten", en: "quote is never closed"),
                    hint: Localized(nl: "sluit het veld af met \"", en: "close the field with \"")))
        }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return (records, problems)
    }
}
