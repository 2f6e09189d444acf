import PlanreisModel

extension SpreadsheetReader {
    /// What can only be settled once every row is read: link kinds, handover targets, lane
    /// groups; then the semantic checks of each journey.
    mutating func finish() {
        var warnedLegacySource = false
        for d in drafts.indices {
            if readLegacySource(draft: d), !warnedLegacySource {
                warnedLegacySource = true
                let first = drafts[d].journey.events.indices.first.flatMap { drafts[d].map.event($0, .whole) }
                warning(
                    at: first ?? SourceLocation(file: file, line: 1, column: 1),
                    nl:
                        "kolom \"bron\" geeft nu de bron per regel; hier staat per casus één bron, dus gelezen als casus_bron (de oude betekenis)",
                    en:
                        "column \"source\" now gives the source per row; this file gives one source per case, so it is read as case_source (the old meaning)",
                    hint: (
                        nl: "hernoem de kolom naar casus_bron, of geef per regel de bron van die gebeurtenis",
                        en: "rename the column to case_source, or give each row the source of its event"
                    ))
            }
            resolveLinks(draft: d)
            resolveHandovers(draft: d)
            guessGroups(draft: d)
            if !drafts[d].hasExplicitTitle { drafts[d].journey.title = drafts[d].journey.id }
            // Without a required column every row would fail the same check; the header error says it once.
            guard missingRequired.isEmpty else { continue }
            for check in ReadCheckFilter.checks(of: drafts[d].journey, map: drafts[d].map, broken: drafts[d].broken) { record(check) }
        }
    }

    /// A file from before issue 11 used `bron` for the journey's source. Without a `casus_bron`
    /// column, a case whose rows all give the same `bron` (or only its first row gives one) is
    /// read the old way: the journey's source. Returns whether it did.
    private mutating func readLegacySource(draft d: Int) -> Bool {
        guard layout.index[.source] == nil, layout.index[.eventSource] != nil else { return false }
        let sources = drafts[d].journey.events.compactMap(\.source)
        guard let first = sources.first, sources.allSatisfy({ $0 == first }) else { return false }
        let givenOnFirstOnly = drafts[d].journey.events.first?.source != nil && sources.count == 1
        guard givenOnFirstOnly || sources.count == drafts[d].journey.events.count else { return false }
        if drafts[d].journey.source == nil { drafts[d].journey.source = first }
        for i in drafts[d].journey.events.indices { drafts[d].journey.events[i].source = nil }
        return true
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
