import PlanreisModel
import PlanreisText

/// The values the report templates see. Everything here is plain text that Mustache's `{{ }}`
/// escapes; only `svg`, `css`, `summary` and the two script elements are written raw. The
/// templates put each value in a `<bdi>`; where one value joins user texts with fixed words
/// ("moeder (Claudia)"), each user text in it is a first-strong isolate (`BidiText.isolated`).
struct ReportContext {
    let journey: Journey
    let layout: SwimlaneLayout
    let language: Language

    var dictionary: [String: Any] {
        var context: [String: Any] = [
            "lang": language.rawValue,
            "title": TextMetrics.singleLine(journey.title.isEmpty ? journey.id : journey.title),
            "journeyID": journey.id,
            "strings": ReportStrings.dictionary(language),
            "actorCount": layout.lanes.count,
            "eventCount": journey.events.count,
            "groups": groups,
            "rows": rows,
            "kinds": kindCounts,
            "tags": tagRows,
        ]
        let place = [journey.municipality, journey.region].compactMap { $0 }.map(TextMetrics.singleLine).filter { !$0.isEmpty }
            .map(BidiText.isolated)
        let period = periodText
        var subtitle: [String] = []
        if !place.isEmpty {
            context["place"] = place.joined(separator: ", ")
            subtitle.append(place.joined(separator: ", "))
        }
        if let period {
            context["period"] = period
            subtitle.append(period)
        }
        context["subtitle"] = subtitle.joined(separator: " · ")
        if let source = journey.source, !source.isEmpty { context["source"] = source }
        if let description = journey.description, !description.isEmpty { context["description"] = description }
        let members = journey.household.map { member -> [String: String] in
            let role = BidiText.isolated(TextMetrics.singleLine(member.role))
            let text = member.name.map { "\(role) (\(BidiText.isolated(TextMetrics.singleLine($0))))" } ?? role
            return ["text": text]
        }
        context["household"] = members
        context["hasHousehold"] = !members.isEmpty
        return context
    }

    /// First and last date at their own precision, placeholders left out.
    var periodText: String? {
        let dated = journey.events.filter { !$0.date.isEpochPlaceholder }
        guard let first = dated.min(by: { $0.date < $1.date }) else { return nil }
        let last = dated.max { ($0.end ?? $0.date).latestDay < ($1.end ?? $1.date).latestDay }!
        let lastDate = last.end.flatMap { $0.isEpochPlaceholder ? nil : $0 } ?? last.date
        let a = first.date.formatted(language), b = lastDate.formatted(language)
        return a == b ? a : "\(a) – \(b)"
    }

    /// Groups and lanes for the filter, in lane order.
    var groups: [[String: Any]] {
        layout.headings.enumerated().map { index, heading in
            [
                "index": index, "title": heading.title,
                "lanes": heading.lanes.map { lane in
                    ["index": lane, "name": layout.lanes[lane].name, "group": index] as [String: Any]
                },
            ]
        }
    }

    /// Counts per kind (decisions split by outcome), in the legend's order.
    var kindCounts: [[String: Any]] {
        var counts: [MarkCategory: Int] = [:]
        for event in journey.events { counts[MarkCategory(event), default: 0] += 1 }
        return MarkCategory.allCases.compactMap { category in
            guard let count = counts[category] else { return nil }
            return ["key": category.rawValue, "label": category.label(language), "count": count]
        }
    }

    /// Journey tags grouped by key: "geweld" → "partnergeweld, verbale agressie".
    var tagRows: [[String: String]] {
        var order: [String] = []
        var values: [String: [String]] = [:]
        for tag in journey.tags {
            let key = tag.key.map(TextMetrics.singleLine) ?? (language.pick("Kenmerk", "Tag"))
            if values[key] == nil { order.append(key) }
            values[key, default: []].append(BidiText.isolated(TextMetrics.singleLine(tag.value)))
        }
        return order.map { ["key": $0, "values": values[$0]!.joined(separator: ", ")] }
    }

    /// One row per event, in the timeline's (chronological) order.
    var rows: [[String: Any]] {
        layout.events.map { placed in
            let event = journey.events[placed.index]
            return [
                "index": placed.index,
                "date": dateText(event),
                "actor": actorName(event.actor),
                "kind": placed.category.label(language),
                "title": placed.fullTitle,
                "value": valueText(event),
                "description": descriptionText(event),
            ]
        }
    }

    /// The description, then where the event comes from and the duration the source states:
    /// "… Bron: IPW, De praktijk. Duur volgens de bron: 8 maanden."
    func descriptionText(_ event: Event) -> String {
        var parts: [String] = []
        if let text = event.description, !text.isEmpty { parts.append(BidiText.isolated(text)) }
        if let source = event.source {
            parts.append(language.pick("Bron: ", "Source: ") + BidiText.isolated(TextMetrics.singleLine(source)) + ".")
        }
        if let stated = event.statedDuration {
            var text = language.pick("Duur volgens de bron: ", "Duration per the source: ") + stated.formatted(language)
            if let where_ = stated.source { text += " (" + BidiText.isolated(TextMetrics.singleLine(where_)) + ")" }
            parts.append(text + ".")
        }
        return parts.joined(separator: " ")
    }

    func actorName(_ id: String) -> String {
        TextMetrics.singleLine(journey.actor(withID: id)?.name ?? id)
    }

    func dateText(_ event: Event) -> String {
        if event.date.isEpochPlaceholder {
            return event.date.formatted(language) + " (" + ReportStrings.dictionary(language)["undated"]! + ")"
        }
        var text = event.date.formatted(language)
        if let end = event.end { text += " – " + end.formatted(language) }
        return text
    }

    func valueText(_ event: Event) -> String {
        guard let value = event.value else { return "" }
        var text: String
        if case .handoverTo(let id) = value {
            text = (language.pick("naar ", "to ")) + BidiText.isolated(actorName(id))
        } else {
            text = BidiText.isolated(value.formatted(language))
        }
        if let by = event.scoredBy { text += (language.pick(" (door ", " (by ")) + BidiText.isolated(TextMetrics.singleLine(by)) + ")" }
        return text
    }
}
