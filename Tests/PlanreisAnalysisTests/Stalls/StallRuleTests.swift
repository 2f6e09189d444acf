import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

@Suite("Stall rules")
struct StallRuleTests {
    private func run(_ rule: some StallRule, _ events: [Event]) -> StallRuleOutput {
        rule.apply(to: StallContext(journey: F.journey(events)))
    }

    @Test func explicitWaitIsHeldByItsOwnActorWithARange() {
        let output = run(WaitRule(), [F.event("w", "zorgaanbieder", .wait, "juli 2021", end: "maart 2022", title: "Wachtlijst")])
        #expect(output.stalls.count == 1)
        let stall = output.stalls[0]
        #expect(stall.kind == .wait)
        #expect(stall.actor == "zorgaanbieder")
        #expect(stall.duration == DurationRange(minDays: 213, maxDays: 273))
        #expect(stall.duration.formatted(.nl) == "7–9 maanden")
        #expect(output.warnings.isEmpty)
    }

    @Test func waitWithoutEndSpansItsDateAndWarns() {
        let output = run(WaitRule(), [F.event("w", "a", .wait, "2021-04")])
        #expect(output.stalls.first?.duration == DurationRange(minDays: 0, maxDays: 29))
        #expect(output.warnings.count == 1)
        #expect(output.warnings[0].message.nl.contains("\"w\""))
    }

    @Test func requestToDecisionIsHeldByTheDecider() {
        let output = run(
            RequestDecisionRule(),
            [
                F.event("a1", "jeugdspecialist", .request, "2021-03-01"),
                F.event("b1", "gemeente", .decision, "2021-03-13", value: .outcome(.granted), links: [Link(.answers, "a1")]),
                F.event("a2", "jeugdspecialist", .request, "2021-05-01"),
            ])
        #expect(output.stalls.count == 2)
        #expect(output.stalls[0].actor == "gemeente")
        #expect(output.stalls[0].duration == DurationRange(days: 12))
        #expect(output.stalls[0].events == [0, 1])
        // The unanswered request is open (no later decision recorded), charged to nobody, and noted.
        #expect(output.stalls[1].isOpen && output.stalls[1].actor == nil && output.stalls[1].events == [2])
        #expect(output.warnings.count == 1)
        #expect(output.warnings[0].message.en.contains("\"a2\""))
    }

    @Test func decisionToDeliveryIsHeldByTheDeliveringActor() {
        let output = run(
            DecisionDeliveryRule(),
            [
                F.event("ots", "rechter", .decision, "juli 2021", value: .outcome(.granted)),
                F.event("jb", "jeugdbescherming", .intervention, "maart 2022", links: [Link(.delivers, "ots")]),
            ])
        #expect(output.stalls.count == 1)
        #expect(output.stalls[0].actor == "jeugdbescherming")
        #expect(output.stalls[0].duration.formatted(.nl) == "7–9 maanden")
    }

    @Test func waitLinkedToDecisionCountsFromTheDecisionOnce() {
        let events = [
            F.event("ots", "rechter", .decision, "2021-07-10", value: .outcome(.granted)),
            F.event("w", "jeugdbescherming", .wait, "2021-08-01", end: "2022-03-10", links: [Link(.relates, "ots")]),
        ]
        #expect(run(WaitRule(), events).stalls.isEmpty)
        let delivery = run(DecisionDeliveryRule(), events)
        #expect(delivery.stalls.count == 1)
        #expect(delivery.stalls[0].duration == DurationRange(days: F.day("2022-03-10") - F.day("2021-07-10")))
        #expect(delivery.stalls[0].actor == "jeugdbescherming")
    }

    @Test func obstacleRunsToTheFirstExceptionThatResolvesIt() {
        let output = run(
            ObstacleRule(),
            [
                F.event("o1", "woningcorporatie", .obstacle, "2020-10-01"),
                F.event("x2", "gemeente", .exception, "2021-06-01", links: [Link(.resolves, "o1")]),
                F.event("x1", "gemeente", .exception, "2021-03-01", links: [Link(.resolves, "o1")]),
                F.event("later", "inwoner", .event, "2022-01-01"),
            ])
        #expect(output.stalls.count == 1)
        let stall = output.stalls[0]
        // Charged to who lifted it (the exception's actor), not to the lane it was recorded in.
        #expect(stall.actor == "gemeente")
        #expect(!stall.isOpen)
        #expect(stall.end == F.date("2021-03-01"))
        #expect(stall.events == [0, 2, 1])
    }

    @Test func unresolvedObstacleStaysOpenToTheLastDate() {
        let context = StallContext(
            journey: F.journey([
                F.event("o1", "gemeente", .obstacle, "2021-01-15"),
                F.event("e", "inwoner", .event, "2021-02-01", end: "2021-06"),
            ]))
        let statuses = ObstacleRule.statuses(in: context)
        #expect(statuses.count == 1)
        #expect(statuses[0].isOpen)
        #expect(statuses[0].stall.end == F.date("2021-06"))
        #expect(
            statuses[0].stall.duration
                == DurationRange(minDays: F.day("2021-06-01") - F.day("2021-01-15"), maxDays: F.day("2021-06-30") - F.day("2021-01-15")))
    }

    @Test func handoverRunsToTheReceiversNextAct() {
        let output = run(
            HandoverRule(),
            [
                F.event("early", "jeugdspecialist", .meeting, "2020-06-01"),
                F.event("h", "jeugdconsulent", .handover, "2020-07-15", value: .handoverTo("jeugdspecialist")),
                F.event("late", "jeugdspecialist", .meeting, "2020-07-29"),
                F.event("next", "jeugdspecialist", .meeting, "2020-07-23"),
            ])
        #expect(output.stalls.count == 1)
        #expect(output.stalls[0].actor == "jeugdspecialist")
        #expect(output.stalls[0].duration == DurationRange(days: 8))
        #expect(output.stalls[0].events == [1, 3])
    }

    @Test func handoverNobodyPicksUpStaysOpen() {
        let output = run(
            HandoverRule(),
            [
                F.event("h", "jeugdconsulent", .handover, "2020-07-15", value: .handoverTo("jeugdspecialist")),
                F.event("x", "inwoner", .event, "2020-12-01"),
            ])
        #expect(output.stalls.first?.isOpen == true)
        #expect(output.stalls.first?.duration == DurationRange(days: F.day("2020-12-01") - F.day("2020-07-15")))
        #expect(output.warnings.count == 1)
    }

    @Test func bounceRunsFromTheRefusalToTheNewRequest() {
        let output = run(
            BounceRule(),
            [
                F.event("vto1", "jeugdspecialist", .request, "2021-01-19"),
                F.event("nee", "raad", .decision, "2021-02-18", value: .outcome(.refused), links: [Link(.answers, "vto1")]),
                F.event("other", "jeugdspecialist", .request, "2021-03-01"),
                F.event("vto2", "jeugdspecialist", .request, "2021-07-01", links: [Link(.relates, "vto1")]),
            ])
        #expect(output.stalls.count == 1)
        #expect(output.stalls[0].kind == .bounce)
        #expect(output.stalls[0].actor == "raad")
        #expect(output.stalls[0].duration == DurationRange(days: F.day("2021-07-01") - F.day("2021-02-18")))
        #expect(output.stalls[0].events == [1, 3])
    }

    @Test func bounceFindsTheNewRequestThroughTheSameDecider() {
        let output = run(
            BounceRule(),
            [
                F.event("vto1", "jeugdspecialist", .request, "2021-01-19"),
                F.event("nee", "raad", .decision, "2021-02-18", value: .outcome(.refused), links: [Link(.answers, "vto1")]),
                F.event("vto2", "jeugdspecialist", .request, "2021-07-01"),
                F.event("ja", "raad", .decision, "2021-07-05", value: .outcome(.granted), links: [Link(.answers, "vto2")]),
            ])
        #expect(output.stalls.map(\.events) == [[1, 2]])
    }

    @Test func grantedDecisionIsNoBounce() {
        let output = run(
            BounceRule(),
            [
                F.event("r", "a", .request, "2021-01-01"),
                F.event("d", "b", .decision, "2021-02-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
                F.event("r2", "a", .request, "2021-03-01", links: [Link(.relates, "r")]),
            ])
        #expect(output.stalls.isEmpty)
    }

    @Test func quietPeriodAboveTheThresholdIsBlamedOnNobody() {
        let context = StallContext(
            journey: F.journey([
                F.event("a", "x", .event, "juni 2017"),
                F.event("b", "x", .event, "2017-08-01"),
                F.event("c", "y", .handover, "2020-07-15", value: .handoverTo("x")),
            ]),
            quietThresholdDays: 90)
        let output = QuietPeriodRule().apply(to: context)
        #expect(output.stalls.count == 1)
        #expect(output.stalls[0].actor == nil)
        #expect(output.stalls[0].kind == .quiet)
        #expect(output.stalls[0].duration == DurationRange(days: F.day("2020-07-15") - F.day("2017-08-01")))
        #expect(output.stalls[0].events == [1, 2])
    }

    @Test func quietPeriodAtOrBelowTheThresholdIsNotReported() {
        let events = [F.event("a", "x", .event, "2021-01-01"), F.event("b", "x", .event, "2021-04-01")]
        #expect(QuietPeriodRule().apply(to: StallContext(journey: F.journey(events), quietThresholdDays: 90)).stalls.isEmpty)
        #expect(QuietPeriodRule().apply(to: StallContext(journey: F.journey(events), quietThresholdDays: 80)).stalls.count == 1)
    }

    @Test func timeExplainedByAStallIsNotQuiet() {
        let events = [
            F.event("r", "a", .request, "2021-01-01"),
            F.event("d", "b", .decision, "2021-12-01", value: .outcome(.granted), links: [Link(.answers, "r")]),
        ]
        let context = StallContext(journey: F.journey(events))
        #expect(QuietPeriodRule().apply(to: context).stalls.count == 1)
        let explained = RequestDecisionRule().apply(to: context).stalls
        #expect(QuietPeriodRule().apply(to: context, explainedBy: explained).stalls.isEmpty)
    }

    @Test func closedCaseIsNotQuiet() {
        let events = [
            F.event("a", "x", .event, "2021-01-01"),
            F.event("p", "x", .phase, "2021-01-05", value: .phase(.closed)),
            F.event("b", "x", .event, "2022-01-01"),
        ]
        #expect(QuietPeriodRule().apply(to: StallContext(journey: F.journey(events))).stalls.isEmpty)
    }

    @Test func epochPlaceholdersAreLeftOut() {
        let events = [
            F.event("nul", "x", .event, "1970-01-01"),
            F.event("a", "x", .event, "2021-01-01"),
            F.event("b", "x", .event, "2021-02-01"),
        ]
        let context = StallContext(journey: F.journey(events))
        #expect(context.usable == [1, 2])
        #expect(QuietPeriodRule().apply(to: context).stalls.isEmpty)
    }
}
