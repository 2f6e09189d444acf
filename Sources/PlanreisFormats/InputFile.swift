import Foundation
import PlanreisModel

/// Reading an input file, or standard input (`-`), into memory, with a diagnostic that says why
/// when it cannot be read. The one place where every reader's bytes come from.
public enum InputFile {
    /// The bytes of a file, or a diagnostic saying why it could not be read.
    public static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
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

    /// The bytes of a file or of standard input (`-`), read in pieces and refused past `maxBytes`,
    /// so that a device or pipe without end (`/dev/zero`) cannot make planreis hang.
    public static func read(_ path: String, maxBytes: Int) -> Result<[UInt8], Diagnostic> {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                let opened = FileHandle(forReadingAtPath: path)
            else { return read(path) }  // the plain reader explains what is wrong
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        while true {
            let chunk: Data
            do {
                guard let next = try handle.read(upToCount: 1 << 20), !next.isEmpty else { break }
                chunk = next
            } catch {
                return .failure(
                    .error(
                        at: nil, Localized(nl: "bestand \"\(path)\" is niet leesbaar", en: "file \"\(path)\" cannot be read"),
                        hint: Localized(nl: "controleer de rechten", en: "check the permissions")))
            }
            bytes += chunk
            if bytes.count > maxBytes {
                return .failure(ReadLimits.exceeded(.bytes, value: maxBytes, at: SourceLocation(file: path, line: 1, column: 1)))
            }
        }
        return .success(bytes)
    }
}
