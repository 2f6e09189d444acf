import Foundation
import PlanreisFormats
import PlanreisModel

/// Writing to the terminal and to files: the only place that prints.
enum Console {
    static func error(_ text: String) {
        try? write(Data((text + "\n").utf8), to: .standardError)
    }

    static func out(_ text: String) {
        try? write(Data((text + "\n").utf8), to: .standardOutput)
    }

    /// Writes to a standard stream. When the reader has gone away (`planreis users list | head
    /// -1`, `grep -q`) the program ends quietly and successfully, as a Unix filter does; any other
    /// failure is thrown (a full disk behind `-o -` must not pass for success).
    static func write(_ data: Data, to handle: FileHandle) throws {
        do {
            try handle.write(contentsOf: data)
        } catch let error as NSError {
            let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError
            if error.code == Int(EPIPE) || underlying?.code == Int(EPIPE) { exit(0) }
            throw error
        }
    }

    /// Whether every warning is printed (`--all-warnings`); set once while parsing the command line.
    nonisolated(unsafe) static var showsAllWarnings = false

    /// Prints diagnostics in file order to standard error: of each kind of warning at most
    /// five per file, then one line with the count of the rest (`WarningSummary`), unless
    /// `showsAllWarnings`. Counts printed elsewhere come from the diagnostics themselves.
    static func report(_ diagnostics: [Diagnostic], language: Language) {
        let shown = showsAllWarnings ? diagnostics : WarningSummary.summarise(diagnostics).diagnostics
        for diagnostic in shown.sortedByLocation() {
            error(diagnostic.formatted(language))
        }
    }

    /// Shows a progress line on a terminal (overwritten in place); nil clears it.
    static func progress(_ text: String?) {
        let line = text.map { "\r\u{1B}[2K" + $0 } ?? "\r\u{1B}[2K"
        try? write(Data(line.utf8), to: .standardError)
    }

    /// Whether standard error is a terminal (progress is shown only then).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}

/// Writing outputs (inputs are read by `InputFile` of the formats layer).
enum Files {
    /// Writes atomically (a temporary file renamed into place), so a failure never leaves a
    /// half-written output. `-` writes to standard output.
    static func write(_ bytes: [UInt8], to path: String) throws {
        if path == "-" {
            try Console.write(Data(bytes), to: .standardOutput)
            return
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
