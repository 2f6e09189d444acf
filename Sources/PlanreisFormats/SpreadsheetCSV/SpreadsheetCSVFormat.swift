import PlanreisModel

/// Journeys as a spreadsheet saved as CSV: one row per event, several journeys per file
/// (docs/PRODUCT.md §4; the columns and cell forms are described in `Templates/spreadsheet/LEESMIJ.md`).
///
/// Reading accepts Dutch or English headers in any case, `,` `;` or tab, UTF-8 with or without
/// a byte-order mark, UTF-16 with one, Windows-1252, and CRLF, LF or CR line ends. Every problem
/// is reported at the physical line and column where its cell starts.
///
/// Writing produces what Dutch Excel opens correctly (`;`, UTF-8 with a byte-order mark, CRLF)
/// and loses nothing: reading the output gives the same journeys back.
package enum SpreadsheetCSVFormat {
    /// Problems (errors and warnings) reported per file: the first 100 found, then one more that
    /// counts the rest ("… en nog 900 fouten"). A spreadsheet with a shifted column fails on every
    /// row; a hundred messages say enough, and a million would not fit in a terminal or in memory.
    public static let reportedProblemLimit = 100

    /// How to write a spreadsheet.
    public struct WriteOptions: Sendable {
        /// Dutch headers and words (`datum`, `besluit`, `15-07-2021`, `€ 1.250,50`) or English
        /// ones (`date`, `decision`, EDTF dates, `1250.50`).
        public var language: Language
        public var delimiter: Character
        /// Start the file with a UTF-8 byte-order mark, so that Excel reads it as UTF-8.
        public var byteOrderMark: Bool
        public var lineEnding: String
        /// Put `'` before a cell a spreadsheet could take for a formula (`=`, `+`, `-`, `@`).
        public var guardsFormulas: Bool

        public init(
            language: Language = .nl, delimiter: Character = ";", byteOrderMark: Bool = true, lineEnding: String = "\r\n",
            guardsFormulas: Bool = true
        ) {
            self.language = language
            self.delimiter = delimiter
            self.byteOrderMark = byteOrderMark
            self.lineEnding = lineEnding
            self.guardsFormulas = guardsFormulas
        }
    }

    /// Reads the bytes of `file`: the journeys (grouped by the `casus` column, default the file
    /// name without extension), a source map per journey, and every problem.
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult {
        var reader = SpreadsheetReader(file: file)
        return reader.read(bytes)
    }

    /// The spreadsheet text of `journeys`, starting with U+FEFF when `options.byteOrderMark`.
    public static func write(_ journeys: [Journey], options: WriteOptions = WriteOptions()) -> String {
        SpreadsheetWriter(options: options).write(journeys)
    }

    /// The spreadsheet as UTF-8 bytes, as it goes into a file.
    public static func writeBytes(_ journeys: [Journey], options: WriteOptions = WriteOptions()) -> [UInt8] {
        Array(write(journeys, options: options).utf8)
    }
}
