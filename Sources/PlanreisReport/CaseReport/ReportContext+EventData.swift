import PlanreisModel
import PlanreisText

extension ReportContext {
    /// The data the report's script shows in the details panel that the page does not hold
    /// already, one entry per event in the journey's order (the index every `data-event-index`
    /// refers to), and the panel's labels. Each entry has the title and, only when there are
    /// any, costs, tags and links; date, actor, kind, value and description are read from the
    /// event's row in the table (`#event-row-N`), so that no event's data is written twice.
    /// User texts are balanced and, where they could turn the text around them, isolated
    /// (`BidiText.isolated`); the script shows each in a `<bdi>`.
    static func eventData(journey: Journey, layout: SwimlaneLayout, language: Language) -> JSONValue {
        var indexOfID: [String: Int] = [:]
        for (index, event) in journey.events.enumerated() {
            if let id = event.id, indexOfID[id] == nil { indexOfID[id] = index }
        }
        // Links seen from their target too: an obstacle lists the exception that resolved it.
        var incoming = Array(repeating: [(LinkKind, Int)](), count: journey.events.count)
        for (index, event) in journey.events.enumerated() {
            for link in event.links {
                if let target = indexOfID[link.target], target != index { incoming[target].append((link.kind, index)) }
            }
        }
        let events: [JSONValue] = journey.events.enumerated().map { index, event in
            var links: [JSONValue] = []
            for link in event.links {
                guard let target = indexOfID[link.target] else { continue }
                links.append(linkJSON(label: outgoingWord(link.kind, language), target: target, journey: journey))
            }
            for (kind, source) in incoming[index] {
                links.append(linkJSON(label: incomingWord(kind, language), target: source, journey: journey))
            }
            var fields: [(String, JSONValue)] = [("title", .string(BidiText.isolated(TextMetrics.singleLine(event.title))))]
            let costs = costText(event, language)
            if !costs.isEmpty { fields.append(("costs", .string(costs))) }
            if !event.tags.isEmpty { fields.append(("tags", .array(event.tags.map { .string(BidiText.isolated($0.text)) }))) }
            if !links.isEmpty { fields.append(("links", .array(links))) }
            return .object(fields)
        }
        return .object([("labels", ReportStrings.json(language)), ("events", .array(events))])
    }

    static func linkJSON(label: String, target: Int, journey: Journey) -> JSONValue {
        .object([
            ("label", .string(label)), ("target", .int(target)),
            ("title", .string(BidiText.isolated(TextMetrics.singleLine(journey.events[target].title)))),
        ])
    }

    static func outgoingWord(_ kind: LinkKind, _ language: Language) -> String {
        let nl = language == .nl
        switch kind {
        case .resolves: return nl ? "lost op" : "resolves"
        case .answers: return nl ? "beantwoordt" : "answers"
        case .delivers: return nl ? "voert uit" : "delivers"
        case .relates: return nl ? "zie ook" : "see also"
        }
    }

    static func incomingWord(_ kind: LinkKind, _ language: Language) -> String {
        let nl = language == .nl
        switch kind {
        case .resolves: return nl ? "opgelost door" : "resolved by"
        case .answers: return nl ? "beantwoord door" : "answered by"
        case .delivers: return nl ? "uitgevoerd door" : "delivered by"
        case .relates: return nl ? "genoemd bij" : "referred to by"
        }
    }

    /// "€ 1.250,00 (gemeente); 3 × beschermingsbewind (gemeente)".
    static func costText(_ event: Event, _ language: Language) -> String {
        event.costs.map { line in
            var text: String
            if let amount = line.amount {
                text = amount.formatted(language)
            } else {
                text = line.item.map { BidiText.isolated(TextMetrics.singleLine($0)) } ?? "?"
                if let quantity = line.quantity { text = quantity.decimalText + " × " + text }
                if let periods = line.periods { text += " × " + periods.decimalText }
            }
            if let payer = line.payer { text += " (\(BidiText.isolated(TextMetrics.singleLine(payer))))" }
            if let note = line.note { text += " — " + BidiText.isolated(TextMetrics.singleLine(note)) }
            return text
        }.joined(separator: "; ")
    }
}
