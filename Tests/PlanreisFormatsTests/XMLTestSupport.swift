import PlanreisFormats
import PlanreisModel

/// Helpers shared by the XML tests.
enum XMLTestSupport {
    /// Line and character column (1-based) of the first occurrence of `anchor` in `text`.
    static func position(of anchor: String, in text: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            var offset = 0
            while let range = rest.firstRange(of: anchor) {
                seen += 1
                let column = offset + rest.distance(from: rest.startIndex, to: range.lowerBound) + 1
                if seen == occurrence { return (index + 1, column) }
                offset = column
                rest = rest[rest.index(after: range.lowerBound)...]
            }
        }
        return nil
    }

    static func read(_ text: String, file: String = "test.planreis.xml") -> ReadResult {
        PlanreisXMLFormat.read(Array(text.utf8), file: file)
    }

    /// `line:col: severity: english message` for each diagnostic.
    static func lines(_ result: ReadResult) -> [String] {
        result.diagnostics.map { d in
            "\(d.location.map { "\($0.line):\($0.column)" } ?? "-"): \(d.severity.rawValue): \(d.message.en)"
        }
    }

    /// The diagnostics whose English message contains `text`.
    static func matching(_ result: ReadResult, _ text: String) -> [Diagnostic] {
        result.diagnostics.filter { $0.message.en.contains(text) }
    }
}

extension String {
    func xmlReplacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
