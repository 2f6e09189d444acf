import PlanreisModel

/// One pass of the anonymiser over every field of a journey: texts and labels through the text
/// rewriter, lanes renamed, dates shifted, ids renumbered. The first pass only collects names
/// (`found`); the second produces the export.
struct JourneyRewrite {
    let key: AnonymizationKey
    let text: TextAnonymizer
    let shift: CalendarShift
    /// Lane names replaced by a kind or pseudonym.
    let lanes: [String: String]

    func rewrite(_ journey: Journey, report: inout AnonymizationReport, found: inout Set<String>) -> Journey {
        func t(_ s: String) -> String { text.anonymize(s, report: &report, found: &found) }
        func t(_ s: String?) -> String? { s.map { text.anonymize($0, report: &report, found: &found) } }
        /// A label (lane name, payer, scorer, tag): its first word may be a name too.
        func l(_ s: String) -> String { lanes[s] ?? text.anonymize(s, label: true, report: &report, found: &found) }
        func l(_ s: String?) -> String? { s.map { l($0) } }
        func tags(_ list: [Tag]) -> [Tag] { list.map { Tag(l($0.key), l($0.value)) } }
        func date(_ d: PartialDate) -> PartialDate {
            if d.isEpochPlaceholder {
                report.add(.placeholderDate)
            } else if shift.years != 0 {
                report.add(.date)
            }
            return shift.apply(d)
        }
        func estimate(_ e: Estimate?) -> Estimate? { e.map { Estimate(by: l($0.by), reason: t($0.reason)) } }
        func costs(_ lines: [CostLine]) -> [CostLine] {
            lines.map { line in
                var copy = line
                copy.payer = l(line.payer)
                copy.note = t(line.note)
                copy.estimate = estimate(line.estimate)
                return copy
            }
        }

        var out = journey
        out.title = t(journey.title)
        if journey.municipality != nil {
            out.municipality = journey.region.map(t) ?? "gemeente"
            report.add(.municipality)
        }
        out.region = t(journey.region)
        out.description = t(journey.description)
        if journey.source != nil {
            out.source = nil
            report.add(.source)
        }
        out.household = journey.household.map { member in
            if member.name != nil { report.add(.householdNameField) }
            return HouseholdMember(role: member.role)
        }
        out.tags = tags(journey.tags)

        // Lanes: names anonymised and kept distinct; ids rebuilt from the new names.
        var actorIDs: [String: String] = [:]
        var usedIDs = Set<String>(), usedNames = Set<String>()
        out.actors = journey.actors.map { actor in
            var copy = actor
            copy.name = Anonymizer.unique(l(actor.name), in: &usedNames) { "\($0) (\($1))" }
            copy.id = Anonymizer.unique(Anonymizer.slug(copy.name), in: &usedIDs) { "\($0)-\($1)" }
            copy.description = t(actor.description)
            if copy.id != actor.id { report.add(.actorID) }
            if actorIDs[actor.id] == nil { actorIDs[actor.id] = copy.id }
            return copy
        }

        var eventIDs: [String: String] = [:]
        for (index, event) in journey.events.enumerated() {
            if let id = event.id, eventIDs[id] == nil { eventIDs[id] = "e\(index + 1)" }
        }
        out.events = journey.events.enumerated().map { index, event in
            var copy = event
            if event.id != nil {
                copy.id = "e\(index + 1)"
                report.add(.eventID)
            }
            copy.actor = actorIDs[event.actor] ?? Anonymizer.slug(l(event.actor))
            copy.date = date(event.date)
            copy.end = event.end.map(date)
            copy.title = t(event.title)
            copy.description = t(event.description)
            switch event.value {
            case .text(let s)?: copy.value = .text(t(s))
            case .handoverTo(let a)?: copy.value = .handoverTo(actorIDs[a] ?? Anonymizer.slug(l(a)))
            default: break
            }
            copy.scoredBy = l(event.scoredBy)
            copy.links = event.links.map {
                Link($0.kind, eventIDs[$0.target] ?? "onbekend-" + String(key.mac("event-id", $0.target).hexString.prefix(8)))
            }
            copy.tags = tags(event.tags)
            copy.costs = costs(event.costs)
            if var avoids = event.avoids {
                avoids.title = t(avoids.title)
                avoids.description = t(avoids.description)
                avoids.costs = costs(avoids.costs)
                avoids.likelihoodEstimate = estimate(avoids.likelihoodEstimate)
                avoids.horizonEstimate = estimate(avoids.horizonEstimate)
                copy.avoids = avoids
            }
            if let legitimation = event.legitimation {
                copy.legitimation = Legitimation(
                    basis: t(legitimation.basis), argument: t(legitimation.argument),
                    perspective: t(legitimation.perspective))
            }
            copy.category = l(event.category)
            copy.owner = event.owner.map { actorIDs[$0] ?? Anonymizer.slug(l($0)) }
            // Like the journey's source, an event's source (a document, an interview) is left out.
            if event.source != nil || event.statedDuration?.source != nil {
                copy.source = nil
                copy.statedDuration?.source = nil
                report.add(.source)
            }
            return copy
        }
        return out
    }
}
