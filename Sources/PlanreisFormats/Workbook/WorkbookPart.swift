import PlanreisModel
import PlanreisXML

/// One XML part of a workbook streamed through libxml2 (`XMLPullReader`): the same refusal of
/// DOCTYPE and entity declarations as every XML input, the same bounds on nesting and text
/// length, and each problem located in the part (`casus.xlsx/xl/styles.xml:3:14`).
struct WorkbookPart {
    let reader: XMLPullReader
    /// `casus.xlsx/xl/worksheets/sheet1.xml`: how problems in this part are placed.
    let label: String

    init(_ bytes: [UInt8], file: String, name: String, limits: ReadLimits) {
        label = file + "/" + name
        reader = XMLPullReader(.bytes(bytes), maxBytes: bytes.count + 1, limits: limits.xml)
    }

    /// The problems found, as diagnostics.
    var diagnostics: [Diagnostic] { reader.problems.map { $0.diagnostic(file: label) } }

    /// Whether reading stopped on an error.
    var failed: Bool { reader.problems.contains { $0.severity == .error } }

    /// The value of the attribute with this local name (any namespace when `namespace` is nil
    /// and no unprefixed one exists), on the current start tag.
    func attribute(_ name: String, namespace: String? = nil) -> String? {
        var found: String?
        var foreign: String?
        reader.forEachAttribute { local, ns, value in
            guard local == name else { return }
            if ns == namespace { found = value } else if foreign == nil { foreign = value }
        }
        return found ?? (namespace == nil ? foreign : nil)
    }

    /// The text of the current element up to its end tag (text of child elements included),
    /// leaving the reader on that end tag.
    func elementText() -> String {
        var text = ""
        var depth = 1
        while depth > 0, let node = reader.next() {
            switch node {
            case .startElement: depth += 1
            case .endElement: depth -= 1
            case .text: text += reader.text
            }
        }
        return text
    }
}

/// Namespaces of the parts read.
enum WorkbookNamespace {
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
}
