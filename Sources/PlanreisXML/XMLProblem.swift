/// A problem libxml2 or the safety checks found in an XML input, with where it is and what it
/// is in structured form, so that callers can explain it in their users' language.
public struct XMLProblem: Hashable, Sendable, Error {
    public enum Severity: String, Hashable, Sendable {
        case warning, error
    }

    /// Which step found the problem.
    public enum Stage: String, Hashable, Sendable {
        /// The safety checks before parsing (DOCTYPE, entity declarations, encoding, limits).
        case safety
        /// Well-formedness and namespaces.
        case wellFormedness
        /// Reading the schema itself.
        case schema
        /// Validating the document against the schema.
        case validity
    }

    /// What the problem is, as far as it could be recognised.
    public enum Kind: Hashable, Sendable {
        /// A `<!DOCTYPE` declaration; documents with a DTD are refused.
        case doctypeRefused
        /// An `<!ENTITY` declaration; refused.
        case entityRefused
        /// A byte order mark or first bytes of an encoding other than UTF-8 or an ASCII-compatible one.
        case unsupportedEncoding(String)
        /// The input goes past one of the read limits (`XMLLimits`); `limit` is the limit's value.
        case limitExceeded(XMLLimits.Limit, limit: Int)
        /// The document has no content.
        case empty
        /// Compressed input (gzip) that cannot be decompressed: damaged or cut short; zlib's
        /// reason when it gave one.
        case damagedCompression(String)
        /// Bytes that do not decode in the document's declared encoding (the bytes, as libxml2
        /// shows them: "0x81 0x1F 0x62 0x22").
        case undecodable(String)
        /// Start and end tag differ.
        case tagMismatch(open: String, close: String)
        /// A reference to an entity that is not one of the five predefined ones.
        case undefinedEntity(String)
        /// A namespace prefix without a declaration.
        case undefinedPrefix(String)
        /// The same attribute twice on one element.
        case duplicateAttribute(String)
        /// A required attribute is absent.
        case missingAttribute(String)
        /// An attribute the schema does not allow on this element.
        case attributeNotAllowed(String)
        /// An element the schema does not expect here; `expected` lists what would fit.
        case unexpectedElement(expected: [String])
        /// Required child elements are absent.
        case missingChild(expected: [String])
        /// A value outside an enumeration.
        case enumeration(value: String, allowed: [String])
        /// A value that does not match a pattern.
        case pattern(value: String, pattern: String)
        /// A value outside a numeric range or length limit (`facet` is the XSD facet name).
        case range(value: String, facet: String, limit: String)
        /// A value that is not of the expected simple type (`type` such as "xs:integer").
        case datatype(value: String, type: String)
        /// Text where the schema allows only elements, or none.
        case textNotAllowed
        /// Child elements where the schema allows none.
        case elementsNotAllowed
        /// The root element is not one the schema declares.
        case unknownRoot
        /// Anything else; the message says what.
        case other
    }

    public var severity: Severity
    public var stage: Stage
    public var kind: Kind
    /// Where the problem is; nil when unknown.
    public var position: XMLPosition?
    /// The element concerned, in `{namespace}local` form as libxml2 writes it, if any.
    public var element: String?
    /// The attribute concerned, if the message names one.
    public var attribute: String?
    /// The original message (libxml2's English text, or this module's for safety checks).
    public var message: String
    /// libxml2's error number (0 for this module's own checks).
    public var code: Int
    /// The document-order index of the element concerned (`ParsedXMLElement.index`), when known.
    public var elementIndex: Int?

    public init(
        _ severity: Severity, stage: Stage, kind: Kind, position: XMLPosition?, element: String? = nil,
        attribute: String? = nil, message: String, code: Int = 0
    ) {
        self.severity = severity
        self.stage = stage
        self.kind = kind
        self.position = position
        self.element = element
        self.attribute = attribute
        self.message = message
        self.code = code
    }
}
