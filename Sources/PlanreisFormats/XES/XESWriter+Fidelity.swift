import PlanreisModel

/// Journeys read from another tool's log (they carry a `LogFidelity`) are written back as that
/// log had them: the kept attributes with their own key and type, lifecycle values verbatim, no
/// standard key the event did not have, `planreis:` keys only where the journey would not come
/// back the same without them.
extension XESWriter {
    /// The journey's `LogFidelity`, when it has one that can be read.
    static func fidelity(of journey: Journey) -> LogFidelity? {
        guard let tag = journey.tags.last(where: { $0.key == LogFidelity.tagKey }) else { return nil }
        return XESFidelityCodec.decodeFidelity(tag.value)
    }

    /// The header of the log a journey was read from.
    mutating func writeHeader(_ header: LogHeader) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log")
        for field in header.logFields {
            guard let name = field.key, Self.isXMLName(name) else { continue }
            out.append(byte: 0x20)
            out.appendEscaped(name)
            out.append("=\"")
            out.appendEscaped(field.value)
            out.append(byte: 0x22)
        }
        out.append(" xmlns=\"http://www.xes-standard.org/\">\n")
        for e in header.extensions {
            out.append("  <extension name=\"")
            out.appendEscaped(e.name)
            out.append("\" prefix=\"")
            out.appendEscaped(e.prefix)
            out.append("\" uri=\"")
            out.appendEscaped(e.uri)
            out.append("\"/>\n")
        }
        for global in header.globals {
            out.append("  <global scope=\"")
            out.appendEscaped(global.scope)
            out.append("\">\n")
            for attribute in global.attributes { logAttribute(attribute, depth: 2) }
            out.append("  </global>\n")
        }
        for classifier in header.classifiers {
            out.append("  <classifier")
            for field in classifier.fields {
                guard let name = field.key, Self.isXMLName(name) else { continue }
                out.append(byte: 0x20)
                out.appendEscaped(name)
                out.append("=\"")
                out.appendEscaped(field.value)
                out.append(byte: 0x22)
            }
            out.append("/>\n")
        }
        for attribute in header.attributes { logAttribute(attribute, depth: 1) }
    }

    /// Whether a name read back from a tag can stand as an XML attribute name (a tag edited by
    /// hand must not break the document).
    private static func isXMLName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "._-".unicodeScalars.contains($0)
        }
    }

    /// One typed attribute with its nested attributes (a list's inside `<values>`).
    mutating func logAttribute(_ attribute: LogAttribute, depth: Int) {
        out.appendSpaces(2 * depth)
        out.append(byte: 0x3C)
        out.appendEscaped(attribute.kind.rawValue)
        out.append(" key=\"")
        out.appendEscaped(attribute.key)
        out.append(byte: 0x22)
        if let value = attribute.value {
            out.append(" value=\"")
            out.appendEscaped(value)
            out.append(byte: 0x22)
        }
        guard !attribute.children.isEmpty else {
            out.append("/>\n")
            return
        }
        out.append(">\n")
        if attribute.kind == .list {
            out.appendSpaces(2 * depth + 2)
            out.append("<values>\n")
            for child in attribute.children { logAttribute(child, depth: depth + 2) }
            out.appendSpaces(2 * depth + 2)
            out.append("</values>\n")
        } else {
            for child in attribute.children { logAttribute(child, depth: depth + 1) }
        }
        out.appendSpaces(2 * depth)
        out.append("</")
        out.appendEscaped(attribute.kind.rawValue)
        out.append(">\n")
    }

    /// One trace as the log it came from had it.
    mutating func writeFaithful(_ journey: Journey, _ fidelity: LogFidelity) {
        out.append("  <trace>\n")
        if !fidelity.traceNameAbsent { attribute(Key(Heads.traceName), fidelity.traceName ?? journey.id) }
        if journey.title != journey.id { attribute(Key(Heads.title), journey.title) }
        attribute(Key(Heads.municipality), journey.municipality)
        attribute(Key(Heads.region), journey.region)
        attribute(Key(Heads.source), journey.source)
        attribute(Key(Heads.traceDescription), journey.description)
        for (index, member) in journey.household.enumerated() {
            attribute(Key(Heads.member, index + 1), member.role)
            attribute(Key(Heads.member, index + 1, ":name"), member.name)
        }
        let writesLanes = !XESLaneReplay.comesBack(journey, noResourceLane: fidelity.noResourceLane)
        if writesLanes { lanes(journey.actors) }
        keptTags(2, journey.tags, types: fidelity.types)
        let actors = Dictionary(journey.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Dictionary(journey.events.compactMap { e in e.id.map { ($0, e.kind) } }, uniquingKeysWith: { first, _ in first })
        for event in journey.events {
            writeFaithful(event, lane: actors[event.actor], kinds: kinds, fidelity: fidelity, writesLanes: writesLanes)
        }
        out.append("  </trace>\n")
    }

    private mutating func writeFaithful(
        _ event: Event, lane: Actor?, kinds: [String: EventKind], fidelity: LogFidelity, writesLanes: Bool
    ) {
        let absent = event.tags.first { $0.key == LogFidelity.absentKey }?.value.split(separator: " ") ?? []
        let transition = event.tags.first { $0.key == XESKeys.transition }?.value
        let pairs = event.isPeriod && transition.map { XESTraceBuilder.lowercasedTransition($0) == "start" } == true
        let hasName = event.tags.contains { $0.key == XESKeys.conceptName }
        let hasTimestamp = event.tags.contains { $0.key == XESKeys.timestamp }
        out.append("    <event>\n")
        faithfulIdentity(
            event, lane: lane, fidelity: fidelity, writesLanes: writesLanes, name: !hasName && !absent.contains("concept:name"))
        if let end = event.end, !pairs {
            // A period that is no start/complete pair: one event with PM4Py's start_timestamp.
            moment(end, latest: true)
            open(Key(Heads.startTimestamp))
            XESTimestamp.format(event.date, latest: false, into: out)
            close()
        } else if !hasTimestamp && !absent.contains("time:timestamp") {
            moment(event.date, latest: false)
        }
        planreisFields(event, kinds: kinds, skipKind: event.kind == .intervention, costTotal: false)
        let keptTotal = event.tags.first { $0.key == XESKeys.costTotal }.flatMap { XESDecimal.money($0.value)?.money }
        // The kept cost:total is written as it was while it says the event's costs.
        var writesTotal = false
        if !event.costs.isEmpty, event.costs.allSatisfy({ $0.amount != nil }) {
            let total = event.costs.reduce(Money.zero) { $0 + $1.amount! }
            if keptTotal != total {
                attribute(Key(Heads.costTotal), total)
                writesTotal = true
            }
        }
        keptTags(3, event.tags, types: fidelity.types, dropping: writesTotal ? XESKeys.costTotal : nil)
        out.append("    </event>\n")
        guard pairs, let end = event.end else { return }
        let kept = event.tags.first { $0.key == LogFidelity.endKey }.flatMap { XESFidelityCodec.decodeList($0.value) }
        let endAbsent = kept?.first { $0.key == LogFidelity.absentKey }?.value?.split(separator: " ") ?? []
        out.append("    <event>\n")
        faithfulIdentity(event, lane: lane, fidelity: fidelity, writesLanes: writesLanes, name: !endAbsent.contains("concept:name"))
        if !endAbsent.contains("time:timestamp") && kept?.contains(where: { $0.key == XESKeys.timestamp }) != true {
            moment(end, latest: true)
        }
        if let kept {
            for attribute in kept where attribute.key != LogFidelity.absentKey { logAttribute(attribute, depth: 3) }
        } else {
            attribute(Key(Heads.transition), "complete")
        }
        out.append("    </event>\n")
    }

    /// Name, resource (not for the lane of events without one) and, when lanes are written, lane id.
    private mutating func faithfulIdentity(_ event: Event, lane: Actor?, fidelity: LogFidelity, writesLanes: Bool, name: Bool) {
        if name { attribute(Key(Heads.eventName), event.title) }
        if event.actor != fidelity.noResourceLane { attribute(Key(Heads.resource), lane?.name ?? event.actor) }
        if writesLanes { attribute(Key(Heads.actor), event.actor) }
    }

    /// Kept attributes under their own key and type; whole attributes as they were; the
    /// fidelity's own tags left out; any other `planreis:` tag as `planreis:tag:N`.
    private mutating func keptTags(_ depth: Int, _ tags: [Tag], types: [String: LogAttribute.Kind], dropping: String? = nil) {
        var others: [Tag] = []
        for tag in tags {
            guard let key = tag.key, key != dropping else {
                if tag.key == nil { others.append(tag) }
                continue
            }
            switch key {
            case LogFidelity.tagKey, LogFidelity.absentKey, LogFidelity.endKey: continue
            case LogFidelity.attributeKey:
                if let attribute = XESFidelityCodec.decodeAttribute(tag.value) {
                    logAttribute(attribute, depth: depth)
                } else {
                    others.append(tag)
                }
            default:
                if key.hasPrefix(XESKeys.prefix) {
                    others.append(tag)
                } else {
                    logAttribute(LogAttribute(types[key] ?? .string, key: key, value: tag.value), depth: depth)
                }
            }
        }
        self.tags(depth, others)
    }
}
