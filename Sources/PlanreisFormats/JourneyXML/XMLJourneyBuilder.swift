import PlanreisModel
import PlanreisXML

/// Builds one journey from its `<journey>` element, filling the source map and collecting the
/// problems of values the schema cannot judge (words, dates, amounts).
struct XMLJourneyBuilder {
    static let ns = PlanreisXMLReader.namespace

    let file: String
    let element: ParsedXMLElement
    var map: SourceMap
    var diagnostics: [Diagnostic] = []
    /// Places where a problem was already reported; a semantic check that fires there is its consequence.
    var reported: Set<SourceLocation> = []
    /// Ids of events whose kind could not be read; links to them are not judged.
    var eventsWithUnreadableKind: Set<String> = []

    init(file: String, element: ParsedXMLElement) {
        self.file = file
        self.element = element
        map = SourceMap(file: file, journey: SourceLocation(file: file, line: element.position.line, column: element.position.column))
    }

    func location(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    mutating func build() -> Journey {
        let e = element
        var journey = Journey(id: Self.trimmed(e["id"] ?? ""), title: Self.trimmed(text("title", in: e) ?? ""))
        journey.municipality = text("municipality", in: e).map(Self.trimmed)
        journey.region = text("region", in: e).map(Self.trimmed)
        journey.source = text("source", in: e).map(Self.trimmed)
        journey.isConstructed = e["constructed"].map { ["true", "1"].contains(Self.trimmed($0)) } ?? false
        journey.description = text("description", in: e)
        for member in e.child("household", namespace: Self.ns)?.children("member", namespace: Self.ns) ?? [] {
            journey.household.append(HouseholdMember(role: Self.trimmed(member["role"] ?? ""), name: member["name"].map(Self.trimmed)))
        }
        journey.tags = tags(in: e)
        for actor in e.child("actors", namespace: Self.ns)?.children("actor", namespace: Self.ns) ?? [] {
            journey.actors.append(self.actor(actor, index: journey.actors.count))
        }
        for event in e.child("events", namespace: Self.ns)?.children("event", namespace: Self.ns) ?? [] {
            journey.events.append(self.event(event, index: journey.events.count))
        }
        var foreign: [Tag] = []
        XMLForeignContent.gather(e, file: file, owner: .journey, into: &foreign, warnings: &diagnostics) {
            $0.name.localName == "event"
        }
        journey.tags += foreign
        return journey
    }

    /// The model's semantic checks, leaving out those that only repeat a problem reported already.
    func checked(_ journey: Journey) -> [Diagnostic] {
        var reported = self.reported
        for (index, event) in journey.events.enumerated() {
            for (linkIndex, link) in event.links.enumerated() where eventsWithUnreadableKind.contains(link.target) {
                if let place = map.event(index, .link(linkIndex)) { reported.insert(place) }
            }
        }
        return journey.check(map).filter { diagnostic in
            guard let place = diagnostic.location else { return true }
            return !reported.contains(place)
        }
    }

    private mutating func actor(_ e: ParsedXMLElement, index: Int) -> Actor {
        var fields: [SourceMap.Field: SourceLocation] = [.whole: location(e.position)]
        fields[.id] = e.attribute("id").map { location($0.position) }
        fields[.group] = e.attribute("group").map { location($0.position) }
        map.actors[index] = fields

        let id = Self.trimmed(e["id"] ?? "")
        var group = ActorGroup.other
        if let word = e.attribute("group") {
            if let known = ActorGroup(word: word.value) {
                group = known
            } else if !Self.trimmed(word.value).isEmpty {
                let suggestion = Suggestion.closest(to: word.value, in: ActorGroup.allCases.map(\.dutch))
                diagnostics.append(
                    .error(
                        at: location(word.position),
                        Localized(
                            nl: "onbekende groep \"\(word.value)\" bij actor \"\(id)\"",
                            en: "unknown group \"\(word.value)\" of actor \"\(id)\""),
                        hint: Self.hint(suggesting: suggestion, accepted: PlanreisXMLVocabulary.acceptedGroups())))
            }
        }
        return Actor(
            id: id, name: Self.trimmed(e["name"] ?? ""), group: group, colour: e["colour"].map(Self.trimmed),
            order: e["order"].flatMap { Int(Self.trimmed($0)) }, description: text("description", in: e))
    }

    // MARK: Helpers

    /// The text of the first child element `name`, verbatim.
    func text(_ name: String, in e: ParsedXMLElement) -> String? {
        e.child(name, namespace: Self.ns)?.text
    }

    func tags(in e: ParsedXMLElement) -> [Tag] {
        e.children("tag", namespace: Self.ns).map { Tag($0["key"], Self.trimmed($0.text)) }
    }

    static func trimmed(_ text: String) -> String { XMLForeignContent.trimmed(text) }

    /// "bedoelt u "x"? Gebruik een van: …" or "gebruik een van: …".
    static func hint(suggesting suggestion: String?, accepted: String) -> Localized {
        guard let suggestion else {
            return Localized(nl: "gebruik een van: \(accepted) (of het Engelse woord)", en: "use one of: \(accepted) (or the English word)")
        }
        return Localized(
            nl: "bedoelt u \"\(suggestion)\"? Gebruik een van: \(accepted) (of het Engelse woord)",
            en: "did you mean \"\(suggestion)\"? Use one of: \(accepted) (or the English word)")
    }
}
