import ArgumentParser
import PlanreisFormats
import PlanreisModel

/// Loads a reference file a command may be given (a price list, a criteria set): the user's
/// file when a path is given, else the shipped one; every problem reported, exit code 1 on errors.
enum ReferenceFileLoader {
    static func load<Value>(
        _ path: String?, language: Language, limits: ReadLimits,
        read: (_ bytes: [UInt8], _ path: String) -> (Value, [Diagnostic]),
        shipped: () -> (Value, [Diagnostic])
    ) throws -> Value {
        let (value, diagnostics): (Value, [Diagnostic])
        if let path {
            switch InputFile.read(path, maxBytes: limits.maxBytes) {
            case .failure(let diagnostic):
                Console.report([diagnostic], language: language)
                throw ExitCode(1)
            case .success(let bytes):
                (value, diagnostics) = read(bytes, path)
            }
        } else {
            (value, diagnostics) = shipped()
        }
        Console.report(diagnostics, language: language)
        if diagnostics.hasErrors { throw ExitCode(1) }
        return value
    }
}
