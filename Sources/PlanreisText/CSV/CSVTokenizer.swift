/// One cell of a CSV file, where it starts in the file (physical line and column, 1-based).
public struct CSVCell: Equatable, Sendable {
    /// The text: unquoted as written, quoted with the quotes removed, `""` undoubled and line
    /// breaks made `\n`.
    public var text: String
    public var line: Int
    public var column: Int
    /// Whether the cell was written in double quotes.
    public var quoted: Bool

    public init(text: String, line: Int, column: Int, quoted: Bool) {
        self.text = text
        self.line = line
        self.column = column
        self.quoted = quoted
    }
}

/// One record: the cells and the physical line it starts on.
public struct CSVRow: Equatable, Sendable {
    public var cells: [CSVCell]
    public var line: Int

    public init(cells: [CSVCell], line: Int) {
        self.cells = cells
        self.line = line
    }
}

/// A problem the tokenizer found, at a physical position.
public struct CSVTokenizerProblem: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A quoted cell that never closes; everything after its opening quote was read as one cell.
        case unterminatedQuote
        /// Text after a closing quote (`"abc"def`); it was appended to the cell.
        case textAfterQuote(String)
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    /// What a person is told, in Dutch and English: the message and a hint. Every CSV reader
    /// reports tokenizer problems with these words.
    public var words: (message: (nl: String, en: String), hint: (nl: String, en: String)) {
        switch kind {
        case .unterminatedQuote:
            return (
                (
                    "aanhalingsteken wordt niet gesloten; de rest van het bestand is als één cel gelezen",
                    "quote is never closed; the rest of the file was read as one cell"
                ),
                (
                    "sluit de cel met \"; een aanhalingsteken binnen een cel schrijft u dubbel (\"\")",
                    "close the cell with \"; write a quote inside a cell twice (\"\")"
                )
            )
        case .textAfterQuote(let text):
            return (
                (
                    "tekst \"\(text)\" na het sluitende aanhalingsteken; hij is aan de cel toegevoegd",
                    "text \"\(text)\" after the closing quote; it was added to the cell"
                ),
                (
                    "zet de hele cel tussen aanhalingstekens en schrijf een \" binnen de cel als \"\"",
                    "quote the whole cell and write a \" inside it as \"\""
                )
            )
        }
    }
}

/// Splits CSV text into rows and cells, keeping each cell's physical position: a quoted line
/// break moves every later row down, and the column is the character where the cell starts.
/// Line ends may be CRLF, LF or CR.
public struct CSVTokenizer: Sendable {
    public let delimiter: Character

    public init(delimiter: Character) {
        self.delimiter = delimiter
    }

    /// Splits a whole file's text (byte-order mark already removed): honours an Excel `sep=X`
    /// first line, else detects the delimiter from the header line.
    public static func split(_ text: String) -> (delimiter: Character, rows: [CSVRow], problems: [CSVTokenizerProblem]) {
        var body = Substring(text)
        var startLine = 1
        let delimiter: Character
        if let separator = separatorLine(text) {
            delimiter = separator.delimiter
            body = body.dropFirst(separator.length)
            startLine = separator.length == 6 ? 2 : 1
        } else {
            delimiter = detectDelimiter(in: text)
        }
        let (rows, problems) = CSVTokenizer(delimiter: delimiter).rows(String(body), startLine: startLine)
        return (delimiter, rows, problems)
    }

    /// The delimiter used in the header line: the most frequent of `;`, `,` and tab outside
    /// quotes (`;` wins a tie, then tab). An Excel `sep=X` first line names it outright.
    public static func detectDelimiter(in text: String) -> Character {
        if let named = separatorLine(text)?.delimiter { return named }
        var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if character.isNewline { break }
            if counts[character] != nil { counts[character]! += 1 }
        }
        let order: [Character] = [";", "\t", ","]
        return order.max { a, b in counts[a]! != counts[b]! ? counts[a]! < counts[b]! : order.firstIndex(of: a)! > order.firstIndex(of: b)!
        }!
    }

    /// Excel's optional first line `sep=;`: the delimiter it names and the number of characters
    /// it takes, line break included.
    public static func separatorLine(_ text: String) -> (delimiter: Character, length: Int)? {
        let head = text.prefix(6)
        guard head.count >= 5, head.prefix(4).lowercased() == "sep=" else { return nil }
        let chars = Array(head)
        let delimiter = chars[4]
        guard delimiter == ";" || delimiter == "," || delimiter == "\t" || delimiter == "|" else { return nil }
        if chars.count == 5 { return (delimiter, 5) }
        guard chars[5].isNewline else { return nil }
        return (delimiter, 6)
    }

    /// The rows of `text`, in order, with every problem found on the way.
    ///
    /// Quotes, delimiters and line breaks are recognised per Unicode scalar, as spreadsheets do:
    /// a quote followed by a combining mark or a zero-width joiner is one `Character` in Swift
    /// but still opens, doubles or closes a quoted cell. Columns still count characters.
    public func rows(_ text: String, startLine: Int = 1) -> (rows: [CSVRow], problems: [CSVTokenizerProblem]) {
        var chars: [Unicode.Scalar] = []
        var startsCharacter: [Bool] = []
        for character in text {
            for (k, scalar) in character.unicodeScalars.enumerated() {
                chars.append(scalar)
                startsCharacter.append(k == 0)
            }
        }
        let delimiter = self.delimiter.unicodeScalars.first!
        let n = chars.count
        var rows: [CSVRow] = []
        var problems: [CSVTokenizerProblem] = []
        var cells: [CSVCell] = []
        var i = 0, line = startLine, column = 1
        var rowLine = startLine

        func isLineBreak(_ index: Int) -> Bool { Self.lineBreaks.contains(chars[index]) }

        /// Moves past one scalar, or past CRLF at once.
        func advance() {
            if isLineBreak(i) {
                if chars[i] == "\r", i + 1 < n, chars[i + 1] == "\n" { i += 1 }
                line += 1
                column = 1
            } else if startsCharacter[i] {
                column += 1
            }
            i += 1
        }

        guard n > 0 else { return ([], []) }
        while true {
            let cellLine = line, cellColumn = column
            var value = String.UnicodeScalarView()
            var quoted = false
            if i < n, chars[i] == "\"" {
                quoted = true
                advance()
                var closed = false
                while i < n {
                    let c = chars[i]
                    if c == "\"" {
                        if i + 1 < n, chars[i + 1] == "\"" {
                            value.append("\"")
                            advance()
                            advance()
                        } else {
                            advance()
                            closed = true
                            break
                        }
                    } else if isLineBreak(i) {
                        value.append("\n")
                        advance()
                    } else {
                        value.append(c)
                        advance()
                    }
                }
                if !closed {
                    problems.append(CSVTokenizerProblem(kind: .unterminatedQuote, line: cellLine, column: cellColumn))
                }
                // Text between the closing quote and the delimiter: spaces are dropped, anything
                // else is kept (and reported) so that nothing is lost.
                var stray = String.UnicodeScalarView(), strayLine = line, strayColumn = column
                while i < n, chars[i] != delimiter, !isLineBreak(i) {
                    let space = chars[i].properties.isWhitespace
                    if stray.isEmpty, !space { strayLine = line; strayColumn = column }
                    if !stray.isEmpty || !space { stray.append(chars[i]) }
                    advance()
                }
                if !stray.isEmpty {
                    value.append(contentsOf: stray)
                    problems.append(CSVTokenizerProblem(kind: .textAfterQuote(String(stray)), line: strayLine, column: strayColumn))
                }
            } else {
                while i < n, chars[i] != delimiter, !isLineBreak(i) {
                    value.append(chars[i])
                    advance()
                }
            }
            cells.append(CSVCell(text: String(value), line: cellLine, column: cellColumn, quoted: quoted))
            if i >= n {
                rows.append(CSVRow(cells: cells, line: rowLine))
                break
            }
            if chars[i] == delimiter {
                advance()
                continue
            }
            // A line break ends the row.
            advance()
            rows.append(CSVRow(cells: cells, line: rowLine))
            cells = []
            rowLine = line
            if i >= n { break }
        }
        return (rows, problems)
    }

    /// What `Character.isNewline` counts as a line break, per scalar.
    public static let lineBreaks: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]
}
