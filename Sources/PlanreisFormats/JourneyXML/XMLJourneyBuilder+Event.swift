import PlanreisModel
import PlanreisXML

extension XMLJourneyBuilder {
    /// A date no event has: stands in for one that could not be read, early enough that no
    /// ordering check fires on the events that refer to it.
    static let unreadableDate = PartialDate(year: 1)

    static let linkElements: [String: LinkKind] = [
        "resolves": .resolves, "answers": .answers, "delivers": .delivers, "relates": .relates,
    ]

    mutating func event(_ e: ParsedXMLElement, index: Int) -> Event {
        var fields: [SourceMap.Field: SourceLocation] = [.whole: location(e.position)]
        for (name, field) in [
            ("id", SourceMap.Field.id), ("actor", .actor), ("kind", .kind), ("date", .date), ("end", .end),
            ("value", .value), ("to", .value),
        ] {
            if let attribute = e.attribute(name) { fields[field] = location(attribute.position) }
        }
        fields[.title] = e.child("title", namespace: Self.ns).map { location($0.position) }
        for (linkIndex, child) in linkChildren(e).enumerated() {
            fields[.link(linkIndex)] = location(child.attribute("ref")?.position ?? child.position)
        }
        for (costIndex, child) in e.children("cost", namespace: Self.ns).enumerated() {
            fields[.cost(costIndex)] = location(child.position)
        }
        map.events[index] = fields
        func place(_ field: SourceMap.Field) -> SourceLocation? { map.event(index, field) }

        let id = e["id"].map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let title = Self.trimmed(text("title", in: e) ?? "")
        let name = id.map { "\"\($0)\"" } ?? "\"\(title)\""

        // Required parts the schema reports when absent; remember where, so checks stay quiet there.
        for (attribute, field) in [("actor", SourceMap.Field.actor), ("kind", .kind), ("date", .date)] where e[attribute] == nil {
            if let p = place(field) { reported.insert(p) }
        }
        if fields[.title] == nil, let p = place(.title) { reported.insert(p) }

        var kind = EventKind.event
        var kindIsKnown = false
        if let word = e.attribute("kind") {
            if let known = EventKind(word: word.value) {
                kind = known
                kindIsKnown = true
            } else {
                if let id { eventsWithUnreadableKind.insert(id) }
                if !Self.trimmed(word.value).isEmpty {
                    let suggestion = Suggestion.closest(to: word.value, in: EventKind.allCases.map(\.dutch))
                    diagnostics.append(
                        .error(
                            at: location(word.position),
                            Localized(
                                nl: "onbekende soort \"\(word.value)\" bij gebeurtenis \(name)",
                                en: "unknown kind \"\(word.value)\" in event \(name)"),
                            hint: Self.hint(suggesting: suggestion, accepted: PlanreisXMLVocabulary.acceptedKinds())))
                }
                // Every check that judges the kind would only repeat this problem.
                if let p = place(.whole) { reported.insert(p) }
                if let p = place(.value) { reported.insert(p) }
                for child in linkChildren(e) {
                    reported.insert(location(child.attribute("ref")?.position ?? child.position))
                }
            }
        }

        var event = Event(id: id, actor: Self.trimmed(e["actor"] ?? ""), kind: kind, date: Self.unreadableDate, title: title)
        event.date = date(e.attribute("date"), of: name) ?? Self.unreadableDate
        event.end = date(e.attribute("end"), of: name)
        event.description = text("description", in: e)
        event.scoredBy = e["scoredBy"].map(Self.trimmed)
        event.category = e["category"].map(Self.trimmed)
        event.source = e["source"].map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        event.owner = e["owner"].map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let attribute = e.attribute("duration") {
            let source = e["durationSource"].map(Self.trimmed).flatMap { $0.isEmpty ? nil : $0 }
            if let stated = StatedDuration(iso: attribute.value, source: source) {
                event.statedDuration = stated
            } else {
                diagnostics.append(
                    .error(
                        at: location(attribute.position),
                        Localized(
                            nl: "onleesbare duur \"\(attribute.value)\" bij gebeurtenis \(name)",
                            en: "unreadable duration \"\(attribute.value)\" in event \(name)"),
                        hint: Localized(
                            nl: "schrijf één getal met één eenheid: P8M (maanden), P173D (dagen), P3W (weken), P2Y (jaren)",
                            en: "write one number with one unit: P8M (months), P173D (days), P3W (weeks), P2Y (years)")))
            }
        }
        if let attribute = e.attribute("approval") {
            if let mark = ApprovalMark(word: attribute.value) {
                event.approval = mark
            } else {
                diagnostics.append(
                    .error(
                        at: location(attribute.position),
                        Localized(
                            nl: "onbekende goedkeuringsstatus \"\(attribute.value)\" bij gebeurtenis \(name)",
                            en: "unknown approval status \"\(attribute.value)\" in event \(name)"),
                        hint: Localized(nl: "gebruik \(ApprovalMark.acceptedWords)", en: "use \(ApprovalMark.acceptedWords)")))
            }
        }
        event.value = value(e, kind: kind, kindIsKnown: kindIsKnown, name: name, place: place(.value))

        for child in linkChildren(e) {
            let ref = child.attribute("ref")
            event.links.append(Link(Self.linkElements[child.name.localName]!, Self.trimmed(ref?.value ?? "")))
            if ref == nil { reported.insert(location(child.position)) }
        }
        for child in e.children("cost", namespace: Self.ns) {
            event.costs.append(cost(child, of: name))
        }
        if let avoids = e.child("avoids", namespace: Self.ns) {
            event.avoids = scenario(avoids, of: name)
        }
        if let l = e.child("legitimation", namespace: Self.ns) {
            event.legitimation = Legitimation(
                basis: text("basis", in: l), argument: text("argument", in: l),
                perspective: text("perspective", in: l))
        }
        event.tags = tags(in: e)
        XMLForeignContent.gather(e, file: file, owner: .event, into: &event.tags, warnings: &diagnostics) { _ in false }
        return event
    }

    private func linkChildren(_ e: ParsedXMLElement) -> [ParsedXMLElement] {
        e.children.filter { $0.name.namespace == Self.ns && Self.linkElements[$0.name.localName] != nil }
    }

    private mutating func date(_ attribute: ParsedXMLAttribute?, of name: String) -> PartialDate? {
        guard let attribute, !Self.trimmed(attribute.value).isEmpty else { return nil }
        do {
            return try PartialDate(parsing: attribute.value)
        } catch {
            let at = location(attribute.position)
            reported.insert(at)
            diagnostics.append(
                .error(
                    at: at, error.message + Localized(nl: " bij gebeurtenis \(name)", en: " in event \(name)"),
                    hint: error.hint))
            return nil
        }
    }

    private mutating func value(
        _ e: ParsedXMLElement, kind: EventKind, kindIsKnown: Bool, name: String, place: SourceLocation?
    ) -> EventValue? {
        if let to = e.attribute("to") {
            guard kind == .handover else {
                if kindIsKnown {
                    diagnostics.append(
                        .error(
                            at: location(to.position),
                            Localized(
                                nl: "attribuut to (aan wie) hoort alleen bij een overdracht; \(name) is een \(kind.dutch)",
                                en: "attribute to (to whom) belongs to a handover only; \(name) is a \(kind.english)"),
                            hint: Localized(
                                nl: "maak er kind=\"overdracht\" van, of laat to weg",
                                en: "make it kind=\"overdracht\", or leave to out")))
                }
                return nil
            }
            if let value = e.attribute("value") {
                diagnostics.append(
                    .error(
                        at: location(value.position),
                        Localized(nl: "overdracht \(name) heeft zowel to als value", en: "handover \(name) has both to and value"),
                        hint: Localized(
                            nl: "geef de ontvangende actor alleen met to=\"…\"", en: "give the receiving actor with to=\"…\" only")))
            }
            let target = Self.trimmed(to.value)
            return target.isEmpty ? nil : .handoverTo(target)
        }
        guard let attribute = e.attribute("value"), !Self.trimmed(attribute.value).isEmpty else { return nil }
        if let value = EventValue(text: attribute.value, for: kind) { return value }
        if let place { reported.insert(place) }
        diagnostics.append(
            .error(
                at: location(attribute.position),
                Localized(
                    nl: "waarde \"\(attribute.value)\" past niet bij \(kind.dutch) \(name)",
                    en: "value \"\(attribute.value)\" does not fit \(kind.english) \(name)"),
                hint: Journey.valueHint(kind)))
        return nil
    }
}
