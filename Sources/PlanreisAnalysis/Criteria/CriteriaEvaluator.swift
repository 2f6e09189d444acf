import PlanreisModel

extension CriteriaSet {
    /// Judges every criterion on `journey`, using its stalls for `noProgress`.
    public func evaluate(_ journey: Journey, stalls: StallReport) -> [CriterionResult] {
        criteria.map { Self.evaluate($0, journey: journey, stalls: stalls) }
    }

    static func evaluate(_ criterion: Criterion, journey: Journey, stalls: StallReport) -> CriterionResult {
        func result(_ outcome: CriterionOutcome, _ events: [Int], _ nl: String, _ en: String) -> CriterionResult {
            CriterionResult(criterion: criterion, outcome: outcome, events: events, reason: Localized(nl: nl, en: en))
        }
        let usable = journey.events.indices.filter { !journey.events[$0].date.isEpochPlaceholder }
        switch criterion.test {
        case .colour(let colours):
            let recorded = usable.filter {
                if case .colour = journey.events[$0].value, journey.events[$0].kind == .safety { true } else { false }
            }
            let matching = recorded.filter { if case .colour(let c)? = journey.events[$0].value { colours.contains(c) } else { false } }
            if !matching.isEmpty { return result(.met, matching, "kleurcode vastgelegd", "colour code recorded") }
            if !recorded.isEmpty {
                return result(.notMet, recorded, "alleen andere kleurcodes vastgelegd", "only other colour codes recorded")
            }
        case .scaleBelow(let limit):
            let scores = usable.filter {
                if case .score = journey.events[$0].value, journey.events[$0].kind == .safety { true } else { false }
            }
            let low = scores.filter { if case .score(let s)? = journey.events[$0].value { s < limit } else { false } }
            if !low.isEmpty { return result(.met, low, "score onder \(limit) vastgelegd", "score below \(limit) recorded") }
            if !scores.isEmpty { return result(.notMet, scores, "alle scores \(limit) of hoger", "every score \(limit) or higher") }
        case .frequency(let key, let count, let days):
            let tagged = usable.filter { journey.events[$0].tags.contains { $0.key.map(fold) == fold(key) } }
                .sorted { journey.events[$0].date.earliestDay < journey.events[$1].date.earliestDay }
            if count >= 1, tagged.count >= count {
                for start in 0...(tagged.count - count) {
                    let window = Array(tagged[start..<(start + count)])
                    let first = journey.events[window.first!].date, last = journey.events[window.last!].date
                    if last.latestDay - first.earliestDay <= days {
                        return result(
                            .met, window, "\(count) keer binnen \(days) dagen vastgelegd", "\(count) times within \(days) days recorded")
                    }
                }
            }
        case .tagCount(let key, let atLeast):
            var values: [String] = []
            var events: [Int] = []
            for tag in journey.tags where tag.key.map(fold) == fold(key) && !values.contains(fold(tag.value)) {
                values.append(fold(tag.value))
            }
            for index in usable {
                for tag in journey.events[index].tags where tag.key.map(fold) == fold(key) {
                    if !values.contains(fold(tag.value)) { values.append(fold(tag.value)) }
                    if !events.contains(index) { events.append(index) }
                }
            }
            if values.count >= atLeast {
                return result(.met, events, "\(values.count) vastgelegd", "\(values.count) recorded")
            }
            if !values.isEmpty, criterion.registration.flatMap({ registered($0, in: journey) }) == nil {
                return result(.notMet, events, "\(values.count) vastgelegd", "\(values.count) recorded")
            }
        case .noProgress(let days):
            let muddling = stalls.muddling
            if let long = muddling.first(where: { $0.duration.minDays > days }) {
                return result(
                    .met, long.events, "doormodderen van \(long.duration.formatted(.nl))", "muddling on for \(long.duration.formatted(.en))"
                )
            }
            if !muddling.isEmpty, muddling.allSatisfy({ $0.duration.maxDays <= days }),
                criterion.registration.flatMap({ registered($0, in: journey) }) == nil
            {
                return result(
                    .notMet, muddling.flatMap(\.events), "doormodderen korter dan \(days) dagen", "muddling on shorter than \(days) days")
            }
        case .tagKey(let key):
            let events = usable.filter { journey.events[$0].tags.contains { $0.key.map(fold) == fold(key) } }
            if journey.tags.contains(where: { $0.key.map(fold) == fold(key) }) || !events.isEmpty {
                return result(.met, events, "label \"\(key)\" vastgelegd", "tag \"\(key)\" recorded")
            }
        case .helpHistory(let key):
            let events = usable.filter { journey.events[$0].tags.contains { $0.key.map(fold) == fold(key) } }
            if journey.tags.contains(where: { $0.key.map(fold) == fold(key) }) || !events.isEmpty {
                return result(.met, events, "label \"\(key)\" vastgelegd", "tag \"\(key)\" recorded")
            }
            if let muddling = stalls.muddling.first {
                return result(
                    .met, muddling.events, "eerdere hulp zonder bereikte doelen (doormodderen)",
                    "earlier help without goals met (muddling on)")
            }
        case .registration:
            break
        }
        if let text = criterion.registration, let tag = registered(text, in: journey) {
            return result(.met, [], "in de registratie: \(tag.value)", "in the registration: \(tag.value)")
        }
        return result(.unknown, [], "de gegevens zeggen het niet", "the data does not say")
    }

    /// The journey tag `criterium: …` that records `text`, if any.
    static func registered(_ text: String, in journey: Journey) -> Tag? {
        let needle = fold(text)
        guard !needle.isEmpty else { return nil }
        return journey.tags.first { tag in
            guard let key = tag.key.map(fold), key == "criterium" || key == "criterion" else { return false }
            return fold(tag.value).contains(needle)
        }
    }
}

/// Lower case for comparing words from data.
private func fold(_ text: String) -> String { text.trimmedSpaces.lowercased() }
