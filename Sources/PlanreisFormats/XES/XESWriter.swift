import PlanreisModel

/// Writes journeys as an XES log: the standard extensions declared, one trace per journey,
/// lanes and journey fields as trace attributes, a period as a `start`/`complete` pair, the rest
/// under `planreis:` keys (see `XESKeys`). Deterministic: fixed attribute order, no clock.
///
/// Streams: `begin()`, then `write(_:)` per journey, then `end()`. The log is written as UTF-8
/// bytes into one reusable buffer that goes to the sink after each trace (or, with a
/// `bufferSize`, once that many bytes are gathered); memory is bounded by one trace and the buffer.
public struct XESWriter {
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void
    private let bufferSize: Int
    private(set) var out = XESOutputBuffer()
    /// Whether the log's header is still to be written: it comes with the first journey, whose
    /// `LogFidelity` may carry the header of the log it was read from.
    private var headerPending = false

    /// A writer that hands its text to `sink` in pieces (one trace at a time).
    public init(sink: @escaping (String) -> Void) {
        self.init(byteSink: { sink(String(decoding: $0, as: UTF8.self)) })
    }

    /// A writer that hands its UTF-8 bytes to `byteSink` in pieces: after every trace, or, when
    /// `bufferSize` is more than zero, after the trace that fills the buffer to that size. The
    /// bytes are lent for the call only (the writer reuses the buffer after it).
    public init(byteSink: @escaping (UnsafeBufferPointer<UInt8>) -> Void, bufferSize: Int = 0) {
        self.sink = byteSink
        self.bufferSize = bufferSize
    }

    /// Starts the log; its header (the XML declaration, `<log>`, the declared extensions) is
    /// written with the first journey, or by `end()`.
    public mutating func begin() {
        headerPending = true
    }

    /// The planreis header: the XML declaration, `<log>` and the declared extensions.
    mutating func writeHeader() {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<log xes.version=\"1849.2016\" xes.features=\"\" xmlns=\"http://www.xes-standard.org/\">\n")
        out.append("  <extension name=\"Concept\" prefix=\"concept\" uri=\"http://www.xes-standard.org/concept.xesext\"/>\n")
        out.append("  <extension name=\"Time\" prefix=\"time\" uri=\"http://www.xes-standard.org/time.xesext\"/>\n")
        out.append("  <extension name=\"Organizational\" prefix=\"org\" uri=\"http://www.xes-standard.org/org.xesext\"/>\n")
        out.append("  <extension name=\"Lifecycle\" prefix=\"lifecycle\" uri=\"http://www.xes-standard.org/lifecycle.xesext\"/>\n")
        out.append("  <extension name=\"Cost\" prefix=\"cost\" uri=\"http://www.xes-standard.org/cost.xesext\"/>\n")
        out.append("  <classifier name=\"Activity\" keys=\"concept:name\"/>\n")
        attribute(Key(Heads.version), "1")
    }

    /// Closes the log and hands over what is left.
    public mutating func end() {
        ownBuffer()
        if headerPending {
            headerPending = false
            writeHeader()
        }
        out.append("</log>\n")
        flush()
    }

    /// One trace for the journey.
    public mutating func write(_ journey: Journey) {
        ownBuffer()
        let fidelity = Self.fidelity(of: journey)
        if headerPending {
            headerPending = false
            if let header = fidelity?.header { writeHeader(header) } else { writeHeader() }
        }
        if let fidelity {
            writeFaithful(journey, fidelity)
            if out.count >= bufferSize { flush() }
            return
        }
        out.append("  <trace>\n")
        attribute(Key(Heads.traceName), journey.id)
        if journey.title != journey.id { attribute(Key(Heads.title), journey.title) }
        attribute(Key(Heads.municipality), journey.municipality)
        attribute(Key(Heads.region), journey.region)
        attribute(Key(Heads.source), journey.source)
        attribute(Key(Heads.traceDescription), journey.description)
        if journey.isConstructed { attribute(Key(Heads.constructed), "true") }
        for (index, member) in journey.household.enumerated() {
            attribute(Key(Heads.member, index + 1), member.role)
            attribute(Key(Heads.member, index + 1, ":name"), member.name)
        }
        lanes(journey.actors)
        tags(2, journey.tags)
        let actors = Dictionary(journey.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kinds = Dictionary(journey.events.compactMap { e in e.id.map { ($0, e.kind) } }, uniquingKeysWith: { first, _ in first })
        for event in journey.events { write(event, lane: actors[event.actor], kinds: kinds) }
        out.append("  </trace>\n")
        if out.count >= bufferSize { flush() }
    }

    mutating func write(_ event: Event, lane: Actor?, kinds: [String: EventKind]) {
        out.append("    <event>\n")
        identity(event, lane: lane)
        attribute(Key(Heads.transition), event.isPeriod ? "start" : "complete")
        moment(event.date, latest: false)
        planreisFields(event, kinds: kinds, skipKind: false, costTotal: true)
        tags(3, event.tags)
        out.append("    </event>\n")
        if let end = event.end {
            out.append("    <event>\n")
            identity(event, lane: lane)
            attribute(Key(Heads.transition), "complete")
            moment(end, latest: true)
            out.append("    </event>\n")
        }
    }

    /// The lanes as `planreis:actor:N…` trace attributes.
    mutating func lanes(_ actors: [Actor]) {
        for (index, actor) in actors.enumerated() {
            attribute(Key(Heads.lane, index + 1), actor.id)
            attribute(Key(Heads.lane, index + 1, ":name"), actor.name)
            attribute(Key(Heads.lane, index + 1, ":group"), actor.group.dutch)
            attribute(Key(Heads.lane, index + 1, ":colour"), actor.colour)
            attribute(Key(Heads.laneInt, index + 1, ":order"), actor.order)
            attribute(Key(Heads.lane, index + 1, ":description"), actor.description)
        }
    }

    /// The event's planreis fields that XES has no key for (id, kind unless `skipKind`, value,
    /// links, cost lines, avoided scenario, legitimation), as `planreis:` attributes.
    mutating func planreisFields(_ event: Event, kinds: [String: EventKind], skipKind: Bool, costTotal: Bool) {
        attribute(Key(Heads.id), event.id)
        if !skipKind { attribute(Key(Heads.kind), event.kind.dutch) }
        attribute(Key(Heads.value), event.value?.text)
        attribute(Key(Heads.scoredBy), event.scoredBy)
        attribute(Key(Heads.category), event.category)
        attribute(Key(Heads.eventDescription), event.description)
        attribute(Key(Heads.eventSource), event.source)
        attribute(Key(Heads.owner), event.owner)
        attribute(Key(Heads.approval), event.approval?.rawValue)
        attribute(Key(Heads.duration), event.statedDuration?.iso)
        attribute(Key(Heads.durationSource), event.statedDuration?.source)
        links(event, kinds: kinds)
        costs(event.costs, string: Heads.cost, float: Heads.costFloat, total: true, totalKey: costTotal)
        if let avoids = event.avoids {
            attribute(Key(Heads.avoids), avoids.title)
            attribute(Key(Heads.avoids, ":description"), avoids.description)
            if let range = avoids.likelihoodRange, range.isRange {
                attribute(Key(Heads.avoids, ":likelihood"), range.text)
            } else {
                attribute(Key(Heads.avoidsInt, ":likelihood"), avoids.likelihood)
            }
            attribute(Key(Heads.avoidsInt, ":horizon"), avoids.horizonMonths)
            attribute(Key(Heads.avoids, ":likelihood:estimatedBy"), avoids.likelihoodEstimate?.by)
            attribute(Key(Heads.avoids, ":likelihood:estimateReason"), avoids.likelihoodEstimate?.reason)
            attribute(Key(Heads.avoids, ":horizon:estimatedBy"), avoids.horizonEstimate?.by)
            attribute(Key(Heads.avoids, ":horizon:estimateReason"), avoids.horizonEstimate?.reason)
            costs(avoids.costs, string: Heads.avoidsCost, float: Heads.avoidsCostFloat, total: false)
        }
        if let legitimation = event.legitimation {
            attribute(Key(Heads.legitimationBoolean), "true")
            attribute(Key(Heads.legitimation, ":basis"), legitimation.basis)
            attribute(Key(Heads.legitimation, ":argument"), legitimation.argument)
            attribute(Key(Heads.legitimation, ":perspective"), legitimation.perspective)
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
                attribute(Key(Heads.link, index + 1), link.target)
                attribute(Key(Heads.link, index + 1, ":kind"), link.kind.dutch)
            }
            return
        }
        let words = event.links.map { link -> String in
            let implied = kinds[link.target].map { LinkKind.inferred(from: event.kind, to: $0) } ?? .relates
            return link.kind == implied ? link.target : "\(link.kind.dutch):\(link.target)"
        }
        attribute(Key(Heads.refersTo), words.joined(separator: " "))
    }

    /// Title and lane: what pairs a period's start with its complete.
    mutating func identity(_ event: Event, lane: Actor?) {
        attribute(Key(Heads.eventName), event.title)
        attribute(Key(Heads.resource), lane?.name ?? event.actor)
        if let lane { attribute(Key(Heads.group), lane.group.dutch) }
        attribute(Key(Heads.actor), event.actor)
    }

    /// `time:timestamp`, and `planreis:date` when the timestamp cannot say the date exactly.
    mutating func moment(_ date: PartialDate, latest: Bool) {
        open(Key(Heads.timestamp))
        let start = out.count
        XESTimestamp.format(date, latest: latest, into: out)  // digits and - : T . + only: nothing to escape
        let exact = out.withBytes(from: start) { XESTimestamp.parse($0) } == date
        close()
        if !exact { attribute(Key(Heads.date), date.edtf) }
    }

    /// `cost:total` when every line has an amount (and `totalKey`: not when a kept attribute
    /// of another tool's log writes it); the lines under `prefix:N:…` when the total alone cannot
    /// say them (several lines, an item, a quantity, a payer, a note).
    private mutating func costs(_ lines: [CostLine], string: Head, float: Head, total: Bool, totalKey: Bool = true) {
        guard !lines.isEmpty else { return }
        if total && totalKey && lines.allSatisfy({ $0.amount != nil }) {
            attribute(Key(Heads.costTotal), lines.reduce(Money.zero) { $0 + $1.amount! })
            attribute(Key(Heads.costCurrency), "EUR")
        }
        if total && lines.count == 1 && lines[0] == CostLine(amount: lines[0].amount) && lines[0].amount != nil { return }
        for (index, line) in lines.enumerated() {
            attribute(Key(float, index + 1, ":amount"), line.amount)
            attribute(Key(string, index + 1, ":item"), line.item)
            attribute(Key(float, index + 1, ":quantity"), line.quantity?.decimalText)
            attribute(Key(float, index + 1, ":periods"), line.periods?.decimalText)
            attribute(Key(string, index + 1, ":payer"), line.payer)
            attribute(Key(string, index + 1, ":note"), line.note)
            attribute(Key(string, index + 1, ":estimatedBy"), line.estimate?.by)
            attribute(Key(string, index + 1, ":estimateReason"), line.estimate?.reason)
        }
    }

    /// A keyed tag under its own key when that key is free; any other as `planreis:tag:N`.
    mutating func tags(_ depth: Int, _ tags: [Tag]) {
        guard !tags.isEmpty else { return }
        // Tags are few: comparing keys beats hashing them, up to a point.
        var keyCounts: [String: Int] = [:]
        if tags.count > 16 {
            for tag in tags { if let key = tag.key { keyCounts[key, default: 0] += 1 } }
        }
        let numbered = depth == 2 ? Heads.traceTag : Heads.eventTag
        var number = 0
        for (index, tag) in tags.enumerated() {
            let onlyKey: Bool
            if let key = tag.key {
                onlyKey = tags.count > 16 ? keyCounts[key] == 1 : Self.isOnlyKey(key, at: index, in: tags)
            } else {
                onlyKey = false
            }
            if let key = tag.key, onlyKey, !XESKeys.isReserved(key) {
                attribute(depth, key: key, tag.value)
            } else {
                number += 1
                attribute(Key(numbered, number), tag.value)
                attribute(Key(numbered, number, ":key"), tag.key)
            }
        }
    }

    /// Whether no other tag has the key of `tags[index]`.
    private static func isOnlyKey(_ key: String, at index: Int, in tags: [Tag]) -> Bool {
        for (other, tag) in tags.enumerated() where other != index && tag.key == key { return false }
        return true
    }

    /// Gives this writer a buffer of its own when a copy of it shares one (value semantics).
    mutating func ownBuffer() {
        if !isKnownUniquelyReferenced(&out) { out = out.copy() }
    }

    mutating func flush() {
        guard out.count > 0 else { return }
        out.withBytes(sink)
        out.removeAll()
    }

    /// The opening bytes of every fixed key, made once.
    enum Heads {
        static let version = Head(1, .string, XESKeys.version)

        static let traceName = Head(2, .string, XESKeys.conceptName)
        static let title = Head(2, .string, XESKeys.title)
        static let municipality = Head(2, .string, XESKeys.municipality)
        static let region = Head(2, .string, XESKeys.region)
        static let source = Head(2, .string, XESKeys.source)
        static let traceDescription = Head(2, .string, XESKeys.description)
        static let member = Head(2, .string, XESKeys.member, numbered: true)
        static let lane = Head(2, .string, XESKeys.actorList, numbered: true)
        static let laneInt = Head(2, .int, XESKeys.actorList, numbered: true)
        static let traceTag = Head(2, .string, XESKeys.tag, numbered: true)
        static let constructed = Head(2, .boolean, XESKeys.constructed)
        static let eventSource = Head(3, .string, XESKeys.source)
        static let owner = Head(3, .string, XESKeys.owner)
        static let approval = Head(3, .string, XESKeys.approval)
        static let duration = Head(3, .string, XESKeys.duration)
        static let durationSource = Head(3, .string, XESKeys.durationSource)

        static let eventName = Head(3, .string, XESKeys.conceptName)
        static let resource = Head(3, .string, XESKeys.resource)
        static let group = Head(3, .string, XESKeys.group)
        static let actor = Head(3, .string, XESKeys.actor)
        static let transition = Head(3, .string, XESKeys.transition)
        static let timestamp = Head(3, .date, XESKeys.timestamp)
        static let startTimestamp = Head(3, .date, XESKeys.startTimestamp)
        static let date = Head(3, .string, XESKeys.date)
        static let id = Head(3, .string, XESKeys.id)
        static let kind = Head(3, .string, XESKeys.kind)
        static let value = Head(3, .string, XESKeys.value)
        static let scoredBy = Head(3, .string, XESKeys.scoredBy)
        static let category = Head(3, .string, XESKeys.category)
        static let eventDescription = Head(3, .string, XESKeys.description)
        static let refersTo = Head(3, .string, XESKeys.refersTo)
        static let link = Head(3, .string, XESKeys.link, numbered: true)
        static let costTotal = Head(3, .float, XESKeys.costTotal)
        static let costCurrency = Head(3, .string, XESKeys.costCurrency)
        static let cost = Head(3, .string, XESKeys.cost, numbered: true)
        static let costFloat = Head(3, .float, XESKeys.cost, numbered: true)
        static let avoids = Head(3, .string, XESKeys.avoids)
        static let avoidsInt = Head(3, .int, XESKeys.avoids)
        static let avoidsCost = Head(3, .string, XESKeys.avoids + ":cost", numbered: true)
        static let avoidsCostFloat = Head(3, .float, XESKeys.avoids + ":cost", numbered: true)
        static let legitimation = Head(3, .string, XESKeys.legitimation)
        static let legitimationBoolean = Head(3, .boolean, XESKeys.legitimation)
        static let eventTag = Head(3, .string, XESKeys.tag, numbered: true)
    }
}
