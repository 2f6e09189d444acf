import PlanreisAnalysis
import PlanreisModel

extension Fixtures {
    /// Events from January to June 2017 and from July 2020 to December 2021: three quiet years.
    static var quietGap: Journey {
        var journey = Journey(
            id: "stilte", title: "Drie stille jaren",
            actors: [Actor(id: "a", name: "Wijkteam", group: .socialWork), Actor(id: "h", name: "Gezin", group: .household)])
        var events: [Event] = []
        for month in 1...6 {
            events.append(
                Event(actor: "a", kind: .intervention, date: date("2017-\(month < 10 ? "0" : "")\(month)-10"), title: "Gesprek \(month)"))
        }
        for (year, months) in [(2020, 7...12), (2021, 1...12)] {
            for month in months {
                events.append(
                    Event(
                        actor: month % 2 == 0 ? "a" : "h", kind: .event,
                        date: date("\(year)-\(month < 10 ? "0" : "")\(month)-05"), title: "Contact \(year)-\(month)"))
            }
        }
        journey.events = events
        return journey
    }

    /// Titles, names and values that try to break out of SVG, HTML and JSON.
    static let hostileTexts = [
        "<script>alert('x')</script>", "\"quoted\" & 'single' <b>bold</b>", "]]> <![CDATA[ x ]]>",
        "</script><!-- <script>", "line\u{2028}separator\u{2029}paragraph", "control\u{01}\u{08}chars",
        "<img src=x onerror=alert(1)>", "{{mustache}} {{{raw}}}",
    ]

    /// A journey whose every text is hostile, with a 10,000-character title among them.
    static var hostile: Journey {
        var journey = Journey(
            id: "vijandig", title: hostileTexts[0], municipality: hostileTexts[1], source: hostileTexts[3],
            household: [HouseholdMember(role: hostileTexts[6], name: hostileTexts[2])],
            actors: [
                Actor(id: "x", name: hostileTexts[1], group: .household, colour: "red\" onload=\"alert(1)"),
                Actor(id: "y", name: hostileTexts[3], group: .municipality, colour: "#12ab3C"),
            ],
            tags: [Tag(hostileTexts[4], hostileTexts[7])])
        journey.events = hostileTexts.enumerated().map { index, text in
            Event(
                id: "e\(index)", actor: index % 2 == 0 ? "x" : "y", kind: EventKind.allCases[index % EventKind.allCases.count],
                date: date("2021-0\(index % 9 + 1)-1\(index % 9)"), title: text, description: text,
                value: index % 3 == 0 ? .text(text) : nil, links: index > 0 ? [Link(.relates, "e\(index - 1)")] : [],
                tags: [Tag(text, text)])
        }
        journey.events.append(
            Event(
                actor: "x", kind: .obstacle, date: date("2021-05"), title: String(repeating: "Heel lange titel ", count: 589)))
        return journey
    }

    /// A generated journey (seeded) with many events over 20 actors.
    static func generated(events: Int, seed: UInt64 = 7) -> Journey {
        SyntheticJourney(seed: seed).make(id: "gegenereerd-\(events)", events: events, actors: 20)
    }
}
