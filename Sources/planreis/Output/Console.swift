import Foundation
import PlanreisModel

/// Writing to the terminal and to files: the only place that prints.
enum Console {
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints diagnostics in file order to standard error.
    static func report(_ diagnostics: [Diagnostic], language: Language) {
        for diagnostic in diagnostics.sortedByLocation() {
            error(diagnostic.formatted(language))
        }
    }

    /// Shows a progress line on a terminal (overwritten in place); nil clears it.
    static func progress(_ text: String?) {
        let line = text.map { "\r\u{1B}[2K" + $0 } ?? "\r\u{1B}[2K"
        FileHandle.standardError.write(Data(line.utf8))
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
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
