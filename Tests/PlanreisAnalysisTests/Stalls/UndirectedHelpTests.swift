import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// Issue 11, item 1: *doormodderen* recognised from help events without a director lane too.
@Suite("Doormodderen: help without direction")
struct UndirectedHelpTests {
    /// The household, the municipality's youth consultant, a family therapist (care) and the
    /// youth specialist, named as case director unless `director` is false.
    static func journey(_ events: [Event], director: Bool = true) -> Journey {
        var journey = F.journey(events)
        journey.actors = [
            Actor(id: "inwoner", name: "Inwoner", group: .household),
            Actor(id: "jeugdconsulent", name: "Jeugdconsulent gemeente", group: .municipality),
            Actor(id: "gezinsbehandelaar", name: "Gezinsbehandelaar", group: .health),
            Actor(id: "jeugdspecialist", name: director ? "Jeugdspecialist (casusregisseur)" : "Jeugdspecialist", group: .socialWork),
        ]
        return journey
    }

    static let help = F.event("gb", "gezinsbehandelaar", .intervention, "2017-05-01", end: "2020-07-31", title: "Gezinsbehandeling")
    static let handover = F.event("ov", "jeugdconsulent", .handover, "2020-07-15", value: .handoverTo("jeugdspecialist"))
    static let meeting = F.event("k", "jeugdspecialist", .meeting, "2020-07-23")

    @Test func helpBeforeTheDirectorActsIsDoormodderenUntilTheDirectorActs() {
        let report = StallDetector().report(for: Self.journey([Self.help, Self.handover, Self.meeting]))
        let muddling = report.muddling
        #expect(muddling.count == 1)
        let stall = muddling.first
        // From the help's start to the handover to the director: charged to the consultant who
        // held direction then, never to the household or the therapist who gave the help.
        #expect(stall?.start == F.date("2017-05-01") && stall?.end == F.date("2020-07-15"))
        #expect(stall?.actor == "jeugdconsulent")
        #expect(stall?.duration == DurationRange(days: F.day("2020-07-15") - F.day("2017-05-01")))
        #expect(stall?.title.nl == "Hulp zonder regie: Gezinsbehandeling")
    }

    @Test func withoutADirectorLaneTheDataCannotSay() {
        let report = StallDetector().report(for: Self.journey([Self.help, Self.handover, Self.meeting], director: false))
        #expect(report.muddling.isEmpty)
    }

    @Test func helpThatStartsOnceTheDirectorActsIsDirected() {
        let later = F.event("gb2", "gezinsbehandelaar", .intervention, "2020-08-01", end: "2021-06-30", title: "Gezinsbehandeling")
        let report = StallDetector().report(for: Self.journey([Self.handover, Self.meeting, later]))
        #expect(report.muddling.isEmpty)
    }

    @Test func goalsNotMetOverTheSamePeriodIsNotCountedTwice() {
        let goals = F.event("doelen", "inwoner", .event, "2017-06", end: "2020-07-14", title: "Doelen worden niet bereikt")
        let report = StallDetector().report(for: Self.journey([Self.help, goals, Self.handover, Self.meeting]))
        #expect(report.muddling.count == 1)
        #expect(report.muddling.first?.start == F.date("2017-06"))
    }

    @Test func aPointEventOrAHouseholdLaneIsNotHelp() {
        let point = F.event("gb", "gezinsbehandelaar", .intervention, "2017-05-01", title: "Intake")
        let household = F.event("h", "inwoner", .intervention, "2017-05-01", end: "2020-07-01", title: "Zelf geregeld")
        let report = StallDetector().report(for: Self.journey([point, household, Self.handover, Self.meeting]))
        #expect(report.muddling.isEmpty)
    }
}
