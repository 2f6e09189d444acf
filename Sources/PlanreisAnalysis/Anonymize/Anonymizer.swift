import PlanreisModel

/// What an anonymisation produced: the journeys and a report of what was replaced.
public struct AnonymizationResult: Sendable {
    public var journeys: [Journey]
    public var report: AnonymizationReport
}

/// How an export is anonymised, besides its key.
public struct AnonymizationOptions: Sendable {
    /// How dates move.
    public enum ShiftMode: String, Sendable, CaseIterable {
        /// One shift for every case of the export, so cases stay comparable (status on a date,
        /// `--started`) after translating the reference date by the shift the report states.
        case perExport = "per-export"
        /// A shift of its own per case, for exports whose cases are never compared.
        case perCase = "per-case"
    }

    public var shift: ShiftMode
    /// The name, place and word lists (the shipped ones, plus a municipality's `--names`).
    public var lists: NameLists

    public init(shift: ShiftMode = .perExport, lists: NameLists = .standard) {
        self.shift = shift
        self.lists = lists
    }
}

/// Makes journeys fit for a research export (docs/PRODUCT.md §1, issues 6, 15 and 16): household names
/// become roles, every other name the case uses is redacted everywhere in it, places and
/// identifiers (phone, plate, IBAN, BSN, address, postcode, e-mail, birth date) disappear,
/// organisations keep their kind or get a pseudonym consistent over the export, all dates move
/// by one calendar-keeping shift and ids become keyed hashes or sequence numbers. Everything the
/// analysis measures (order, precision, durations, amounts, kinds, links, lanes) is kept, so
/// stall lengths, phase lengths and cost-benefit figures are exactly those of the original.
///
/// A pure function of (journeys, key, options): deterministic for a given key.
public struct Anonymizer: Sendable {
    public var key: AnonymizationKey
    public var options: AnonymizationOptions

    public init(key: AnonymizationKey, options: AnonymizationOptions = AnonymizationOptions()) {
        self.key = key
        self.options = options
    }

    public func anonymize(_ journeys: [Journey]) -> AnonymizationResult {
        var report = AnonymizationReport()
        report.shiftMode = options.shift
        var organisations = OrganisationPseudonyms(lists: options.lists)
        var exportShift: CalendarShift?
        if options.shift == .perExport {
            let shift = CalendarShift.choose(for: journeys, key: key)
            exportShift = shift
            report.exportShiftYears = shift.years
        }
        var seen: [String: Int] = [:]
        var output: [Journey] = []
        for journey in journeys {
            let shift = exportShift ?? CalendarShift.choose(for: journey, key: key)
            var anonymised = anonymize(journey, shift: shift, organisations: &organisations, report: &report)
            // The same original id in two inputs gives the same hash; keep ids unique.
            let count = seen[anonymised.id, default: 0] + 1
            seen[anonymised.id] = count
            if count > 1 { anonymised.id += "-\(count)" }
            output.append(anonymised)
        }
        report.organisations = organisations.count
        return AnonymizationResult(journeys: output, report: report)
    }

    /// One journey with its own shift; `report` collects the counts.
    public func anonymize(_ journey: Journey, report: inout AnonymizationReport) -> Journey {
        var organisations = OrganisationPseudonyms(lists: options.lists)
        return anonymize(journey, shift: CalendarShift.choose(for: journey, key: key), organisations: &organisations, report: &report)
    }

    func anonymize(
        _ journey: Journey, shift: CalendarShift, organisations: inout OrganisationPseudonyms, report: inout AnonymizationReport
    ) -> Journey {
        report.journeys += 1
        var lanes: [String: String] = [:]
        for actor in journey.actors where actor.group != .household {
            if let replacement = organisations.replacement(for: actor.name) { lanes[actor.name] = replacement }
        }
        var text = textAnonymizer(for: journey, shift: shift, lanes: lanes)
        // First pass: every name the case uses, in any field; second pass: redact them all.
        var scratch = AnonymizationReport()
        var found = Set<String>()
        _ = JourneyRewrite(key: key, text: text, shift: shift, lanes: lanes).rewrite(journey, report: &scratch, found: &found)
        text.caseNames = found.subtracting(text.household.keys)
        var out = JourneyRewrite(key: key, text: text, shift: shift, lanes: lanes).rewrite(journey, report: &report, found: &found)
        if shift.years == 0, journey.span != nil { report.unshifted.append(out.id) }
        out.id = key.journeyID(journey.id)
        report.add(.journeyID)
        report.add(.organisation, lanes.count)
        return out
    }

    /// The text rewriter of one journey: its household's names, its municipality, its id, its
    /// replaced lane names, its region's words kept, its date shift.
    func textAnonymizer(for journey: Journey, shift: CalendarShift, lanes: [String: String] = [:]) -> TextAnonymizer {
        let lists = options.lists
        var byVariant: [String: String] = [:]
        for (index, member) in journey.household.enumerated() {
            guard let name = member.name?.trimmedSpaces, !name.isEmpty else { continue }
            let role = member.role.trimmedSpaces.isEmpty ? "gezinslid \(index + 1)" : member.role.trimmedSpaces
            for variant in Self.nameVariants(name, particles: lists.particles) {
                if let other = byVariant[variant], other != role {
                    byVariant[variant] = "[gezinsnaam]"  // a surname the members share
                } else {
                    byVariant[variant] = role
                }
            }
        }
        var phrases = byVariant.map {
            TextAnonymizer.Phrase(
                pattern: Array($0.key), replacement: $0.value, kind: .householdName,
                capitalisedOnly: lists.ordinary.contains($0.key))
        }
        if let municipality = journey.municipality?.trimmedSpaces, !municipality.isEmpty {
            phrases.append(TextAnonymizer.Phrase(pattern: Array(municipality.lowercased()), replacement: "[gemeente]", kind: .municipality))
        }
        if journey.id.count >= 3 {
            phrases.append(TextAnonymizer.Phrase(pattern: Array(journey.id.lowercased()), replacement: "[casus]", kind: .journeyID))
        }
        for (name, replacement) in lanes where name.count >= 3 {
            phrases.append(TextAnonymizer.Phrase(pattern: Array(name.lowercased()), replacement: replacement, kind: .organisation))
        }
        var keep = ProperNounList.words
        for word in (journey.region ?? "").split(whereSeparator: { !$0.isLetter }) { keep.insert(word.lowercased()) }
        for member in journey.household {
            for word in member.role.split(whereSeparator: { !$0.isLetter }) { keep.insert(word.lowercased()) }
        }
        var household: [String: String] = [:]
        for (variant, role) in byVariant where !variant.contains(" ") { household[variant] = role }
        // A name is never kept, even if it is also a word in the list ("Roos", "Mees").
        for variant in byVariant.keys { keep.remove(variant) }
        var text = TextAnonymizer(phrases: phrases, lists: lists, keep: keep, household: household, shift: shift)
        // Words of the journey id that are on a name list ("k-el-amrani") are names of the case.
        let idWords = journey.id.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        for word in idWords where lists.names.contains(word) { text.caseNames.insert(word) }
        // "k-<surname>" (a one-letter prefix, then the family's name): the rest of the id is a
        // name even when no list has it, and a title derived from the id loses it too.
        if idWords.count >= 2, idWords[0].count == 1, journey.id.dropFirst().first == "-" {
            for word in idWords.dropFirst() where word.count >= 3 && !keep.contains(word) && !lists.known.contains(word) {
                text.caseNames.insert(word)
            }
        }
        return text
    }

    /// Lower-cased forms of a name to look for: the whole name, the part from the first
    /// particle on ("de vries"), and every part that is not a particle.
    static func nameVariants(_ name: String, particles: Set<String> = ProperNounList.particles) -> [String] {
        let words = name.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        var variants: [String] = [words.joined(separator: " ")]
        if let first = words.firstIndex(where: { particles.contains($0) }), first > 0, first < words.count - 1 {
            variants.append(words[first...].joined(separator: " "))
        }
        for word in words where !particles.contains(word) {
            let bare = word.trimmingEdges { !$0.isLetter }
            if bare.count >= 2 { variants.append(bare) }
            // "Ouali-Bakker": each part of a double name too.
            let parts = bare.split(separator: "-").map(String.init)
            if parts.count > 1 { variants += parts.filter { $0.count >= 2 } }
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
