import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// Issue 11: stalls follow evidence. Open ends apart, first decision answers, refusals reversed,
/// obstacles on whoever lifts them, the minimum length, doormodderen.
@Suite("Stalls that follow evidence")
struct EvidenceRuleTests {
    /// A journey whose lane `inwoner` is the household.
    private func journey(_ events: [Event]) -> Journey {
        var journey = F.journey(events)
        for i in journey.actors.indices where journey.actors[i].id == "inwoner" { journey.actors[i].group = .household }
        return journey
    }

    @Test func openEndedHandoverIsApartAndNeverTheHeadline() {
        let report = StallDetector().report(
            for: journey([
                F.event("r", "jeugdspecialist", .request, "2021-01-01"),
                F.event("d", "raad", .decision, "2021-03-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
                F.event("ov", "jeugdspecialist", .handover, "2021-04-01", value: .handoverTo("regisseur-2")),
                F.event("late", "jeugdbescherming", .intervention, "2022-06-01"),
            ]))
        #expect(report.openStalls.count == 1)
        #expect(report.openStalls[0].kind == .handover && report.openStalls[0].isOpen)
        #expect(report.openStalls[0].start == F.date("2021-04-01"))
        #expect(report.stalls.allSatisfy { !$0.isOpen })
        #expect(report.longest?.kind == .requestDecision)
        // Only the closed stall counts: 59 days, not the 14 months to the journey's end.
        #expect(report.total == DurationRange(days: 59))
    }

    @Test func aRequestIsAnsweredByItsFirstDecisionAndAReversalIsItsOwnKind() {
        let report = StallDetector().report(
            for: journey([
                F.event("vto", "jeugdspecialist", .request, "2021-01-19"),
                F.event("nee", "raad", .decision, "2021-02-18", value: .outcome(.refused), links: [Link(.answers, "vto")]),
                F.event("ja", "raad", .decision, "2021-07-20", value: .outcome(.granted), links: [Link(.answers, "vto")]),
            ]))
        let answer = report.stalls.first { $0.kind == .requestDecision }
        #expect(answer?.duration == DurationRange(days: 30))
        #expect(answer?.end == F.date("2021-02-18"))
        let reversal = report.stalls.first { $0.kind == .refusalReversed }
        #expect(reversal?.start == F.date("2021-02-18") && reversal?.end == F.date("2021-07-20"))
        #expect(reversal?.actor == "raad")
        // Never five months of waiting for an answer.
        #expect(!report.stalls.contains { $0.kind == .requestDecision && $0.end == F.date("2021-07-20") })
        #expect(StallKind.refusalReversed.label(.nl) == "afgewezen, later alsnog toegekend")
    }

    @Test func twoGrantsOnOneRequestAreNoReversal() {
        let report = StallDetector().report(
            for: journey([
                F.event("r", "x", .request, "2021-01-01"),
                F.event("a", "y", .decision, "2021-02-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
                F.event("b", "y", .decision, "2021-05-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
            ]))
        #expect(report.stalls.map(\.kind) == [.requestDecision])
        #expect(report.stalls[0].end == F.date("2021-02-01"))
    }

    @Test func anObstacleInTheHouseholdLaneWaitsOnWhoeverLiftsIt() {
        let report = StallDetector().report(
            for: journey([
                F.event("o", "inwoner", .obstacle, "2020-10-01", title: "Geen inkomen"),
                F.event("x", "gemeente", .exception, "2020-11-15", links: [Link(.resolves, "o")]),
                F.event("o2", "inwoner", .obstacle, "2020-10-01", end: "2020-12-01", title: "Onder één dak"),
            ]))
        #expect(report.stalls.count == 2)
        #expect(report.stalls.first { $0.title.nl.hasPrefix("Geen inkomen") }?.actor == "gemeente")
        // Nobody lifted the second one and the data names no owner: nobody recorded.
        #expect(report.stalls.first { $0.title.nl == "Onder één dak" }?.actor == nil)
        #expect(!report.perActor.contains { $0.actor == "inwoner" })
    }

    @Test func aNamedOwnerIsChargedEvenTheHousehold() {
        var owned = F.event("o", "inwoner", .obstacle, "2020-10-01", end: "2020-12-01")
        owned.owner = "woningcorporatie"
        var wait = F.event("w", "inwoner", .wait, "2021-01-01", end: "2021-03-01")
        wait.owner = "inwoner"
        var noOwner = F.event("w2", "inwoner", .wait, "2021-05-01", end: "2021-07-01")
        noOwner.owner = nil
        let report = StallDetector().report(
            for: journey([owned, wait, noOwner, F.event(nil, "woningcorporatie", .intervention, "2021-08-01")]))
        #expect(report.stalls.first { $0.kind == .obstacle }?.actor == "woningcorporatie")
        #expect(report.stalls.first { $0.title.nl == "w" }?.actor == "inwoner")
        #expect(report.stalls.first { $0.title.nl == "w2" }?.actor == nil)
    }

    @Test func gapsBelowTheMinimumAreNoStalls() {
        let events = [
            F.event("ov", "jeugdconsulent", .handover, "2020-07-15", value: .handoverTo("jeugdspecialist")),
            F.event("k", "jeugdspecialist", .meeting, "2020-07-23"),
            F.event("r", "jeugdspecialist", .request, "2020-08-01"),
            F.event("d", "gemeente", .decision, "2020-08-15", value: .outcome(.granted), links: [Link(.answers, "r")]),
            F.event("w", "gemeente", .wait, "2020-09-01", end: "2020-09-05"),
        ]
        let report = StallDetector().report(for: journey(events))
        // 8 days after a handover is fast, not a stall; 14 days is; an explicit wait always counts.
        #expect(!report.stalls.contains { $0.kind == .handover })
        #expect(report.stalls.contains { $0.kind == .requestDecision && $0.duration == DurationRange(days: 14) })
        #expect(report.stalls.contains { $0.kind == .wait })
        let strict = StallDetector(minStallDays: 15).report(for: journey(events))
        #expect(!strict.stalls.contains { $0.kind == .requestDecision })
        let none = StallDetector(minStallDays: 0).report(for: journey(events))
        #expect(none.stalls.contains { $0.kind == .handover && $0.duration == DurationRange(days: 8) })
    }

    @Test func doormodderenIsAStallOfItsOwnChargedToWhoeverDirected() {
        let report = StallDetector().report(
            for: journey([
                F.event("zorg", "jeugdconsulent", .decision, "2017-05", value: .outcome(.granted)),
                F.event("doelen", "inwoner", .event, "2017-06", end: "2020-07-14", title: "Doelen worden niet bereikt"),
                F.event("ov", "jeugdconsulent", .handover, "2020-07-15", value: .handoverTo("jeugdspecialist")),
                F.event("k", "jeugdspecialist", .meeting, "2020-07-23"),
            ]))
        let muddling = report.muddling
        #expect(muddling.count == 1)
        #expect(muddling.first?.actor == "jeugdconsulent")
        #expect(muddling.first?.start == F.date("2017-06") && muddling.first?.end == F.date("2020-07-14"))
        #expect(report.total.minDays >= F.day("2020-07-14") - F.day("2017-06-30"))
        #expect(StallKind.muddling.label(.nl) == "doormodderen")
    }

    @Test func doormodderenByTagWithAnOwnerAndNotWithoutAnEnd() {
        var tagged = F.event("p", "ambulante-begeleiding", .intervention, "2018-01-01", end: "2018-12-31", title: "Begeleiding")
        tagged.tags = [Tag("status", "goals not met")]
        tagged.owner = "gemeente"
        var point = F.event("q", "inwoner", .event, "2019-03", title: "Doelen niet behaald")
        point.tags = []
        let output = MuddlingRule().apply(
            to: StallContext(journey: journey([tagged, point, F.event(nil, "gemeente", .meeting, "2019-06")])))
        #expect(output.stalls.count == 1)
        #expect(output.stalls[0].actor == "gemeente")
        #expect(output.stalls[0].duration == DurationRange(days: 364))
        #expect(output.warnings.count == 1)
        #expect(output.warnings[0].message.nl.contains("\"q\""))
    }

    @Test func aStatedDurationRanksAndTravelsWithTheStall() {
        var wait = F.event("w", "jeugdbescherming", .wait, "2021-07", end: "2022-03~", links: [Link(.relates, "ots")])
        wait.statedDuration = StatedDuration(count: 8, unit: .month, source: "IPW, De praktijk")
        let report = StallDetector().report(
            for: journey([
                F.event("ots", "rechter", .decision, "2021-07", value: .outcome(.granted)),
                wait,
                F.event("jb", "jeugdbescherming", .intervention, "2022-03~", links: [Link(.delivers, "ots")]),
            ]))
        #expect(report.stalls.count == 1)
        #expect(report.stalls[0].statedDuration?.formatted(.nl) == "8 maanden")
        #expect(report.stalls[0].statedDuration?.source == "IPW, De praktijk")
    }

    @Test func dayExactTotalsAreStatedInDays() {
        let range = DurationRange(days: 173)
        #expect(range.formattedDaysFirst(.nl) == "173 dagen (ca. 6 maanden)")
        #expect(range.formattedDaysFirst(.en) == "173 days (about 6 months)")
        #expect(DurationRange(minDays: 213, maxDays: 273).formattedDaysFirst(.nl) == "7–9 maanden")
        #expect(DurationRange(days: 12).formattedDaysFirst(.nl) == "12 dagen")
    }
}
