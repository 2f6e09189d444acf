/// A place in an input file: 1-based line and column (columns count characters).
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
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
            text = "\(location.file):\(location.line):\(location.column): "
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
