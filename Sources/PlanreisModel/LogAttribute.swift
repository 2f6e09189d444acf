/// An attribute of an event log (XES, IEEE 1849) that planreis carries without interpreting it:
/// its key, its XES type, its value exactly as written, and its nested attributes (a `list`'s
/// items, a `container`'s children, or the meta attributes any attribute may hold).
public struct LogAttribute: Hashable, Sendable {
    /// The XES attribute types.
    public enum Kind: String, CaseIterable, Sendable {
        case string, date, int, float, boolean, id, list, container
    }

    public var kind: Kind
    public var key: String
    /// The value text as the log wrote it; nil when the element had no `value` (a `list`, a
    /// `container`).
    public var value: String?
    /// Nested attributes in document order.
    public var children: [LogAttribute]

    public init(_ kind: Kind, key: String, value: String?, children: [LogAttribute] = []) {
        self.kind = kind
        self.key = key
        self.value = value
        self.children = children
    }
}

/// What an XES log says outside its traces: the attributes of `<log>` itself, its declared
/// extensions, globals and classifiers, and its log-level attributes, all in document order.
public struct LogHeader: Hashable, Sendable {
    /// An `<extension name=… prefix=… uri=…/>`.
    public struct Extension: Hashable, Sendable {
        public var name: String
        public var prefix: String
        public var uri: String

        public init(name: String, prefix: String, uri: String) {
            self.name = name
            self.prefix = prefix
            self.uri = uri
        }
    }

    /// A `<global scope=…>` with its default attributes.
    public struct Global: Hashable, Sendable {
        public var scope: String
        public var attributes: [LogAttribute]

        public init(scope: String, attributes: [LogAttribute]) {
            self.scope = scope
            self.attributes = attributes
        }
    }

    /// A `<classifier>`: its XML attributes (`name`, `keys`, maybe `scope`) in order.
    public struct Classifier: Hashable, Sendable {
        public var fields: [Tag]

        public init(fields: [Tag]) { self.fields = fields }
    }

    /// The attributes of the `<log>` element (`xes.version`, `xes.features`, …), without
    /// namespace declarations.
    public var logFields: [Tag]
    public var extensions: [Extension]
    public var globals: [Global]
    public var classifiers: [Classifier]
    public var attributes: [LogAttribute]

    public init(
        logFields: [Tag] = [], extensions: [Extension] = [], globals: [Global] = [], classifiers: [Classifier] = [],
        attributes: [LogAttribute] = []
    ) {
        self.logFields = logFields
        self.extensions = extensions
        self.globals = globals
        self.classifiers = classifiers
        self.attributes = attributes
    }
}

/// How a journey read from another tool's event log goes back to it unchanged. Carried as one
/// journey tag (`LogFidelity.tagKey`, see `docs/process-mining.md`), so that every planreis
/// format keeps it; a journey without it is written as a planreis log.
///
/// Attributes planreis does not interpret stay tags with their own key; `types` gives the XES
/// type of every such key that is not `string`. An attribute that a plain tag cannot hold (a
/// nested one, or one whose key has another type elsewhere in the journey) is a tag
/// `LogFidelity.attributeKey` holding the whole attribute.
public struct LogFidelity: Hashable, Sendable {
    /// The journey tag that holds this descriptor.
    public static let tagKey = "planreis:xes"
    /// An event or journey tag that holds one whole typed attribute.
    public static let attributeKey = "planreis:xes:attribute"
    /// An event tag naming the standard keys (space-separated) that the event did not have,
    /// where planreis would otherwise write one (`concept:name`, `time:timestamp`).
    public static let absentKey = "planreis:xes:absent"
    /// A period's tag holding the attributes of its `complete` event (as `attributeKey` does).
    public static let endKey = "planreis:xes:end"

    /// XES types of tag keys that are not `string`.
    public var types: [String: LogAttribute.Kind]
    /// The lane that holds the events without `org:resource`, if any.
    public var noResourceLane: String?
    /// The trace's `concept:name` when the journey id differs from it (renamed as a duplicate,
    /// or given for a trace without a name: then `""` with `traceNameAbsent`).
    public var traceName: String?
    public var traceNameAbsent: Bool
    /// The log's header, on the first journey of a log only.
    public var header: LogHeader?

    public init(
        types: [String: LogAttribute.Kind] = [:], noResourceLane: String? = nil, traceName: String? = nil,
        traceNameAbsent: Bool = false, header: LogHeader? = nil
    ) {
        self.types = types
        self.noResourceLane = noResourceLane
        self.traceName = traceName
        self.traceNameAbsent = traceNameAbsent
        self.header = header
    }
}
