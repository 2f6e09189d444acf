import Foundation
import PlanreisFormats
import PlanreisModel

/// Helpers shared by the XES tests.
enum XESTestSupport {
    /// The public event logs in shared/data/xes (beside the checkout).
    static let logs = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/data/xes")

    static func log(_ name: String) -> String { logs.appendingPathComponent(name).path }

    /// The repository's Samples folder.
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    static func read(_ text: String, file: String = "test.xes") -> ReadResult {
        XESFormat.read(Array(text.utf8), file: file)
    }

    /// A log around the given trace and event XML, in the XES namespace.
    static func log(traces: String, namespace: String? = "http://www.xes-standard.org/") -> String {
        let xmlns = namespace.map { " xmlns=\"\($0)\"" } ?? ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1.0\"\(xmlns)>\n\(traces)\n</log>\n"
    }

    /// `line:col: severity: english message` for each diagnostic.
    static func lines(_ result: ReadResult) -> [String] {
        result.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.message.en)"
        }
    }

    static func matching(_ result: ReadResult, _ text: String) -> [Diagnostic] {
        result.diagnostics.filter { $0.message.en.contains(text) }
    }
}
