import PlanreisModel

/// What a journey read from another tool's log keeps so that it can be written back unchanged
/// (`LogFidelity`): the XES type of every kept attribute, the lane of events without a resource,
/// the standard keys an event did not have, the log's header.
struct XESFidelityRecorder {
    /// The type of every key kept as a tag so far in this journey (`string` included), so that
    /// a key met with two types is noticed.
    private var kinds: [String: LogAttribute.Kind] = [:]
    /// The keys met most recently, searched before the dictionary: events repeat a few keys,
    /// and comparing a short key costs less than hashing it.
    private var recent: [(key: String, kind: LogAttribute.Kind)] = []
    private var nextSlot = 0
    var fidelity = LogFidelity()

    /// The tag that keeps `attribute`: its own key and value when the journey's types can say
    /// it, otherwise the whole attribute under `LogFidelity.attributeKey`.
    mutating func tag(for attribute: XESAttribute, value: String? = nil) -> Tag {
        let key = attribute.key
        if attribute.children.isEmpty && attribute.hasValue && attribute.code != .planreis && !key.isEmpty
            && record(key, attribute.kind)
        {
            return Tag(key, value ?? attribute.value)
        }
        return Tag(LogFidelity.attributeKey, XESFidelityCodec.encode(attribute.logAttribute(value: value)))
    }

    /// Records the type of a plain tag's key; false when the key already has another type.
    private mutating func record(_ key: String, _ kind: LogAttribute.Kind) -> Bool {
        for entry in recent where entry.key == key { return entry.kind == kind }
        if let known = kinds[key] {
            guard known == kind else { return false }
        } else {
            kinds[key] = kind
            if kind != .string { fidelity.types[key] = kind }
        }
        if recent.count < 8 {
            recent.append((key, kind))
        } else {
            recent[nextSlot] = (key, kind)
            nextSlot = (nextSlot + 1) % 8
        }
        return true
    }

    /// The descriptor as the journey tag that marks the journey as read from another tool's log.
    var descriptorTag: Tag { Tag(LogFidelity.tagKey, XESFidelityCodec.encode(fidelity)) }
}

extension XESTraceBuilder {
    /// In another tool's log: keeps an attribute as a typed tag of the event being read.
    mutating func keep(_ attribute: XESAttribute, value: String? = nil, into tags: inout [Tag]) {
        tags.append(recorder.tag(for: attribute, value: value))
    }

    /// The attributes of a `complete` that closes a period, kept whole on the period (all but
    /// the name, resource and timestamp, which the period says).
    mutating func keepEnd(of record: XESEventRecord, on index: Int) {
        var kept: [LogAttribute] = []
        var absent: [String] = []
        var hasName = false, hasTimestamp = false
        for attribute in record.attributes {
            switch attribute.code {
            case .conceptName: hasName = true
            case .resource: continue
            case .planreis where attribute.key == XESKeys.actor: continue
            case .timestamp where record.moment != nil: hasTimestamp = true
            default: kept.append(attribute.logAttribute())
            }
        }
        if !hasName { absent.append(XESKeys.conceptName) }
        if !hasTimestamp { absent.append(XESKeys.timestamp) }
        if !absent.isEmpty {
            kept.append(LogAttribute(.string, key: LogFidelity.absentKey, value: absent.joined(separator: " ")))
        }
        journey.events[index].tags.append(Tag(LogFidelity.endKey, XESFidelityCodec.encode(list: kept)))
    }

    /// The standard keys the event does not have that planreis would otherwise write.
    static func absentKeys(_ record: XESEventRecord, title: Int?, timestamp: Int?) -> Tag? {
        switch (title, timestamp) {
        case (nil, nil): Tag(LogFidelity.absentKey, "\(XESKeys.conceptName) \(XESKeys.timestamp)")
        case (nil, _): Tag(LogFidelity.absentKey, XESKeys.conceptName)
        case (_, nil): Tag(LogFidelity.absentKey, XESKeys.timestamp)
        default: nil
        }
    }
}
