extension Journey {
    /// The semantic checks every reader runs after parsing: duplicate ids, unknown actor and
    /// event references, links of the wrong kind, an exception that resolves nothing, a
    /// decision before its request, an end before its start, values that do not fit the kind.
    /// Returns every problem, located through `map`. A reader that reports dates of
    /// 1 January 1970 (the epoch placeholder) in its own way, once per file, passes
    /// `reportingPlaceholders: false`.
    public func check(_ map: SourceMap, reportingPlaceholders: Bool = true) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ location: SourceLocation?, _ nl: String, _ en: String, hint: (String, String)? = nil) {
            problems.append(.error(at: location, Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.0, en: $0.1) }))
        }
        func warning(_ location: SourceLocation?, _ nl: String, _ en: String, hint: (String, String)? = nil) {
            problems.append(.warning(at: location, Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.0, en: $0.1) }))
        }

        // Actors.
        var actorIDs: [String: Int] = [:]
        for (index, actor) in actors.enumerated() {
            if let first = actorIDs[actor.id] {
                error(
                    map.actor(index, .id), "dubbele actor-id \"\(actor.id)\"", "duplicate actor id \"\(actor.id)\"",
                    hint: (
                        "de eerste staat op regel \(map.actor(first)?.line ?? 0); geef elke actor een eigen id",
                        "the first is on line \(map.actor(first)?.line ?? 0); give every actor its own id"
                    ))
            } else {
                actorIDs[actor.id] = index
            }
            if actor.name.isBlank {
                error(
                    map.actor(index), "actor \"\(actor.id)\" heeft geen naam", "actor \"\(actor.id)\" has no name",
                    hint: (
                        "geef de baan een naam, bijvoorbeeld \"Jeugdconsulent gemeente\"",
                        "name the lane, for example \"Municipal youth consultant\""
                    ))
            }
        }

        // Event ids.
        var eventIDs: [String: Int] = [:]
        for (index, event) in events.enumerated() {
            guard let id = event.id else { continue }
            if let first = eventIDs[id] {
                error(
                    map.event(index, .id), "dubbele gebeurtenis-id \"\(id)\"", "duplicate event id \"\(id)\"",
                    hint: (
                        "de eerste staat op regel \(map.event(first)?.line ?? 0); geef elke gebeurtenis een eigen id",
                        "the first is on line \(map.event(first)?.line ?? 0); give every event its own id"
                    ))
            } else {
                eventIDs[id] = index
            }
        }

        // Needed only for messages.
        var knownActors: [String] { actors.map(\.id) }
        // Each event is checked by a function that borrows it from the array rather than a loop
        // that copies it (an event holds many strings; logs have millions of events).
        func checkEvent(_ event: Event, _ index: Int) {
            // Made only for a message: most events have none.
            func name() -> String { event.id.map { "\"\($0)\"" } ?? "\"\(event.title)\"" }
            if actorIDs[event.actor] == nil {
                let suggestion = Suggestion.closest(to: event.actor, in: knownActors)
                error(
                    map.event(index, .actor), "onbekende actor \"\(event.actor)\" bij gebeurtenis \(name())",
                    "unknown actor \"\(event.actor)\" in event \(name())",
                    hint: suggestion.map {
                        (
                            "bedoelt u \"\($0)\"? Bekende actoren: \(knownActors.joined(separator: ", "))",
                            "did you mean \"\($0)\"? Known actors: \(knownActors.joined(separator: ", "))"
                        )
                    }
                        ?? (
                            "voeg de actor toe of gebruik een van: \(knownActors.joined(separator: ", "))",
                            "add the actor or use one of: \(knownActors.joined(separator: ", "))"
                        ))
            }
            if let owner = event.owner, actorIDs[owner] == nil {
                error(
                    map.event(index, .whole), "onbekende eigenaar \"\(owner)\" bij gebeurtenis \(name())",
                    "unknown owner \"\(owner)\" in event \(name())",
                    hint: (
                        "de eigenaar is een actor-id; gebruik een van: \(knownActors.joined(separator: ", "))",
                        "the owner is an actor id; use one of: \(knownActors.joined(separator: ", "))"
                    ))
            }
            if event.title.isBlank {
                error(
                    map.event(index, .title), "gebeurtenis \(name()) heeft geen titel", "event \(name()) has no title",
                    hint: (
                        "geef een korte titel, bijvoorbeeld \"Urgentie-aanvraag\"",
                        "give a short title, for example \"Urgency application\""
                    ))
            }
            if let end = event.end, end.latestDay < event.date.earliestDay {
                error(
                    map.event(index, .end),
                    "einde \(end.formatted(.nl)) ligt voor begin \(event.date.formatted(.nl)) bij gebeurtenis \(name())",
                    "end \(end.formatted(.en)) is before start \(event.date.formatted(.en)) in event \(name())",
                    hint: ("verwissel begin en einde, of corrigeer een van beide", "swap start and end, or correct one of them"))
            }
            if reportingPlaceholders && event.date.isEpochPlaceholder {
                warning(
                    map.event(index, .date), "datum 1 januari 1970 bij gebeurtenis \(name()) lijkt een plaatshouder",
                    "date 1 January 1970 in event \(name()) looks like a placeholder",
                    hint: (
                        "de gebeurtenis blijft bewaard maar telt niet mee in duur en tijdas",
                        "the event is kept but left out of durations and axes"
                    ))
            }
            checkValue(
                event, index: index, name: name, map: map, actorIDs: actorIDs, error: error, warning: warning)

            // Links.
            for (linkIndex, link) in event.links.enumerated() {
                guard let targetIndex = eventIDs[link.target] else {
                    let suggestion = Suggestion.closest(to: link.target, in: Array(eventIDs.keys).sorted())
                    error(
                        map.event(index, .link(linkIndex)),
                        "gebeurtenis \(name()) verwijst naar onbekende gebeurtenis \"\(link.target)\"",
                        "event \(name()) refers to unknown event \"\(link.target)\"",
                        hint: suggestion.map { ("bedoelt u \"\($0)\"?", "did you mean \"\($0)\"?") }
                            ?? ("geef de gebeurtenis waarnaar verwezen wordt een id", "give the referenced event an id"))
                    continue
                }
                let target = events[targetIndex]
                switch link.kind {
                case .resolves:
                    if event.kind != .exception {
                        error(
                            map.event(index, .link(linkIndex)),
                            "alleen een uitzondering lost een obstakel op; \(name()) is een \(event.kind.dutch)",
                            "only an exception resolves an obstacle; \(name()) is a \(event.kind.english)",
                            hint: (
                                "maak de gebeurtenis een uitzondering, of gebruik een gewone verwijzing",
                                "make the event an exception, or use a plain reference"
                            ))
                    } else if target.kind != .obstacle {
                        error(
                            map.event(index, .link(linkIndex)),
                            "uitzondering \(name()) lost \"\(link.target)\" op, maar dat is geen obstakel (\(target.kind.dutch))",
                            "exception \(name()) resolves \"\(link.target)\", which is not an obstacle (\(target.kind.english))",
                            hint: ("verwijs naar het obstakel dat de uitzondering wegneemt", "refer to the obstacle the exception removes"))
                    }
                case .answers:
                    if event.kind != .decision || target.kind != .request {
                        error(
                            map.event(index, .link(linkIndex)),
                            "alleen een besluit beantwoordt een aanvraag (\(name()) → \"\(link.target)\": \(event.kind.dutch) → \(target.kind.dutch))",
                            "only a decision answers a request (\(name()) → \"\(link.target)\": \(event.kind.english) → \(target.kind.english))",
                            hint: ("laat het besluit naar de aanvraag verwijzen", "let the decision refer to the request"))
                    } else if event.date.latestDay < target.date.earliestDay {
                        error(
                            map.event(index, .date),
                            "besluit \(name()) (\(event.date.formatted(.nl))) ligt voor de aanvraag \"\(link.target)\" (\(target.date.formatted(.nl)))",
                            "decision \(name()) (\(event.date.formatted(.en))) is dated before its request \"\(link.target)\" (\(target.date.formatted(.en)))",
                            hint: (
                                "controleer beide datums; een besluit volgt op de aanvraag",
                                "check both dates; a decision follows its request"
                            ))
                    }
                case .delivers:
                    if target.kind != .decision {
                        error(
                            map.event(index, .link(linkIndex)),
                            "\(name()) levert wat \"\(link.target)\" toekende, maar dat is geen besluit (\(target.kind.dutch))",
                            "\(name()) delivers what \"\(link.target)\" granted, but that is not a decision (\(target.kind.english))",
                            hint: ("verwijs naar het besluit", "refer to the decision"))
                    } else if (event.end ?? event.date).latestDay < target.date.earliestDay {
                        error(
                            map.event(index, .date),
                            "\(name()) (\(event.date.formatted(.nl))) ligt voor het besluit \"\(link.target)\" (\(target.date.formatted(.nl))) dat het uitvoert",
                            "\(name()) (\(event.date.formatted(.en))) is dated before the decision \"\(link.target)\" (\(target.date.formatted(.en))) it delivers",
                            hint: ("controleer beide datums", "check both dates"))
                    }
                case .relates:
                    break
                }
            }
            if event.kind == .exception, event.targets(.resolves).isEmpty {
                error(
                    map.event(index), "uitzondering \(name()) lost geen obstakel op", "exception \(name()) resolves no obstacle",
                    hint: (
                        "verwijs naar het obstakel dat de uitzondering wegneemt (<resolves ref=\"…\"/>, of de kolom verwijst_naar)",
                        "refer to the obstacle the exception removes (<resolves ref=\"…\"/>, or the refers_to column)"
                    ))
            }
            if event.kind == .decision, let request = event.targets(.answers).first,
                let requestIndex = eventIDs[request], events[requestIndex].kind == .request
            {
                _ = requestIndex
            }
            for (costIndex, cost) in event.costs.enumerated() where cost.amount == nil && cost.item == nil {
                error(
                    map.event(index, .cost(costIndex)), "kostenregel zonder bedrag of prijslijstpost bij \(name())",
                    "cost line without amount or price-list item in \(name())",
                    hint: (
                        "geef een bedrag (amount=\"1250.50\") of een post uit de prijslijst (item=\"…\")",
                        "give an amount (amount=\"1250.50\") or a price-list item (item=\"…\")"
                    ))
            }
        }
        for index in events.indices { checkEvent(events[index], index) }
        problems += payerWarnings(map)
        return problems
    }

    private func checkValue(
        _ event: Event, index: Int, name: () -> String, map: SourceMap, actorIDs: [String: Int],
        error: (SourceLocation?, String, String, (String, String)?) -> Void,
        warning: (SourceLocation?, String, String, (String, String)?) -> Void
    ) {
        switch (event.kind, event.value) {
        case (.decision, nil):
            warning(
                map.event(index, .value), "besluit \(name()) zonder uitkomst", "decision \(name()) without outcome",
                ("vul toegekend of afgewezen in", "fill in granted or refused"))
        case (.decision, .outcome?), (.phase, .phase?), (.safety, .colour?), (.safety, .score?), (.handover, .handoverTo?):
            break
        case (.phase, _), (.safety, _), (.decision, _):
            error(
                map.event(index, .value), "waarde \"\(event.value?.text ?? "")\" past niet bij \(event.kind.dutch) \(name())",
                "value \"\(event.value?.text ?? "")\" does not fit \(event.kind.english) \(name())",
                (Self.valueHint(event.kind).nl, Self.valueHint(event.kind).en))
        case (.handover, nil):
            warning(
                map.event(index, .value), "overdracht \(name()) noemt niet aan wie", "handover \(name()) does not name to whom",
                ("geef de ontvangende actor (to=\"…\", of de kolom waarde)", "give the receiving actor (to=\"…\", or the value column)"))
        default:
            break
        }
        if let to = event.handoverTo, actorIDs[to] == nil {
            let knownActors = actors.map(\.id)
            let suggestion = Suggestion.closest(to: to, in: knownActors)
            error(
                map.event(index, .value), "overdracht \(name()) naar onbekende actor \"\(to)\"",
                "handover \(name()) to unknown actor \"\(to)\"",
                suggestion.map { ("bedoelt u \"\($0)\"?", "did you mean \"\($0)\"?") }
                    ?? ("gebruik een van: \(knownActors.joined(separator: ", "))", "use one of: \(knownActors.joined(separator: ", "))"))
        }
    }

    /// What values a kind takes, for hints.
    public static func valueHint(_ kind: EventKind) -> Localized {
        switch kind {
        case .decision:
            Localized(
                nl: "een besluit is toegekend of afgewezen (granted, refused)",
                en: "a decision is granted or refused (toegekend, afgewezen)")
        case .phase:
            Localized(
                nl: "een fase is intensief, monitor, afgesloten of vroegtijdig-beeindigd",
                en: "a phase is intensive, monitor, closed or ended-early (intensief, monitor, afgesloten, vroegtijdig-beeindigd)")
        case .safety:
            Localized(
                nl: "veiligheid is rood, oranje, geel, groen of een score van 0 tot en met 10",
                en: "safety is red, orange, yellow, green or a score from 0 to 10")
        default:
            Localized(nl: "geef een waarde als tekst", en: "give the value as text")
        }
    }
}
