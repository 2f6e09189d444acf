import PlanreisModel

/// A release of whole cases for researchers: the cases anonymised (`Anonymizer`, as
/// `planreis anonymize` does), then small cells suppressed over what describes a case as a
/// whole, so that no case stands out by a rare value:
///
/// - fewer than `minimum` cases are not released at all (one case of a year is that household);
/// - a municipality or region held by fewer than `minimum` cases of the release is removed;
/// - a tag (key and value, of the journey or of any of its events) held by fewer than
///   `minimum` cases is removed wherever it occurs.
///
/// Durations, amounts, kinds and links stay as the anonymiser leaves them.
public struct ResearchRelease: Sendable {
    /// What was released, and what was withheld (counts only, never a value).
    public struct Result: Sendable {
        public var journeys: [Journey]
        public var report: AnonymizationReport
        /// Cases whose municipality or region was removed.
        public var placesRemoved: Int
        /// Distinct tags removed for being rarer than the minimum.
        public var tagsRemoved: Int
    }

    /// Why nothing was released.
    public enum Refusal: Error, Equatable, Sendable {
        /// The selection holds fewer cases than the minimum.
        case tooFewCases(count: Int, minimum: Int)
    }

    public var minimum: Int
    public var anonymizer: Anonymizer

    public init(minimum: Int, anonymizer: Anonymizer) {
        self.minimum = minimum
        self.anonymizer = anonymizer
    }

    /// The release of `journeys`, or the refusal when there are too few.
    public func release(_ journeys: [Journey]) -> Swift.Result<Result, Refusal> {
        guard journeys.count >= minimum else { return .failure(.tooFewCases(count: journeys.count, minimum: minimum)) }
        let anonymised = anonymizer.anonymize(journeys)
        var out = anonymised.journeys
        var places: [String: Int] = [:]
        var tags: [Tag: Int] = [:]
        for journey in out {
            for place in Set([journey.municipality, journey.region].compactMap { $0 }) { places[place, default: 0] += 1 }
            for tag in Self.tags(of: journey) { tags[tag, default: 0] += 1 }
        }
        let rarePlaces = Set(places.filter { $0.value < minimum }.keys)
        let rareTags = Set(tags.filter { $0.value < minimum }.keys)
        var placesRemoved = 0
        for index in out.indices {
            var journey = out[index]
            let before = (journey.municipality, journey.region)
            if let place = journey.municipality, rarePlaces.contains(place) { journey.municipality = nil }
            if let place = journey.region, rarePlaces.contains(place) { journey.region = nil }
            if before != (journey.municipality, journey.region) { placesRemoved += 1 }
            journey.tags.removeAll { rareTags.contains($0) }
            for event in journey.events.indices { journey.events[event].tags.removeAll { rareTags.contains($0) } }
            out[index] = journey
        }
        return .success(Result(journeys: out, report: anonymised.report, placesRemoved: placesRemoved, tagsRemoved: rareTags.count))
    }

    /// The distinct tags a case carries, on the journey or any event.
    static func tags(of journey: Journey) -> Set<Tag> {
        var all = Set(journey.tags)
        for event in journey.events { all.formUnion(event.tags) }
        return all
    }
}
