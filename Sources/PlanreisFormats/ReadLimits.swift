import PlanreisModel
import PlanreisXML

/// Bounds on what a reader accepts, so that a hostile or broken input is refused with a clear
/// error instead of exhausting memory or time. The defaults are far above real files; raise
/// them with `--max-bytes`, `--max-depth`, `--max-text` and `--max-events`, or with the
/// environment variables `PLANREIS_MAX_BYTES`, `PLANREIS_MAX_DEPTH`, `PLANREIS_MAX_TEXT` and
/// `PLANREIS_MAX_EVENTS` (sizes may end in K, M or G: `512M`).
public struct ReadLimits: Hashable, Sendable {
    /// One of the limits, with its command-line flag and environment variable.
    public enum Limit: String, CaseIterable, Sendable {
        case bytes, depth, textLength, events

        public var flag: String {
            switch self {
            case .bytes: "--max-bytes"
            case .depth: "--max-depth"
            case .textLength: "--max-text"
            case .events: "--max-events"
            }
        }

        public var environmentVariable: String {
            switch self {
            case .bytes: "PLANREIS_MAX_BYTES"
            case .depth: "PLANREIS_MAX_DEPTH"
            case .textLength: "PLANREIS_MAX_TEXT"
            case .events: "PLANREIS_MAX_EVENTS"
            }
        }
    }

    /// Largest input file in bytes (after decompression); default 128 MiB.
    public var maxBytes: Int
    /// Deepest nesting of XML elements; default 100.
    public var maxDepth: Int
    /// Longest single text, attribute value, cell or tag in bytes; default 1 MiB.
    public var maxTextLength: Int
    /// Most events in one input file; default 1,000,000.
    public var maxEvents: Int
    /// Which sheet of a workbook to read (`--sheet`); nil for the first visible one. Not a
    /// bound, but it travels with them to every reader.
    public var sheet: String?

    public init(maxBytes: Int = 128 << 20, maxDepth: Int = 100, maxTextLength: Int = 1 << 20, maxEvents: Int = 1_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxTextLength = maxTextLength
        self.maxEvents = maxEvents
    }

    public static let `default` = ReadLimits()

    public subscript(_ limit: Limit) -> Int {
        get {
            switch limit {
            case .bytes: maxBytes
            case .depth: maxDepth
            case .textLength: maxTextLength
            case .events: maxEvents
            }
        }
        set {
            switch limit {
            case .bytes: maxBytes = newValue
            case .depth: maxDepth = newValue
            case .textLength: maxTextLength = newValue
            case .events: maxEvents = newValue
            }
        }
    }

    /// The limits for the XML layer; an event takes a few elements, so the element count may
    /// reach 16 per event (at least 16 million).
    public var xml: XMLLimits {
        XMLLimits(
            maxBytes: maxBytes, maxDepth: maxDepth, maxTextLength: maxTextLength,
            maxElements: max(16_000_000, maxEvents.multipliedReportingOverflow(by: 16).overflow ? Int.max : maxEvents * 16))
    }

    /// The defaults with every `PLANREIS_MAX_…` variable of `environment` applied, and an error
    /// for each value that is not a positive size.
    public static func from(environment: [String: String]) -> (limits: ReadLimits, problems: [Diagnostic]) {
        var limits = ReadLimits.default
        var problems: [Diagnostic] = []
        for limit in Limit.allCases {
            guard let text = environment[limit.environmentVariable] else { continue }
            if let value = parseSize(text) {
                limits[limit] = value
            } else {
                problems.append(
                    .error(
                        at: nil,
                        Localized(
                            nl: "\(limit.environmentVariable)=\"\(text)\" is geen geldige grens",
                            en: "\(limit.environmentVariable)=\"\(text)\" is not a valid limit"),
                        hint: Localized(
                            nl: "geef een positief getal, eventueel met K, M of G (bijvoorbeeld 512M)",
                            en: "give a positive number, optionally with K, M or G (for example 512M)")))
            }
        }
        return (limits, problems)
    }

    /// A positive number, optionally followed by K, M or G (binary: 1K = 1024) and an optional B:
    /// `1000`, `64K`, `512M`, `2GB`. Nil for anything else.
    public static func parseSize(_ text: String) -> Int? {
        var digits = Substring(text.filter { $0 != " " && $0 != "_" }).uppercased()[...]
        if digits.hasSuffix("B") && digits.count > 1 && !(digits.dropLast().last?.isNumber ?? true) { digits = digits.dropLast() }
        var factor = 1
        switch digits.last {
        case "K"?: factor = 1 << 10
        case "M"?: factor = 1 << 20
        case "G"?: factor = 1 << 30
        default: break
        }
        if factor > 1 { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        let (product, overflow) = value.multipliedReportingOverflow(by: factor)
        guard !overflow, product > 0 else { return nil }
        return product
    }

    /// The error for an input past `limit` (value `value`), with how to raise it.
    public static func exceeded(_ limit: Limit, value: Int, at location: SourceLocation?, elements: Bool = false) -> Diagnostic {
        let (nl, en): (String, String)
        switch limit {
        case .bytes:
            (nl, en) = (
                "het bestand is groter dan de grens van \(describe(bytes: value))",
                "the file is larger than the limit of \(describe(bytes: value))"
            )
        case .depth:
            (nl, en) = (
                "elementen zijn dieper genest dan de grens van \(value) niveaus",
                "elements are nested deeper than the limit of \(value) levels"
            )
        case .textLength:
            (nl, en) = (
                "een tekst, attribuutwaarde, cel of tag is langer dan de grens van \(describe(bytes: value))",
                "a text, attribute value, cell or tag is longer than the limit of \(describe(bytes: value))"
            )
        case .events:
            (nl, en) =
                elements
                ? ("het bestand heeft meer dan \(value) elementen", "the file has more than \(value) elements")
                : ("het bestand heeft meer dan \(value) gebeurtenissen", "the file has more than \(value) events")
        }
        return .error(
            at: location, Localized(nl: nl + "; niet gelezen", en: en + "; not read"),
            hint: Localized(
                nl: "vertrouwt u het bestand, verhoog dan de grens met \(limit.flag) of de omgevingsvariabele \(limit.environmentVariable)",
                en: "if you trust the file, raise the limit with \(limit.flag) or the environment variable \(limit.environmentVariable)"))
    }

    /// `128 MiB`, `1 MiB`, `512 KiB` or `1000 bytes`.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 30 && bytes % (1 << 30) == 0 { return "\(bytes >> 30) GiB" }
        if bytes >= 1 << 20 && bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10 && bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
