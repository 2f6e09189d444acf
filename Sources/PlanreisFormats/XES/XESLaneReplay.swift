import PlanreisModel

/// Whether the lanes of a journey read from another tool's log come back as they are when the
/// log is read again without `planreis:actor:N` attributes: made from the resources in the
/// order the events meet them, with the ids and groups the reader gives them.
enum XESLaneReplay {
    static func comesBack(_ journey: Journey, noResourceLane: String?) -> Bool {
        let names = XESLaneNames()
        var expected: [Actor] = []
        var seen: Set<String> = []
        for event in journey.events where !seen.contains(event.actor) {
            seen.insert(event.actor)
            guard let actor = journey.actor(withID: event.actor),
                !expected.contains(where: { $0.name == actor.name })
            else { return false }
            let name = event.actor == noResourceLane ? XESTraceBuilder.unknownLane : actor.name
            var id = names.slug(name)
            if expected.contains(where: { $0.id == id }) {
                var counter = 2
                while expected.contains(where: { $0.id == "\(id)-\(counter)" }) { counter += 1 }
                id = "\(id)-\(counter)"
            }
            let householdTaken = expected.contains { $0.group == .household }
            let groupText = event.tags.first { $0.key == XESKeys.group }?.value
            let group = groupText.flatMap { names.groupWord($0) } ?? names.group(name, householdTaken: householdTaken)
            expected.append(Actor(id: id, name: name, group: group))
        }
        return expected == journey.actors
    }
}
