internal import CLibXML2

/// The one place that initialises libxml2, fixes its parser options and turns its errors into
/// Swift values.
enum LibXML2 {
    /// `NONET`: nothing is ever fetched. Never `NOENT`, `DTDLOAD` or `HUGE` (they load or expand
    /// entities or switch the entity blow-up checks off). `NOCDATA` merges CDATA into text.
    /// `BIG_LINES` keeps line numbers past 65535.
    static let parseOptions: Int32 = Int32(
        bitPattern:
            XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    /// Initialises libxml2 once, thread-safely.
    static func initialise() { _ = initialised }
}

/// One libxml2 error copied out of the C struct.
struct RawXMLError {
    var domain: Int
    var code: Int
    /// 1 warning, 2 error, 3 fatal.
    var level: Int
    var message: String
    var line: Int
    /// libxml2's column (`int2`) for parser errors; 0 when it gave none.
    var column: Int
    /// The tree node concerned (validation errors), as an address.
    var node: UnsafeMutableRawPointer?

    init(_ error: UnsafePointer<xmlError>) {
        let e = error.pointee
        domain = Int(e.domain)
        code = Int(e.code)
        level = Int(e.level.rawValue)
        var text = e.message.map { String(cString: $0) } ?? "unknown libxml2 error \(e.code)"
        while let last = text.last, last == "\n" || last == " " { text.removeLast() }
        message = text
        line = Int(e.line)
        column = Int(e.int2)
        node = e.node
    }

    var severity: XMLProblem.Severity { level <= 1 ? .warning : .error }
}

/// Collects the errors libxml2 reports through a structured error handler.
final class XMLErrorCollector {
    var errors: [RawXMLError] = []

    /// Pointer handed to libxml2 as user data; valid while `self` is alive.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer) -> XMLErrorCollector {
        Unmanaged<XMLErrorCollector>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Handler whose user data is the collector itself (schema parser and validator, text reader).
    static let handler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        XMLErrorCollector.from(userData).errors.append(RawXMLError(error))
    }

    /// Handler for a parser context: libxml2 passes the context; the collector sits in `_private`.
    static let parserHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let collector = context.pointee._private else { return }
        XMLErrorCollector.from(collector).errors.append(RawXMLError(error))
    }
}
