import PlanreisModel

extension SpreadsheetReader {
    /// Reads one event row. Every broken cell is reported; the event is still added (with a
    /// placeholder for what was unreadable) so that links to it resolve.
    mutating func readEvent(_ row: SpreadsheetRow, draft d: Int) {
        let index = drafts[d].journey.events.count
        var fields: [SourceMap.Field: SourceLocation] = [.whole: row.start]
        for (field, column) in [
            (SourceMap.Field.id, SpreadsheetColumn.id), (.actor, .actor), (.kind, .kind), (.date, .date),
            (.end, .end), (.title, .title), (.value, .value),
        ] {
            fields[field] = row.location(column)
        }
        let missing = Set(missingRequired)

        // Lane.
        var actorID = ""
        if !missing.contains(.actor) || row.text(.actorID) != nil {
            if let lane = readLane(row, draft: d) {
                actorID = drafts[d].journey.actors[lane].id
            } else {
                drafts[d].markBroken(index, .actor)
            }
        }

        // Kind.
        var kind = EventKind.event
        if let text = row.text(.kind) {
            if let known = EventKind(word: text) {
                kind = known
            } else {
                drafts[d].markBroken(index, .kind)
                let suggestion = Suggestion.closest(
                    to: text, in: EventKind.allCases.flatMap { [$0.dutch, $0.english] }, fold: TextFolding.folded)
                error(
                    at: row.location(.kind), nl: "onbekende soort \"\(text)\"", en: "unknown kind \"\(text)\"",
                    hint: (
                        nl: (suggestion.map { "bedoelt u \"\($0)\"? " } ?? "") + "Soorten: \(EventKind.acceptedWords); "
                            + "of baan voor een baan zonder gebeurtenis",
                        en: (suggestion.map { "did you mean \"\($0)\"? " } ?? "") + "Kinds: "
                            + EventKind.allCases.map(\.english).joined(separator: ", ") + "; or lane for a lane without events"
                    ))
            }
        } else if !missing.contains(.kind) {
            drafts[d].markBroken(index, .kind)
            error(
                at: row.location(.kind), nl: "geen soort in deze regel", en: "no kind in this row",
                hint: (
                    nl: "vul een soort in: \(EventKind.acceptedWords)",
                    en: "fill in a kind: \(EventKind.allCases.map(\.english).joined(separator: ", "))"
                ))
        }

        // Dates.
        var date: PartialDate?
        var end: PartialDate?
        if !missing.contains(.date) {
            do {
                let span = try PartialDate.parseSpan(row.text(.date) ?? "")
                date = span.start
                end = span.end
                if span.end != nil, row.text(.end) != nil {
                    drafts[d].markBroken(index, .end)
                    error(
                        at: row.location(.end),
                        nl: "datum \"\(row.text(.date)!)\" is al een periode en ook einddatum is ingevuld",
                        en: "date \"\(row.text(.date)!)\" already is a period, and the end is filled in too",
                        hint: (
                            nl: "schrijf in datum alleen het begin, of laat einddatum leeg",
                            en: "give only the start in the date column, or leave the end empty"
                        ))
                }
            } catch {
                drafts[d].markBroken(index, .date)
                self.error(at: row.location(.date), error.message, hint: error.hint)
            }
        }
        if end == nil, let text = row.text(.end) {
            do {
                end = try PartialDate(parsing: text)
            } catch {
                drafts[d].markBroken(index, .end)
                self.error(at: row.location(.end), error.message, hint: error.hint)
            }
        }

        var event = Event(
            actor: actorID, kind: kind, date: date ?? end ?? PartialDate(year: 1970), end: date == nil ? nil : end,
            title: row.text(.title) ?? "")
        event.id = row.text(.id)
        event.description = row.text(.description)
        event.scoredBy = row.text(.scoredBy)
        event.category = row.text(.category)
        event.source = row.text(.eventSource)
        event.owner = row.text(.owner)
        if let text = row.text(.approval) {
            if let mark = ApprovalMark(word: text) {
                event.approval = mark
            } else {
                error(
                    at: row.location(.approval), nl: "onbekende goedkeuringsstatus \"\(text)\"", en: "unknown approval status \"\(text)\"",
                    hint: (nl: "gebruik \(ApprovalMark.acceptedWords)", en: "use \(ApprovalMark.acceptedWords)"))
            }
        }
        if let text = row.text(.statedDuration) {
            if let stated = StatedDuration(iso: text, source: row.text(.durationSource))
                ?? StatedDuration(words: text, source: row.text(.durationSource))
            {
                event.statedDuration = stated
            } else {
                error(
                    at: row.location(.statedDuration), nl: "duur \"\(text)\" is onleesbaar", en: "duration \"\(text)\" is unreadable",
                    hint: (nl: "schrijf bijvoorbeeld 8 maanden, 173 dagen of P8M", en: "write for example 8 months, 173 days or P8M"))
            }
        }
        event.tags = row.text(.tags).map { CompactList.pairs($0).map { Tag($0.key, $0.value) } } ?? []
        event.tags += extraTags(row, warn: true)

        // Value: a handover names its lane, resolved once every lane is known.
        if let text = row.text(.value) {
            if kind == .handover {
                drafts[d].pendingHandovers.append((index, text))
                event.value = .handoverTo(text)
            } else {
                // A value that does not fit the kind stays as text; the checks report it.
                event.value = EventValue(text: text, for: kind) ?? .text(text)
            }
        }

        // Links.
        if let text = row.text(.refersTo) {
            let tokens = text.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }).map(String.init)
            for (linkIndex, token) in tokens.enumerated() {
                var explicit: LinkKind?
                var target = token
                if let colon = token.firstIndex(of: ":"), let word = LinkKind(word: String(token[..<colon])) {
                    explicit = word
                    target = String(token[token.index(after: colon)...])
                }
                drafts[d].pendingLinks.append(.init(event: index, explicitKind: explicit, target: target))
                fields[.link(linkIndex)] = row.location(.refersTo)
                event.links.append(Link(explicit ?? .relates, target))
            }
        }

        event.costs = readCostLines(row, columns: .main, draft: d, event: index, fields: &fields)
        event.avoids = readAvoided(row, draft: d, event: index)
        if row.hasAny([.legalBasis, .argument, .perspective]) {
            event.legitimation = Legitimation(
                basis: row.text(.legalBasis), argument: row.text(.argument),
                perspective: row.text(.perspective))
        }

        drafts[d].journey.events.append(event)
        drafts[d].map.events[index] = fields
    }
}
