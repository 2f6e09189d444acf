/// Bounds on an XML input, checked before libxml2 parses it, so that a hostile or broken file
/// is refused quickly with a clear message instead of taking the memory or the time of the
/// machine. The defaults are far above any real planreis file or process-mining log of
/// ordinary size; callers may raise or lower them.
public struct XMLLimits: Hashable, Sendable {
    /// Which bound an input went past.
    public enum Limit: String, Hashable, Sendable, CaseIterable {
        /// The size of the input in bytes (after decompression).
        case bytes
        /// How deeply elements nest.
        case depth
        /// The bytes of one text (the text of an element between its child elements, CDATA
        /// included), one attribute value, tag, comment or processing instruction, as written.
        case textLength
        /// The number of elements.
        case elements
    }

    /// Largest input in bytes; default 128 MiB.
    public var maxBytes: Int
    /// Deepest nesting of elements; default 100 (planreis needs 6, XES logs about 10).
    public var maxDepth: Int
    /// Longest text, attribute value or tag in bytes; default 1 MiB.
    public var maxTextLength: Int
    /// Most elements in one input; default 16 million.
    public var maxElements: Int

    public init(maxBytes: Int = 128 << 20, maxDepth: Int = 100, maxTextLength: Int = 1 << 20, maxElements: Int = 16_000_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxTextLength = maxTextLength
        self.maxElements = maxElements
    }

    public static let `default` = XMLLimits()

    /// The value of one limit.
    public subscript(_ limit: Limit) -> Int {
        switch limit {
        case .bytes: maxBytes
        case .depth: maxDepth
        case .textLength: maxTextLength
        case .elements: maxElements
        }
    }
}

extension XMLLimits {
    /// The first limit a whole document in memory goes past, as a problem at its place; nil
    /// when it stays within all of them. Fast (memchr from `<` to `<`) and allocation-free; for
    /// readers that stream from memory and want the same bounds as `ParsedXMLDocument.parse`.
    public func firstViolation(in bytes: [UInt8]) -> XMLProblem? {
        bytes.withUnsafeBufferPointer { XMLLimitScan(bytes: $0, limits: self).check() }
    }
}
