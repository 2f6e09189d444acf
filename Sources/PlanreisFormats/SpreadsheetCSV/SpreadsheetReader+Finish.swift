import PlanreisModel

extension SpreadsheetReader {
    /// What can only be settled once every row is read: link kinds, handover targets, lane
    /// groups; then the semantic checks of each journey.
    mutating func finish() {
        for d in drafts.indices {
            resolveLinks(draft: d)
            resolveHandovers(draft: d)
            guessGroups(draft: d)
            if !drafts[d].hasExplicitTitle { drafts[d].journey.title = drafts[d].journey.id }
            // Without a required column every row would fail the same check; the header error says it once.
            guard missingRequired.isEmpty else { continue }
            for check in ReadCheckFilter.checks(of: drafts[d].journey, map: drafts[d].map, broken: drafts[d].broken) { record(check) }
        }
    }

    /// Gives each `verwijst_naar` link its kind: the one written (`lost-op:o1`) or the one the
    /// kinds of both events imply.
    private mutating func resolveLinks(draft d: Int) {
        var kindByID: [String: EventKind] = [:]
        for event in drafts[d].journey.events {
            if let id = event.id, kindByID[id] == nil { kindByID[id] = event.kind }
        }
        var linkCounter: [Int: Int] = [:]
        for pending in drafts[d].pendingLinks {
            let source = drafts[d].journey.events[pending.event]
            let kind =
                pending.explicitKind
                ?? kindByID[pending.target].map { LinkKind.inferred(from: source.kind, to: $0) } ?? .relates
            let position = linkCounter[pending.event, default: 0]
            linkCounter[pending.event] = position + 1
            drafts[d].journey.events[pending.event].links[position] = Link(kind, pending.target)
        }
    }

    /// A handover's value names the receiving lane: by name first, then by id.
    private mutating func resolveHandovers(draft d: Int) {
        for (event, text) in drafts[d].pendingHandovers {
            let actors = drafts[d].actors
            let index = actors.lookup(name: text) ?? actors.byID[text]
            let id = index.map { drafts[d].journey.actors[$0].id } ?? text
            drafts[d].journey.events[event].value = .handoverTo(id)
        }
    }
}
