import PlanreisModel

/// Generates realistic journeys for tests and benchmarks: a household lane and professional
/// lanes, requests answered by decisions, obstacles resolved by exceptions, waits, handovers,
/// phases and safety colour codes, at mixed date precision. Seeded: the same seed gives the
/// same journeys everywhere.
public struct SyntheticJourney: Sendable {
    /// Lanes a generated journey draws from, after the actors of the source documents.
    static let lanePool: [(String, String, ActorGroup)] = [
        ("inwoner", "Inwoner", .household),
        ("jeugdconsulent", "Jeugdconsulent gemeente", .municipality),
        ("jeugdspecialist", "Jeugdspecialist (casusregisseur)", .socialWork),
        ("veilig-thuis", "Veilig Thuis", .safetyJustice),
        ("it", "Interventieteam", .socialWork),
        ("ggz", "GGZ FACT-team", .health),
        ("huisarts", "Huisarts", .health),
        ("raad", "Raad voor de Kinderbescherming", .safetyJustice),
        ("rechter", "Rechter", .safetyJustice),
        ("jeugdbescherming", "Jeugdbescherming", .youthCare),
        ("politie", "Politie", .safetyJustice),
        ("woningcorporatie", "Woningcorporatie", .housing),
        ("school", "School", .education),
        ("sociale-dienst", "Sociale dienst", .income),
        ("bewindvoering", "Bewindvoering", .income),
        ("maatschappelijk-werk", "Maatschappelijk werk", .socialWork),
        ("ziekenhuis", "Ziekenhuis", .health),
        ("zorgboerderij", "Zorgboerderij", .youthCare),
        ("verslavingszorg", "Verslavingszorg", .health),
        ("om", "Openbaar Ministerie", .safetyJustice),
    ]

    public var seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// A journey of about `events` events over `actors` lanes (at most 20 named ones; more get
    /// numbered lanes), starting on `startDay` (day number) and running about `days` days.
    public func make(
        id: String, events eventCount: Int, actors actorCount: Int = 12, startDay: Int = 16_071, days: Int = 720
    ) -> Journey {
        var random = SeededGenerator(seed: seed)
        var actors: [Actor] = []
        for index in 0..<max(2, actorCount) {
            if index < Self.lanePool.count {
                let (laneID, name, group) = Self.lanePool[index]
                actors.append(Actor(id: laneID, name: name, group: group))
            } else {
                actors.append(Actor(id: "actor-\(index)", name: "Partij \(index)", group: .other))
            }
        }
        let professionals = Array(actors.dropFirst())
        var events: [Event] = []
        var openObstacles: [String] = []
        var openRequests: [(id: String, day: Int)] = []
        let step = max(1, days / max(1, eventCount))
        var day = startDay
        var counter = 0
        func nextID() -> String {
            counter += 1
            return "\(id)-e\(counter)"
        }
        func date(_ day: Int) -> PartialDate {
            let (y, m, d) = CivilDate.date(fromDayNumber: day)
            switch random.next() % 10 {
            case 0: return PartialDate(year: y, month: m)
            case 1: return PartialDate(year: y, month: m, qualifier: .approximate)
            case 2:
                // The season that holds the day; January and February belong to the winter
                // that began in the previous December.
                return PartialDate(year: m <= 2 ? y - 1 : y, season: PartialDate.Season.allCases[((m + 9) % 12) / 3])
            default: return PartialDate(year: y, month: m, day: d)
            }
        }
        // The case opens with an intensive phase and an orange safety colour.
        let lead = professionals[min(3, professionals.count - 1)]
        events.append(
            Event(
                id: nextID(), actor: lead.id, kind: .phase, date: exactDate(day), title: "Start intensieve fase", value: .phase(.intensive))
        )
        events.append(
            Event(
                id: nextID(), actor: lead.id, kind: .safety, date: exactDate(day), title: "Kleurcode bij start", value: .colour(.orange),
                scoredBy: "IT"))
        // Some cases reach the monitoring phase, some end early, some are still intensive.
        let outcome = random.next() % 10
        let reserved = outcome < 6 ? 2 : outcome < 8 ? 1 : 0
        while events.count < eventCount - reserved {
            day += 1 + Int(random.next() % UInt64(2 * step))
            let actor = professionals[Int(random.next() % UInt64(professionals.count))]
            let roll = random.next() % 100
            var event: Event
            switch roll {
            case 0..<14:
                let obstacleID = nextID()
                openObstacles.append(obstacleID)
                event = Event(id: obstacleID, actor: actors[0].id, kind: .obstacle, date: date(day), title: "Obstakel \(counter)")
            case 14..<22 where !openObstacles.isEmpty:
                let target = openObstacles.removeFirst()
                event = Event(
                    id: nextID(), actor: actor.id, kind: .exception, date: date(day), title: "Uitzondering \(counter)",
                    links: [Link(.resolves, target)],
                    costs: [CostLine(amount: Money(euros: Int64(500 + random.next() % 5_000)), payer: "gemeente")],
                    legitimation: Legitimation(basis: "Jeugdwet", argument: "Veiligheid van de kinderen", perspective: "Rust in huis"))
            case 22..<34:
                let requestID = nextID()
                openRequests.append((requestID, day))
                event = Event(id: requestID, actor: actors[0].id, kind: .request, date: exactDate(day), title: "Aanvraag \(counter)")
            case 34..<46 where !openRequests.isEmpty:
                let request = openRequests.removeFirst()
                event = Event(
                    id: nextID(), actor: actor.id, kind: .decision, date: exactDate(day), title: "Besluit \(counter)",
                    value: .outcome(random.next() % 4 == 0 ? .refused : .granted), links: [Link(.answers, request.id)])
            case 46..<52:
                let length = 14 + Int(random.next() % 120)
                event = Event(
                    id: nextID(), actor: actor.id, kind: .wait, date: date(day), end: date(day + length), title: "Wachtlijst \(counter)")
            case 52..<56:
                let receiver = professionals[Int(random.next() % UInt64(professionals.count))]
                event = Event(
                    id: nextID(), actor: actor.id, kind: .handover, date: exactDate(day), title: "Overdracht \(counter)",
                    value: .handoverTo(receiver.id))
            case 56..<64:
                event = Event(id: nextID(), actor: actor.id, kind: .meeting, date: date(day), title: "Netwerkberaad \(counter)")
            case 64..<74:
                event = Event(id: nextID(), actor: actors[0].id, kind: .event, date: date(day), title: "Gebeurtenis \(counter)")
            default:
                event = Event(id: nextID(), actor: actor.id, kind: .intervention, date: date(day), title: "Interventie \(counter)")
            }
            events.append(event)
        }
        if outcome < 6 {
            day += 1 + Int(random.next() % 30)
            events.append(
                Event(
                    id: nextID(), actor: lead.id, kind: .safety, date: exactDate(day), title: "Kleurcode bij einde",
                    value: .colour(random.next() % 10 == 0 ? .yellow : .green), scoredBy: "IT"))
            events.append(
                Event(id: nextID(), actor: lead.id, kind: .phase, date: exactDate(day), title: "Start monitorfase", value: .phase(.monitor))
            )
        } else if outcome < 8 {
            day += 1 + Int(random.next() % 30)
            events.append(
                Event(
                    id: nextID(), actor: lead.id, kind: .phase, date: exactDate(day), title: "Vroegtijdig beëindigd",
                    value: .phase(.endedEarly)))
        }
        return Journey(id: id, title: "Synthetische casus \(id)", municipality: "Voorbeeldstad", actors: actors, events: events)
    }

    private func exactDate(_ day: Int) -> PartialDate {
        let (y, m, d) = CivilDate.date(fromDayNumber: day)
        return PartialDate(year: y, month: m, day: d)
    }
}
