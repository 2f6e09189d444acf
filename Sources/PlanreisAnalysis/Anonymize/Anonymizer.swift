import PlanreisModel

/// What an anonymisation produced: the journeys and a report of what was replaced.
public struct AnonymizationResult: Sendable {
    public var journeys: [Journey]
    public var report: AnonymizationReport
}

/// Makes journeys fit for a research export (docs/PRODUCT.md §1, issue 6): household names become
/// roles, other names in free text are redacted, the municipality is generalised to the
/// region, identifiers disappear, all dates of a journey move by one calendar-keeping shift
/// and ids become keyed hashes or sequence numbers. Everything the analysis measures (order,
/// precision, durations, amounts, kinds, links, lanes) is kept, so stall lengths, phase lengths
/// and cost-benefit figures are exactly those of the original.
///
/// Deterministic for a given key. The source citation is dropped; the household keeps its
/// roles, not its names.
public struct Anonymizer: Sendable {
    public var key: AnonymizationKey

    public init(key: AnonymizationKey) {
        self.key = key
    }

    public func anonymize(_ journeys: [Journey]) -> AnonymizationResult {
        var report = AnonymizationReport()
        var seen: [String: Int] = [:]
        var output: [Journey] = []
        for journey in journeys {
            var anonymised = anonymize(journey, report: &report)
            // The same original id in two inputs gives the same hash; keep ids unique.
            let count = seen[anonymised.id, default: 0] + 1
            seen[anonymised.id] = count
            if count > 1 { anonymised.id += "-\(count)" }
            output.append(anonymised)
        }
        return AnonymizationResult(journeys: output, report: report)
    }

    /// One journey; `report` collects the counts.
    public func anonymize(_ journey: Journey, report: inout AnonymizationReport) -> Journey {
        report.journeys += 1
        let shift = CalendarShift.choose(for: journey, key: key)
        var out = journey
        out.id = key.journeyID(journey.id)
        report.add(.journeyID)
        if shift.years == 0, journey.span != nil { report.unshifted.append(out.id) }

        let text = Self.textAnonymizer(for: journey, shift: shift)
        func t(_ s: String) -> String { text.anonymize(s, report: &report) }
        func t(_ s: String?) -> String? { s.map { text.anonymize($0, report: &report) } }
        /// A label (lane name, payer, scorer, tag): its first word may be a name too.
        func l(_ s: String) -> String { text.anonymize(s, label: true, report: &report) }
        func l(_ s: String?) -> String? { s.map { text.anonymize($0, label: true, report: &report) } }
        func tags(_ list: [Tag]) -> [Tag] { list.map { Tag(l($0.key), l($0.value)) } }
        func date(_ d: PartialDate) -> PartialDate {
            if d.isEpochPlaceholder {
                report.add(.placeholderDate)
            } else if shift.years != 0 {
                report.add(.date)
            }
            return shift.apply(d)
        }
        func costs(_ lines: [CostLine]) -> [CostLine] {
            lines.map { line in
                var copy = line
                copy.payer = l(line.payer)
                copy.note = t(line.note)
                return copy
            }
        }

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
            copy.name = Self.unique(l(actor.name), in: &usedNames) { "\($0) (\($1))" }
            copy.id = Self.unique(Self.slug(copy.name), in: &usedIDs) { "\($0)-\($1)" }
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
            copy.actor = actorIDs[event.actor] ?? Self.slug(l(event.actor))
            copy.date = date(event.date)
            copy.end = event.end.map(date)
            copy.title = t(event.title)
            copy.description = t(event.description)
            switch event.value {
            case .text(let s)?: copy.value = .text(t(s))
            case .handoverTo(let a)?: copy.value = .handoverTo(actorIDs[a] ?? Self.slug(l(a)))
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
                copy.avoids = avoids
            }
            if let legitimation = event.legitimation {
                copy.legitimation = Legitimation(
                    basis: t(legitimation.basis), argument: t(legitimation.argument),
                    perspective: t(legitimation.perspective))
            }
            copy.category = l(event.category)
            return copy
        }
        return out
    }

    /// The text rewriter of one journey: its household's names, its municipality, its region's
    /// words kept, its date shift.
    static func textAnonymizer(for journey: Journey, shift: CalendarShift) -> TextAnonymizer {
        var byVariant: [String: String] = [:]
        for (index, member) in journey.household.enumerated() {
            guard let name = member.name?.trimmedSpaces, !name.isEmpty else { continue }
            let role = member.role.trimmedSpaces.isEmpty ? "gezinslid \(index + 1)" : member.role.trimmedSpaces
            for variant in nameVariants(name) {
                if let other = byVariant[variant], other != role {
                    byVariant[variant] = "[gezinsnaam]"  // a surname the members share
                } else {
                    byVariant[variant] = role
                }
            }
        }
        var phrases = byVariant.map { TextAnonymizer.Phrase(pattern: Array($0.key), replacement: $0.value, kind: .householdName) }
        if let municipality = journey.municipality?.trimmedSpaces, !municipality.isEmpty {
            phrases.append(TextAnonymizer.Phrase(pattern: Array(municipality.lowercased()), replacement: "[gemeente]", kind: .municipality))
        }
        var keep = ProperNounList.words
        for word in (journey.region ?? "").split(whereSeparator: { !$0.isLetter }) { keep.insert(word.lowercased()) }
        for member in journey.household {
            for word in member.role.split(whereSeparator: { !$0.isLetter }) { keep.insert(word.lowercased()) }
        }
        // A name is never kept, even if it is also a word in the list ("Roos", "Mees").
        for variant in byVariant.keys { keep.remove(variant) }
        return TextAnonymizer(phrases: phrases, keep: keep, shift: shift)
    }

    /// Lower-cased forms of a name to look for: the whole name, the part from the first
    /// particle on ("de vries"), and every part that is not a particle.
    static func nameVariants(_ name: String) -> [String] {
        let words = name.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        var variants: [String] = [words.joined(separator: " ")]
        if let first = words.firstIndex(where: { ProperNounList.particles.contains($0) }), first > 0, first < words.count - 1 {
            variants.append(words[first...].joined(separator: " "))
        }
        for word in words where !ProperNounList.particles.contains(word) {
            let bare = word.trimmingEdges { !$0.isLetter }
            if bare.count >= 2 { variants.append(bare) }
        }
        return variants
    }

    /// An id made of the lower-case letters and digits of a name, joined by `-`.
    static func slug(_ name: String) -> String {
        var id = ""
        for c in name.lowercased() {
            if c.isLetter || c.isNumber {
                id.append(c)
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.last == "-" { id.removeLast() }
        return id.isEmpty ? "actor" : id
    }

    /// `value`, or `value` with a number when it is already taken.
    static func unique(_ value: String, in used: inout Set<String>, _ numbered: (String, Int) -> String) -> String {
        var candidate = value, n = 1
        while used.contains(candidate) {
            n += 1
            candidate = numbered(value, n)
        }
        used.insert(candidate)
        return candidate
    }
}

extension String {
    func trimmingEdges(where drop: (Character) -> Bool) -> String {
        var s = Substring(self)
        while let f = s.first, drop(f) { s.removeFirst() }
        while let l = s.last, drop(l) { s.removeLast() }
        return String(s)
    }
}
