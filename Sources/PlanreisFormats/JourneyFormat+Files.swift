import PlanreisModel

/// What each format owns: its file name endings, the words users give for it, and how a file of
/// it is read batch by batch. The command line builds its help and its messages from these, so
/// a new format is added here and nowhere else.
extension JourneyFormat {
    /// File name endings that select this format, most specific first (without the dot).
    public var extensions: [String] {
        switch self {
        case .planreisXML: ["planreis.xml", "xml"]
        case .csv: ["csv", "tsv", "txt"]
        case .json: ["json"]
        case .xes: ["xes", "xes.gz"]
        case .xlsx: ["xlsx"]
        case .ods: ["ods"]
        }
    }

    /// The endings shown to users; `.tsv`/`.txt` and plain `.xml` are accepted but not advertised.
    var shownExtensions: [String] {
        switch self {
        case .planreisXML: ["planreis.xml"]
        case .csv: ["csv"]
        case .json: ["json"]
        case .xes: ["xes", "xes.gz"]
        case .xlsx: ["xlsx"]
        case .ods: ["ods"]
        }
    }

    /// The format a path's ending names, or nil.
    public static func detect(path: String) -> JourneyFormat? {
        let lower = path.lowercased()
        return allCases.first { format in format.extensions.contains { lower.hasSuffix("." + $0) } }
    }

    /// Every readable ending, for help and messages: `.planreis.xml, .csv, .json, .xes of .xes.gz`.
    public static func readableList(_ language: Language) -> String {
        listed(allCases.flatMap(\.shownExtensions).map { "." + $0 }, language)
    }

    /// The words `--from` and `--format` take: `xml, csv, json of xes`.
    public static func wordList(_ language: Language) -> String {
        listed(allCases.map(\.rawValue), language)
    }

    /// `a, b, c of d` (`or` in English).
    static func listed(_ items: [String], _ language: Language) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (language.pick(" of ", " or ")) + items.last!
    }

    /// A streamed log may be far larger than a file read whole: 32 times the input limit (4 GiB
    /// by default), counted in decompressed bytes.
    public static func streamedMaxBytes(_ limits: ReadLimits) -> Int {
        let (product, overflow) = limits.maxBytes.multipliedReportingOverflow(by: 32)
        return overflow ? Int.max : product
    }

    /// Reads one file (or standard input, `-`) and hands its journeys to `body` batch by batch:
    /// an XES log on disk one trace at a time, streamed so that memory stays bounded by one
    /// trace; any other input whole, as one batch. `format` nil: from the file's ending.
    /// Returns the problems that belong to no batch (an unknown type, an unreadable file, a
    /// damaged log); `progress` hears how many batches and bytes were read so far.
    public static func forEachJourney(
        contentsOf path: String, format: JourneyFormat? = nil, limits: ReadLimits,
        progress: ((_ batches: Int, _ bytes: Int) -> Void)? = nil, _ body: (ReadResult) -> Void
    ) -> [Diagnostic] {
        guard let format = format ?? detect(path: path) else {
            return [
                .error(
                    at: nil,
                    Localized(nl: "onbekend bestandstype \"\(path)\"", en: "unknown file type \"\(path)\""),
                    hint: Localized(
                        nl: "gebruik \(readableList(.nl)), of geef --format",
                        en: "use \(readableList(.en)), or pass --format"))
            ]
        }
        if format == .xes && path != "-" {
            return XESFormat.stream(
                contentsOf: path, maxBytes: streamedMaxBytes(limits), limits: limits, progress: progress, onTrace: body)
        }
        switch InputFile.read(path, maxBytes: limits.maxBytes) {
        case .failure(let diagnostic):
            return [diagnostic]
        case .success(let bytes):
            body(format.read(bytes, file: path, limits: limits))
            progress?(1, bytes.count)
            return []
        }
    }
}
