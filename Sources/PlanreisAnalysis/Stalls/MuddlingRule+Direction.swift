import PlanreisModel

extension MuddlingRule {
    /// Lower-case words in a lane's name or description that make it the case director's lane.
    public static let directorWords = ["casusregisseur", "regisseur", "casushouder", "case director", "case manager"]

    /// Lane groups whose period interventions are help (care, youth care, social work).
    static let helpGroups: Set<ActorGroup> = [.health, .youthCare, .socialWork]

    /// Whether a lane is a case director's (its name or description says so).
    public static func isDirector(_ actor: Actor) -> Bool {
        let text = (actor.name + " " + (actor.description ?? "")).lowercased()
        return directorWords.contains { text.contains($0) }
    }

    /// *Doormodderen* from help without direction: an intervention period in a help lane that
    /// is not a director's lane, running before any director lane acts (its first event, or a
    /// handover to it). The stall runs from the help's start to its end or to the director's
    /// first act, whichever comes first, and is charged like goals not met (the event's owner,
    /// else the actor responsible for direction then, else nobody). Only when the journey names
    /// a director lane: without one the data cannot say whether there was direction. A period
    /// already covered by a goals-not-met stall (`besides`) is not counted twice.
    func undirectedHelp(in context: StallContext, besides recorded: [Stall]) -> [Stall] {
        let directors = Set(context.journey.actors.filter(Self.isDirector).map(\.id))
        guard !directors.isEmpty else { return [] }
        let directed = context.usable.filter { index in
            let event = context.event(index)
            return directors.contains(event.actor) || (event.kind == .handover && event.handoverTo.map(directors.contains) == true)
        }
        // Direction starts at the director's first act; before it, nobody directs.
        let start = directed.map { context.event($0).date }.min { $0.earliestDay < $1.earliestDay }
        var stalls: [Stall] = []
        for index in context.usable {
            let event = context.event(index)
            guard event.kind == .intervention, event.end != nil, !directors.contains(event.actor),
                let lane = context.journey.actor(withID: event.actor), Self.helpGroups.contains(lane.group)
            else { continue }
            var end = StallContext.endDate(of: event)
            if let start {
                // Help that began once a director acted is directed.
                guard event.date.latestDay < start.earliestDay else { continue }
                if start.earliestDay < end.latestDay { end = start }
            }
            let span = event.date.earliestDay...max(event.date.earliestDay, end.latestDay)
            let covered = recorded.contains { stall in
                stall.kind == .muddling && stall.start.earliestDay <= span.upperBound && stall.end.latestDay >= span.lowerBound
            }
            guard !covered, !stalls.contains(where: { $0.start.earliestDay <= span.upperBound && $0.end.latestDay >= span.lowerBound })
            else { continue }
            let director = context.director(on: event.date.earliestDay)
            stalls.append(
                Stall(
                    kind: .muddling, actor: context.charge(owner: event.owner, director),
                    title: Localized(
                        nl: "Hulp zonder regie: \(event.title)", en: "Help without direction: \(event.title)"),
                    start: event.date, end: end, events: [index], statedDuration: nil))
        }
        return stalls
    }
}
