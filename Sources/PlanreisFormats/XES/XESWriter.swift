import PlanreisModel

/// Writes journeys as an XES log: the standard extensions declared, one trace per journey,
/// lanes and journey fields as trace attributes, a period as a `start`/`complete` pair, the rest
/// under `planreis:` keys (see `XESKeys`). Deterministic: fixed attribute order, no clock.
///
/// Streams: `begin()`, then `write(_:)` per journey (each trace goes to the sink at once),
/// then `end()`; memory is bounded by one trace.
public struct XESWriter {
    private let sink: (String) -> Void
    private var text = ""

    /// A writer that hands its text to `sink` in pieces.
    public init(sink: @escaping (String) -> Void) {
        self.sink = sink
    }

    /// The XML declaration, `<log>` and the declared extensions.
    public mutating func begin() {
        text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        text += "<log xes.version=\"1849.2016\" xes.features=\"\" xmlns=\"http://www.xes-standard.org/\">\n"
        for (name, prefix) in [
            ("Concept", "concept"), ("Time", "time"), ("Organizational", "org"), ("Lifecycle", "lifecycle"), ("Cost", "cost"),
        ] {
            text += "  <extension name=\"\(name)\" prefix=\"\(prefix)\" uri=\"http://www.xes-standard.org/\(prefix).xesext\"/>\n"
        }
        text += "  <classifier name=\"Activity\" keys=\"concept:name\"/>\n"
        text += "  <string key=\"\(XESKeys.version)\" value=\"1\"/>\n"
        flush()
    }

    /// Closes the log.
    public mutating func end() {
        text += "</log>\n"
        flush()
    }

    /// One trace for the journey.
    public mutating func write(_ journey: Journey) {
        text += "  <trace>\n"
        attribute(2, XESKeys.conceptName, journey.id)
        if journey.title != journey.id { attribute(2, XESKeys.title, journey.title) }
        attribute(2, XESKeys.municipality, journey.municipality)
        attribute(2, XESKeys.region, journey.region)
        attribute(2, XESKeys.source, journey.source)
        attribute(2, XESKeys.description, journey.description)
        for (index, member) in journey.household.enumerated() {
            attribute(2, "\(XESKeys.member):\(index + 1)", member.role)
            attribute(2, "\(XESKeys.member):\(index + 1):name", member.name)
        }
        for (index, actor) in journey.actors.enumerated() {
            let key = "\(XESKeys.actorList):\(index + 1)"
            attribute(2, key, actor.id)
            attribute(2, key + ":name", actor.name)
            attribute(2, key + ":group", actor.group.dutch)
            attribute(2, key + ":colour", actor.colour)
            attribute(2, key + ":order", actor.order.map(String.init), type: "int")
            attribute(2, key + ":description", actor.description)
        }
        tags(2, journey.tags)
        let actors = Dictionary(journey.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Dictionary(journey.events.compactMap { e in e.id.map { ($0, e.kind) } }, uniquingKeysWith: { first, _ in first })
        for event in journey.events { write(event, lane: actors[event.actor], kinds: kinds) }
        text += "  </trace>\n"
        flush()
    }

    private mutating func write(_ event: Event, lane: Actor?, kinds: [String: EventKind]) {
        text += "    <event>\n"
        identity(event, lane: lane)
        attribute(3, XESKeys.transition, event.isPeriod ? "start" : "complete")
        moment(event.date, latest: false)
        attribute(3, XESKeys.id, event.id)
        attribute(3, XESKeys.kind, event.kind.dutch)
        attribute(3, XESKeys.value, event.value?.text)
        attribute(3, XESKeys.scoredBy, event.scoredBy)
        attribute(3, XESKeys.category, event.category)
        attribute(3, XESKeys.description, event.description)
        links(event, kinds: kinds)
        costs(event.costs, prefix: XESKeys.cost, total: true)
        if let avoids = event.avoids {
            attribute(3, XESKeys.avoids, avoids.title)
            attribute(3, XESKeys.avoids + ":description", avoids.description)
            attribute(3, XESKeys.avoids + ":likelihood", avoids.likelihood.map(String.init), type: "int")
            attribute(3, XESKeys.avoids + ":horizon", avoids.horizonMonths.map(String.init), type: "int")
            costs(avoids.costs, prefix: XESKeys.avoids + ":cost", total: false)
        }
        if let legitimation = event.legitimation {
            attribute(3, XESKeys.legitimation, "true", type: "boolean")
            attribute(3, XESKeys.legitimation + ":basis", legitimation.basis)
            attribute(3, XESKeys.legitimation + ":argument", legitimation.argument)
            attribute(3, XESKeys.legitimation + ":perspective", legitimation.perspective)
        }
        tags(3, event.tags)
        text += "    </event>\n"
        if let end = event.end {
            text += "    <event>\n"
            identity(event, lane: lane)
            attribute(3, XESKeys.transition, "complete")
            moment(end, latest: true)
            text += "    </event>\n"
        }
    }

    /// `planreis:refersTo` with the ids (and a kind word where the kinds do not imply it), or
    /// `planreis:link:N` when an id could not be read back from a space-separated list.
    private mutating func links(_ event: Event, kinds: [String: EventKind]) {
        guard !event.links.isEmpty else { return }
        let plain = event.links.allSatisfy { link in
            !link.target.isEmpty && !link.target.contains { $0.isWhitespace || $0 == ":" }
        }
        guard plain else {
            for (index, link) in event.links.enumerated() {
                attribute(3, "\(XESKeys.link):\(index + 1)", link.target)
                attribute(3, "\(XESKeys.link):\(index + 1):kind", link.kind.dutch)
            }
            return
        }
        let words = event.links.map { link -> String in
            let implied = kinds[link.target].map { LinkKind.inferred(from: event.kind, to: $0) } ?? .relates
            return link.kind == implied ? link.target : "\(link.kind.dutch):\(link.target)"
        }
        attribute(3, XESKeys.refersTo, words.joined(separator: " "))
    }

    /// Title and lane: what pairs a period's start with its complete.
    private mutating func identity(_ event: Event, lane: Actor?) {
        attribute(3, XESKeys.conceptName, event.title)
        attribute(3, XESKeys.resource, lane?.name ?? event.actor)
        if let lane { attribute(3, XESKeys.group, lane.group.dutch) }
        attribute(3, XESKeys.actor, event.actor)
    }

    /// `time:timestamp`, and `planreis:date` when the timestamp cannot say the date exactly.
    private mutating func moment(_ date: PartialDate, latest: Bool) {
        let stamp = XESTimestamp.format(date, latest: latest)
        attribute(3, XESKeys.timestamp, stamp, type: "date")
        if XESTimestamp.parse(stamp) != date { attribute(3, XESKeys.date, date.edtf) }
    }

    /// `cost:total` when every line has an amount; the lines under `prefix:N:…` when the total
    /// alone cannot say them (several lines, an item, a quantity, a payer, a note).
    private mutating func costs(_ lines: [CostLine], prefix: String, total: Bool) {
        guard !lines.isEmpty else { return }
        let amounts = lines.compactMap(\.amount)
        if total && amounts.count == lines.count {
            attribute(3, XESKeys.costTotal, amounts.reduce(Money.zero, +).decimalText, type: "float")
            attribute(3, XESKeys.costCurrency, "EUR")
        }
        if total && lines.count == 1 && lines[0] == CostLine(amount: lines[0].amount) && lines[0].amount != nil { return }
        for (index, line) in lines.enumerated() {
            let key = "\(prefix):\(index + 1)"
            attribute(3, key + ":amount", line.amount?.decimalText, type: "float")
            attribute(3, key + ":item", line.item)
            attribute(3, key + ":quantity", line.quantity?.decimalText, type: "float")
            attribute(3, key + ":periods", line.periods?.decimalText, type: "float")
            attribute(3, key + ":payer", line.payer)
            attribute(3, key + ":note", line.note)
        }
    }

    /// A keyed tag under its own key when that key is free; any other as `planreis:tag:N`.
    private mutating func tags(_ depth: Int, _ tags: [Tag]) {
        var keyCounts: [String: Int] = [:]
        for tag in tags { if let key = tag.key { keyCounts[key, default: 0] += 1 } }
        var number = 0
        for tag in tags {
            if let key = tag.key, keyCounts[key] == 1, !XESKeys.isReserved(key) {
                attribute(depth, key, tag.value)
            } else {
                number += 1
                attribute(depth, "\(XESKeys.tag):\(number)", tag.value)
                attribute(depth, "\(XESKeys.tag):\(number):key", tag.key)
            }
        }
    }

    private mutating func attribute(_ depth: Int, _ key: String, _ value: String?, type: String = "string") {
        guard let value else { return }
        text += String(repeating: "  ", count: depth)
        text += "<\(type) key=\"\(XMLTextBuilder.escapeAttribute(key))\" value=\"\(XMLTextBuilder.escapeAttribute(value))\"/>\n"
    }

    private mutating func flush() {
        sink(text)
        text = ""
    }
}
