import PlanreisModel

/// Small helpers to build journeys inline in tests.
public enum Fixture {
    public static func date(_ text: String) -> PartialDate {
        do { return try PartialDate(parsing: text) } catch { preconditionFailure("bad test date \(text)") }
    }

    public static func event(
        _ id: String?, _ actor: String, _ kind: EventKind, _ date: String, end: String? = nil, title: String? = nil,
        value: EventValue? = nil, links: [Link] = [], costs: [CostLine] = [], avoids: AvoidedScenario? = nil,
        legitimation: Legitimation? = nil
    ) -> Event {
        Event(
            id: id, actor: actor, kind: kind, date: Self.date(date), end: end.map(Self.date), title: title ?? id ?? kind.dutch,
            value: value, links: links, costs: costs, avoids: avoids, legitimation: legitimation)
    }

    /// A journey whose actors are the ones the events name, in order of appearance.
    public static func journey(_ events: [Event], id: String = "test") -> Journey {
        var actors: [Actor] = []
        for event in events where !actors.contains(where: { $0.id == event.actor }) {
            actors.append(Actor(id: event.actor, name: event.actor.capitalized, group: .other))
        }
        return Journey(id: id, title: "Test", actors: actors, events: events)
    }

    public static func day(_ text: String) -> Int { date(text).earliestDay }
}

extension String {
    public var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
