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

/// Reading inputs and writing outputs.
enum Files {
    /// The bytes of a file, or a diagnostic saying why it could not be read.
    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        if path == "-" {
            return .success(Array(FileHandle.standardInput.readDataToEndOfFile()))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                .error(
                    at: nil,
                    Localized(nl: "bestand \"\(path)\" bestaat niet", en: "file \"\(path)\" does not exist"),
                    hint: Localized(nl: "controleer de naam en de map", en: "check the name and the folder")))
        }
        guard !isDirectory.boolValue else {
            return .failure(
                .error(
                    at: nil, Localized(nl: "\"\(path)\" is een map, geen bestand", en: "\"\(path)\" is a folder, not a file")))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(
                .error(
                    at: nil, Localized(nl: "bestand \"\(path)\" is niet leesbaar", en: "file \"\(path)\" cannot be read"),
                    hint: Localized(nl: "controleer de rechten", en: "check the permissions")))
        }
        return .success(Array(data))
    }

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
