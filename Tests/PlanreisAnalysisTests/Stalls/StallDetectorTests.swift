import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

@Suite("Stall detector")
struct StallDetectorTests {
    private let overlapping = F.journey([
        F.event("r", "jeugdspecialist", .request, "2021-01-01", title: "Aanvraag"),
        F.event("d", "gemeente", .decision, "2021-03-01", title: "Besluit", value: .outcome(.granted), links: [Link(.answers, "r")]),
        F.event("w", "gemeente", .wait, "2021-02-01", end: "2021-04-01", title: "Wachtlijst"),
        F.event("o", "woningcorporatie", .obstacle, "2021-03-15", title: "Geen woning"),
        F.event("x", "gemeente", .exception, "2021-05-15", title: "Tijdelijke woning", links: [Link(.resolves, "o")]),
    ])

    @Test func overlappingStallsCountOncePerActorAndOverall() {
        let report = StallDetector().report(for: overlapping)
        #expect(report.stalls.count == 3)
        // Gemeente: 1 Jan – 1 Mar, 1 Feb – 1 Apr and (the obstacle it lifted) 15 Mar – 15 May
        // overlap: 134 days, not 59 + 59 + 61.
        let gemeente = report.perActor.first { $0.actor == "gemeente" }
        #expect(gemeente?.total == DurationRange(days: 134))
        #expect(gemeente?.count == 3)
        // The obstacle waits on whoever lifted it, not on the lane it was recorded in.
        #expect(report.perActor.first { $0.actor == "woningcorporatie" } == nil)
        // Overall 1 Jan – 15 May.
        #expect(report.total == DurationRange(days: F.day("2021-05-15") - F.day("2021-01-01")))
        #expect(report.caseSpan?.days == 135)
        #expect(report.sharePercent?.min == 99)
        #expect(report.perActor.map(\.actor) == ["gemeente"])
    }

    @Test func stallsAreRankedLongestFirst() {
        let report = StallDetector().report(for: overlapping)
        #expect(report.longest?.kind == .obstacle)
        #expect(report.stalls.map(\.duration.maxDays) == [61, 59, 59])
        // On equal length the earlier stall comes first.
        #expect(report.stalls[1].kind == .requestDecision)
    }

    @Test func impreciseDatesGiveARangeInTheUnion() {
        let journey = F.journey([
            F.event("w", "a", .wait, "2021-01", end: "2021-03"),
            F.event("r", "b", .request, "2021-02-10"),
            F.event("d", "c", .decision, "2021-02-20", value: .outcome(.refused), links: [Link(.answers, "r")]),
        ])
        let report = StallDetector().report(for: journey)
        #expect(report.total == DurationRange(minDays: 29, maxDays: 89))
        #expect(report.total.formatted(.nl) == "1–3 maanden")
    }

    @Test func theSameStallFromTwoRulesIsListedOnce() {
        let journey = F.journey([
            F.event("ots", "rechter", .decision, "2021-07", value: .outcome(.granted)),
            F.event("w", "jeugdbescherming", .wait, "2021-07", end: "2022-03", links: [Link(.delivers, "ots")]),
            F.event("jb", "jeugdbescherming", .intervention, "2022-03", links: [Link(.delivers, "ots")]),
        ])
        let report = StallDetector().report(for: journey)
        #expect(report.stalls.count == 1)
        #expect(report.stalls[0].duration.formatted(.nl) == "7–9 maanden")
    }

    @Test func quietPeriodsStayOutOfTheTotals() {
        let journey = F.journey([
            F.event("a", "x", .event, "2017-06"),
            F.event("r", "x", .request, "2020-07-01"),
            F.event("d", "y", .decision, "2020-07-11", value: .outcome(.granted), links: [Link(.answers, "r")]),
        ])
        let report = StallDetector(quietThresholdDays: 90, minStallDays: 0).report(for: journey)
        #expect(report.total == DurationRange(days: 10))
        #expect(report.quietPeriods.count == 1)
        #expect(report.quietTotal.minDays == F.day("2020-07-01") - F.day("2017-06-30"))
        #expect(report.perActor.map(\.actor) == ["y"])
        let longer = StallDetector(quietThresholdDays: 2000, minStallDays: 0).report(for: journey)
        #expect(longer.quietPeriods.isEmpty)
    }

    @Test func zeroLengthStallsAreDropped() {
        let journey = F.journey([
            F.event("r", "x", .request, "2020-07-01"),
            F.event("d", "y", .decision, "2020-07-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
        ])
        #expect(StallDetector().report(for: journey).stalls.isEmpty)
    }

    @Test func eventsWithTheSameImpreciseDateShowNoStall() {
        let journey = F.journey([
            F.event("r", "x", .request, "2020-38?"),
            F.event("d", "y", .decision, "2020-38?", value: .outcome(.granted), links: [Link(.answers, "r")]),
            F.event("w", "z", .wait, "2020-38?"),
        ])
        let report = StallDetector().report(for: journey)
        // The request → decision pair says nothing; the explicit wait still counts within its date.
        #expect(report.stalls.map(\.kind) == [.wait])
    }
}
