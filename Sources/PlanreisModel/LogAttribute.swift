/// An attribute of an event log (XES, IEEE 1849) that planreis carries without interpreting it:
/// its key, its XES type, its value exactly as written, and its nested attributes (a `list`'s
/// items, a `container`'s children, or the meta attributes any attribute may hold).
package struct LogAttribute: Hashable, Sendable {
    /// The XES attribute types.
    package enum Kind: String, CaseIterable, Sendable {
        case string, date, int, float, boolean, id, list, container
    }

    package var kind: Kind
    package var key: String
    /// The value text as the log wrote it; nil when the element had no `value` (a `list`, a
    /// `container`).
    package var value: String?
    /// Nested attributes in document order.
    package var children: [LogAttribute]

    package init(_ kind: Kind, key: String, value: String?, children: [LogAttribute] = []) {
        self.kind = kind
        self.key = key
        self.value = value
        self.children = children
    }
}

/// What an XES log says outside its traces: the attributes of `<log>` itself, its declared
/// extensions, globals and classifiers, and its log-level attributes, all in document order.
package struct LogHeader: Hashable, Sendable {
    /// An `<extension name=… prefix=… uri=…/>`.
    package struct Extension: Hashable, Sendable {
        package var name: String
        package var prefix: String
        package var uri: String

        package init(name: String, prefix: String, uri: String) {
            self.name = name
            self.prefix = prefix
            self.uri = uri
        }
    }

    /// A `<global scope=…>` with its default attributes.
    package struct Global: Hashable, Sendable {
        package var scope: String
        package var attributes: [LogAttribute]

        package init(scope: String, attributes: [LogAttribute]) {
            self.scope = scope
            self.attributes = attributes
        }
    }

    /// A `<classifier>`: its XML attributes (`name`, `keys`, maybe `scope`) in order.
    package struct Classifier: Hashable, Sendable {
        package var fields: [Tag]

        package init(fields: [Tag]) { self.fields = fields }
    }

    /// The attributes of the `<log>` element (`xes.version`, `xes.features`, …), without
    /// namespace declarations.
    package var logFields: [Tag]
    package var extensions: [Extension]
    package var globals: [Global]
    package var classifiers: [Classifier]
    package var attributes: [LogAttribute]

    package init(
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
package struct LogFidelity: Hashable, Sendable {
    /// The journey tag that holds this descriptor.
    package static let tagKey = "planreis:xes"
    /// An event or journey tag that holds one whole typed attribute.
    package static let attributeKey = "planreis:xes:attribute"
    /// An event tag naming the standard keys (space-separated) that the event did not have,
    /// where planreis would otherwise write one (`concept:name`, `time:timestamp`).
    package static let absentKey = "planreis:xes:absent"
    /// A period's tag holding the attributes of its `complete` event (as `attributeKey` does).
    package static let endKey = "planreis:xes:end"

    /// XES types of tag keys that are not `string`.
    package var types: [String: LogAttribute.Kind]
    /// The lane that holds the events without `org:resource`, if any.
    package var noResourceLane: String?
    /// The trace's `concept:name` when the journey id differs from it (renamed as a duplicate,
    /// or given for a trace without a name: then `""` with `traceNameAbsent`).
    package var traceName: String?
    package var traceNameAbsent: Bool
    /// The log's header, on the first journey of a log only.
    package var header: LogHeader?

    package init(
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
