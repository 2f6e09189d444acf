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

    /// Problems for errors libxml2 raised outside any parser context: each message once,
    /// without a place of their own (they get `position`, where parsing stopped). A failed
    /// conversion of the input becomes `.undecodable`; the "encoder error" that follows it is
    /// left out.
    static func strayProblems(_ errors: [RawXMLError], at position: XMLPosition?) -> [XMLProblem] {
        var seen: Set<String> = []
        var problems: [XMLProblem] = []
        for raw in errors where seen.insert(raw.message).inserted {
            let at = raw.line > 0 ? XMLPosition(line: raw.line, column: max(1, raw.column)) : position
            if let range = raw.message.range(of: "bytes ") {
                problems.append(
                    XMLProblem(
                        .error, stage: .wellFormedness, kind: .undecodable(String(raw.message[range.upperBound...])), position: at,
                        message: raw.message, code: raw.code))
            } else {
                problems.append(
                    XMLProblem(raw.severity, stage: .wellFormedness, kind: .other, position: at, message: raw.message, code: raw.code))
            }
        }
        if problems.contains(where: { if case .undecodable = $0.kind { true } else { false } }) {
            problems.removeAll { $0.message == "encoder error" }
        }
        return problems
    }

    /// Runs `body` with the errors libxml2 raises outside any parser context on this thread
    /// (the input layer's encoding errors, "I/O error") going to `collector` rather than to
    /// standard error, where libxml2 would print them. libxml2 keeps these handlers per thread.
    static func collectingStrayErrors<R>(into collector: XMLErrorCollector, _ body: () -> R) -> R {
        planreis_silence_generic_errors()
        xmlSetStructuredErrorFunc(collector.opaque, XMLErrorCollector.handler)
        defer { xmlSetStructuredErrorFunc(nil, XMLErrorCollector.ignoring) }
        return withExtendedLifetime(collector) { body() }
    }
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

    /// Handler that drops what it gets (between parses: nothing is parsed then).
    static let ignoring: xmlStructuredErrorFunc = { _, _ in }

    /// Handler for a parser context: libxml2 passes the context; the collector sits in `_private`.
    static let parserHandler: xmlStructuredErrorFunc = { userData, error in
        guard let userData, let error else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let collector = context.pointee._private else { return }
        XMLErrorCollector.from(collector).errors.append(RawXMLError(error))
    }
}
