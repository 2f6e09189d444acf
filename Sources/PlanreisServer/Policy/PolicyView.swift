import PlanreisModel
import PlanreisStore

/// A journey as policy may see it: the case under its pseudonym, no names and no free text.
/// Kept: dates, kinds, links, lanes' groups, amounts, payers, categories, legal bases, phase
/// and safety values. Gone: titles and descriptions (an event's title becomes its kind), the
/// household's names, lane names (the group's word instead), notes, tags, arguments.
enum PolicyView {
    static func strip(_ journey: Journey, pseudonym: String) -> Journey {
        var out = Journey(id: pseudonym, title: pseudonym, municipality: journey.municipality, region: journey.region)
        out.household = journey.household.map { HouseholdMember(role: $0.role) }
        out.actors = journey.actors.map { actor in
            var copy = actor
            copy.name = actor.group.dutch
            copy.description = nil
            return copy
        }
        out.events = journey.events.map { event in
            var copy = event
            copy.title = event.kind.dutch
            copy.description = nil
            copy.scoredBy = nil
            copy.tags = []
            if case .text? = event.value { copy.value = nil }
            copy.costs = event.costs.map { line in
                var line = line
                line.note = nil
                return line
            }
            if var avoids = event.avoids {
                avoids.title = "vermeden scenario"
                avoids.description = nil
                avoids.costs = avoids.costs.map { line in
                    var line = line
                    line.note = nil
                    return line
                }
                copy.avoids = avoids
            }
            if let legitimation = event.legitimation {
                copy.legitimation = Legitimation(basis: legitimation.basis)
            }
            return copy
        }
        return out
    }

    /// The journey with only its approved exceptions (the money actually committed).
    static func approvedOnly(_ journey: Journey, approvals: [String: ApprovalState]) -> Journey {
        var out = journey
        out.events = journey.events.filter { event in
            guard event.kind == .exception, let id = event.id, let state = approvals[id] else { return true }
            return state.status == .approved
        }
        return out
    }
}
