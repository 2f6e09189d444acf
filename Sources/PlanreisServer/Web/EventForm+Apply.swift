import Foundation
import PlanreisFormats
import PlanreisModel

extension EventForm {
    /// What a save does to the case: the new journey and the event's id, or the problems by field.
    struct Outcome {
        var journey: Journey?
        var eventID: String
        var errors: [String: String]
    }

    /// Applies the posted form to `journey`: adds an event, or changes `editing`. Members the
    /// form does not show (tags, sources, legitimation, an avoided scenario, further cost lines
    /// and links) are kept; costs and links are replaced only when their fields changed from
    /// `original` (the values the form was shown with).
    static func apply(_ form: PageForm, to journey: Journey, editing: String?, _ page: PageRequest) -> Outcome {
        let existingIndex = editing.flatMap { id in journey.events.firstIndex { $0.id == id } }
        let original = existingIndex.map { values(of: journey.events[$0], in: journey) } ?? [:]
        let costsUnchanged =
            existingIndex != nil && form["kosten"] == (original["kosten"] ?? "") && form["betaler"] == (original["betaler"] ?? "")
        let (row, rowErrors) = read(form, in: journey, keepingCosts: costsUnchanged, page)
        var errors = rowErrors
        let target = form["verwijst"]
        if !target.isEmpty && (journey.event(withID: target) == nil || target == editing) {
            errors["verwijst"] = page.language.pick(
                "Kies een andere gebeurtenis van deze casus.", "Choose another event of this case.")
        }
        if editing != nil && existingIndex == nil {
            errors["titel"] = page.language.pick(
                "Deze gebeurtenis bestaat niet meer; een collega heeft haar verwijderd.",
                "This event no longer exists; a colleague deleted it.")
        }
        guard errors.isEmpty, let row, let parsed = row.events.first else {
            return Outcome(journey: nil, eventID: editing ?? "", errors: errors)
        }
        var updated = journey
        var event: Event
        if let existingIndex {
            event = journey.events[existingIndex]
            event.date = parsed.date
            event.end = parsed.end
            event.kind = parsed.kind
            event.title = parsed.title
            event.description = parsed.description
            event.value = parsed.value
            if !costsUnchanged { event.costs = parsed.costs }
            if target != (original["verwijst"] ?? "") { event.links = parsed.links }
        } else {
            event = parsed
            let used = Set(journey.events.compactMap(\.id))
            var counter = journey.events.count + 1
            while used.contains("e\(counter)") { counter += 1 }
            event.id = "e\(counter)"
            event.links = parsed.links
        }
        event.actor = lane(parsed.actor, of: row, into: &updated)
        if case .handoverTo(let receiver)? = parsed.value { event.value = .handoverTo(lane(receiver, of: row, into: &updated)) }
        if let existingIndex { updated.events[existingIndex] = event } else { updated.events.append(event) }
        // The whole case must still be valid, as `validate` judges it.
        let check = JourneyFormat.json.read(Array(JSONFormat.write([updated]).utf8), file: "casus")
        let problems = check.diagnostics.filter { $0.severity == .error }
        if !problems.isEmpty || check.journeys.count != 1 {
            let text = problems.map { sentence($0.message(page.language)) }.joined(separator: " ")
            return Outcome(journey: nil, eventID: event.id ?? "", errors: ["titel": text.isEmpty ? "?" : text])
        }
        return Outcome(journey: check.journeys[0], eventID: event.id ?? "", errors: [:])
    }

    /// The case's lane for the row's lane `id`: an existing lane of the same name (or id), else
    /// the row's lane added to the case under an id not yet used.
    private static func lane(_ id: String, of row: Journey, into journey: inout Journey) -> String {
        guard let actor = row.actor(withID: id) else { return id }
        let name = actor.name.lowercased()
        if let existing = journey.actors.first(where: { $0.name.lowercased() == name || $0.id.lowercased() == name }) {
            return existing.id
        }
        var added = actor
        var suffix = 2
        while journey.actor(withID: added.id) != nil {
            added.id = "\(actor.id)-\(suffix)"
            suffix += 1
        }
        journey.actors.append(added)
        return added.id
    }
}
