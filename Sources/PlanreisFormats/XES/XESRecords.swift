import PlanreisModel
import PlanreisXML

/// One XES attribute as read: key, value text, type and where it stands. In a planreis log
/// nested attributes arrive flattened, their keys joined with `/`; in another tool's log they
/// stay nested in `children`, so that the log can be written back as it was.
struct XESAttribute {
    var key: String
    var value: String
    var position: XMLPosition
    /// What the key is, found once while reading.
    var code: XESKeys.Code = .other
    var kind: LogAttribute.Kind = .string
    /// Whether the element had a `value` (a `list` or `container` has none).
    var hasValue = true
    var children: [XESAttribute] = []

    /// The attribute as the model keeps it (a timestamp read from its bytes given as `text`).
    func logAttribute(value text: String? = nil) -> LogAttribute {
        LogAttribute(kind, key: key, value: hasValue ? (text ?? value) : nil, children: children.map { $0.logAttribute() })
    }
}

/// One `<event>` as read, before it becomes part of a journey.
struct XESEventRecord {
    var position: XMLPosition
    var attributes: [XESAttribute] = []
    /// The event's `time:timestamp` read straight from its bytes, with the index of its
    /// attribute, whose `value` is then left empty (it holds the text only when the timestamp
    /// could not be read). Kept here rather than in every attribute: attributes stay small.
    var moment: (index: Int, date: PartialDate)?
}

/// One `<trace>` as read: the unit the reader keeps in memory.
struct XESTraceRecord {
    var position: XMLPosition
    /// 1-based position of the trace in the log.
    var number: Int
    var attributes: [XESAttribute] = []
    var events: [XESEventRecord] = []
    /// Whether the log was written by another tool (no `planreis:version`): then the journey
    /// keeps what it needs to be written back unchanged (`LogFidelity`).
    var foreign = false
    /// The log's header, with the first trace of another tool's log.
    var header: LogHeader?
}

/// File-level counts of recurring dirt, reported once per file with a count and where it first
/// occurred, so that a log of a million events does not give a million warnings.
struct XESTally {
    struct Entry {
        var count = 0
        var first: SourceLocation?
        var examples: [String] = []
    }

    enum Topic: Int, CaseIterable {
        case epochPlaceholder, missingTimestamp, unreadableTimestamp, nonStandardTransition, attributeWithoutKey,
            nestedAttribute, logAttribute, unknownElement, startAfterEnd, duplicateTrace, traceWithoutName,
            eventWithoutName, roundedAmount, unreadableAmount
    }

    private(set) var entries: [Topic: Entry] = [:]

    mutating func add(_ topic: Topic, at location: SourceLocation?, example: String? = nil) {
        var entry = entries[topic] ?? Entry()
        entry.count += 1
        if entry.first == nil { entry.first = location }
        if let example, entry.examples.count < 5, !entry.examples.contains(example) { entry.examples.append(example) }
        entries[topic] = entry
    }

    func count(_ topic: Topic) -> Int { entries[topic]?.count ?? 0 }

    /// Adds the counts of another tally (of the same file): counts add up, the first place is
    /// the earlier one, examples are joined (five at most).
    mutating func merge(_ other: XESTally) {
        for (topic, theirs) in other.entries {
            var entry = entries[topic] ?? Entry()
            entry.count += theirs.count
            if let first = theirs.first, entry.first.map({ first < $0 }) ?? true { entry.first = first }
            for example in theirs.examples where entry.examples.count < 5 && !entry.examples.contains(example) {
                entry.examples.append(example)
            }
            entries[topic] = entry
        }
    }
}
