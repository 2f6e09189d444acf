/// A place in an input file: 1-based line and column (columns count characters).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet of a workbook, when the place is a cell: then `line` is the row and `column`
    /// the column number, and the place reads `Blad1!C4`.
    public var sheet: String?

    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    /// `line:column`, or `Sheet!C4` for a cell of a workbook (the sheet name quoted as
    /// spreadsheets quote it when it holds anything but letters, digits and `_`).
    public var place: String {
        guard let sheet else { return "\(line):\(column)" }
        let plain =
            !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        let name = plain ? sheet : "'" + sheet.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
        return "\(name)!\(Self.columnLetters(column))\(line)"
    }

    /// `1` → `A`, `27` → `AA`, as spreadsheets name columns.
    public static func columnLetters(_ column: Int) -> String {
        var n = max(column, 1)
        var letters: [Character] = []
        while n > 0 {
            let rest = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + rest))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// A problem found in an input, with where it is and how to fix it. Library code collects
/// these; the command line prints them.
public struct Diagnostic: Hashable, Sendable, Error {
    public enum Severity: String, Sendable, Comparable {
        case warning, error

        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }

        public func word(_ language: Language) -> String {
            switch (self, language) {
            case (.error, .nl): "fout"
            case (.error, .en): "error"
            case (.warning, .nl): "waarschuwing"
            case (.warning, .en): "warning"
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: Localized
    public var hint: Localized?

    public init(_ severity: Severity, at location: SourceLocation?, _ message: Localized, hint: Localized? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(at location: SourceLocation?, _ message: Localized, hint: Localized? = nil) -> Diagnostic {
        Diagnostic(.error, at: location, message, hint: hint)
    }

    public static func warning(at location: SourceLocation?, _ message: Localized, hint: Localized? = nil) -> Diagnostic {
        Diagnostic(.warning, at: location, message, hint: hint)
    }

    /// `file:line:col: fout: message` and, indented on the next line, `tip: hint`
    /// (`error:` / `hint:` in English).
    public func formatted(_ language: Language) -> String {
        var text = ""
        if let location {
            text = "\(location.file):\(location.place): "
        }
        text += "\(severity.word(language)): \(message(language))"
        if let hint {
            text += "\n    \(language.pick("tip", "hint")): \(hint(language))"
        }
        return text
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// In file order, errors before warnings at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { a, b in
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
