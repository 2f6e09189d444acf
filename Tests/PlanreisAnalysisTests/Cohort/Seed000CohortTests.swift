import PlanreisAnalysis
import PlanreisModel
import Testing

/// A cohort built to match the published figures of the evaluation of the Interventieteam
/// Huiselijk Geweld West-Brabant 2014 (seed 000): the tables must come out of case data.
@Suite("Cohort: seed 000 tables from case data")
struct Seed000CohortTests {
    static let asOf = CivilDate.dayNumber(year: 2014, month: 12, day: 31)

    /// Intensive-phase lengths of the 11 cases of 2014 that reached the monitor phase
    /// (mean 122, minimum 5, maximum 230).
    static let intensiveLengths = [5, 230, 100, 110, 115, 120, 123, 125, 130, 134, 150]

    static func day(_ n: Int) -> PartialDate {
        let (y, m, d) = CivilDate.date(fromDayNumber: n)
        return PartialDate(year: y, month: m, day: d)
    }

    /// One case: phases (phase, day) in order, and colours (colour, day).
    static func journey(_ id: String, phases: [(Phase, Int)], colours: [(SafetyColour, Int)] = []) -> Journey {
        var events: [Event] = []
        for (index, (phase, day)) in phases.enumerated() {
            events.append(
                Event(id: "\(id)-p\(index)", actor: "it", kind: .phase, date: Self.day(day), title: phase.dutch, value: .phase(phase)))
        }
        for (index, (colour, day)) in colours.enumerated() {
            events.append(
                Event(
                    id: "\(id)-c\(index)", actor: "it", kind: .safety, date: Self.day(day), title: "Kleurcode", value: .colour(colour),
                    scoredBy: "IT"))
        }
        return Journey(
            id: id, title: id, actors: [Actor(id: "it", name: "Interventieteam", group: .socialWork)], events: events,
            tags: [Tag("geweld", id.hasSuffix("0") ? "kind-oudermishandeling" : "partnergeweld")])
    }

    static var cohort2014: [Journey] {
        let jan2014 = CivilDate.dayNumber(year: 2014, month: 1, day: 6)
        var journeys: [Journey] = []
        // 11 reached the monitor phase; 10 green and one yellow at the end.
        for (index, length) in intensiveLengths.enumerated() {
            let start = jan2014 + index * 9
            journeys.append(
                journey(
                    "n\(index)", phases: [(.intensive, start), (.monitor, start + length)],
                    colours: [(.orange, start), (index == 3 ? .yellow : .green, start + length)]))
        }
        // 32 still in the intensive phase; 12 ended early.
        for index in 0..<32 {
            let start = jan2014 + 30 + index * 9
            journeys.append(journey("i\(index)", phases: [(.intensive, start)], colours: [(index % 8 == 0 ? .red : .orange, start)]))
        }
        for index in 0..<12 {
            let start = jan2014 + 15 + index * 20
            journeys.append(journey("v\(index)", phases: [(.intensive, start), (.endedEarly, start + 40)], colours: [(.orange, start)]))
        }
        return journeys
    }

    static var cohort2013: [Journey] {
        let jan2013 = CivilDate.dayNumber(year: 2013, month: 1, day: 7)
        var journeys: [Journey] = []
        for index in 0..<22 {
            let start = jan2013 + index * 12
            journeys.append(journey("m\(index)", phases: [(.intensive, start), (.monitor, start + 150)]))
        }
        for index in 0..<32 {
            let start = jan2013 + index * 8
            journeys.append(journey("a\(index)", phases: [(.intensive, start), (.monitor, start + 100), (.closed, start + 400)]))
        }
        for index in 0..<3 {
            let start = jan2013 + 100 + index * 30
            journeys.append(journey("e\(index)", phases: [(.intensive, start), (.monitor, start + 90), (.endedEarly, start + 450)]))
        }
        // Four cases of 2013 ended early in 2013: they do not run on in 2014.
        for index in 0..<4 {
            let start = jan2013 + 20 + index * 10
            journeys.append(journey("x\(index)", phases: [(.intensive, start), (.endedEarly, start + 30)]))
        }
        return journeys
    }

    @Test func table1StatusOfCasesStartedIn2014() {
        let cohort = Cohort(Self.cohort2014 + Self.cohort2013, selection: .started(in: 2014, asOf: Self.asOf))
        #expect(cohort.cases == 55)
        #expect(cohort.statusOnDate[.intensive] == 32)
        #expect(cohort.statusOnDate[.monitor] == 11)
        #expect(cohort.statusOnDate[.endedEarly] == 12)
        #expect(cohort.share(32).percent == 58)
        #expect(cohort.share(11).percent == 20)
        #expect(cohort.share(12).percent == 22)
    }

    @Test func intensivePhaseLengths() throws {
        let cohort = Cohort(Self.cohort2014 + Self.cohort2013, selection: .started(in: 2014, asOf: Self.asOf))
        let intensive = try #require(cohort.phases[.intensive])
        #expect(intensive.entered == 55)
        #expect(intensive.ended == 11)
        #expect(intensive.endedEarly == 12)
        #expect(intensive.minDays == 5)
        #expect(intensive.maxDays == 230)
        #expect(intensive.meanDays == 122)
        #expect(intensive.medianDays == 123)
        #expect(intensive.imprecise == 0)
    }

    @Test func colourCodesAtStartAndEndOfTheIntensivePhase() {
        let cohort = Cohort(Self.cohort2014, selection: .started(in: 2014, asOf: Self.asOf))
        #expect(cohort.safetyEnd == [.green: 10, .yellow: 1])
        #expect(cohort.safetyStart[.red] == 4)
        #expect(cohort.safetyStart[.orange] == 51)
    }

    @Test func table2StatusOfCasesFrom2013StillRunningIn2014() {
        // Cases of 2013 that ran on in 2014: not ended early before 2014.
        let start2014 = CivilDate.dayNumber(year: 2014, month: 1, day: 1)
        let runningOn = Self.cohort2013.filter { journey in
            let timeline = PhaseTimeline(journey, asOf: start2014 - 1)
            return timeline.status != .endedEarly && timeline.status != .closed
        }
        let cohort = Cohort(runningOn, selection: .started(in: 2013, asOf: Self.asOf))
        #expect(cohort.cases == 57)
        #expect(cohort.statusOnDate == [.monitor: 22, .closed: 32, .endedEarly: 3])
        #expect([22, 32, 3].map { cohort.share($0).percent } == [39, 56, 5])
    }

    @Test func tagsAndSharesCountCasesOnce() {
        let cohort = Cohort(Self.cohort2014, selection: .started(in: 2014, asOf: Self.asOf))
        let violence = cohort.tags["geweld"] ?? [:]
        #expect(violence.values.reduce(0, +) == 55)
        #expect(cohort.actors["Interventieteam"] == 55)
    }
}
