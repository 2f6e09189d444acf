import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

@Suite("Duration ranges")
struct DurationRangeTests {
    @Test func impreciseMonthsGiveARange() {
        let range = DurationRange(from: Fixture.date("juli 2021"), to: Fixture.date("maart 2022"))
        // 1 March 2022 − 31 July 2021 and 31 March 2022 − 1 July 2021.
        #expect(range.minDays == 213)
        #expect(range.maxDays == 273)
        #expect(range.formatted(.nl) == "7–9 maanden")
        #expect(range.formatted(.en) == "7–9 months")
    }

    @Test func exactDays() {
        let range = DurationRange(from: Fixture.date("2021-03-01"), to: Fixture.date("2021-03-13"))
        #expect(range == DurationRange(days: 12))
        #expect(range.formatted(.nl) == "12 dagen")
        #expect(range.formatted(.en) == "12 days")
        #expect(DurationRange(days: 1).formatted(.nl) == "1 dag")
        #expect(DurationRange(days: 1).formatted(.en) == "1 day")
        #expect(DurationRange(days: 0).formatted(.nl) == "0 dagen")
    }

    @Test(
        "Formatting",
        arguments: [
            (21, 21, "3 weken", "3 weeks"),
            (20, 20, "ca. 3 weken", "about 3 weeks"),
            (0, 30, "hooguit 4 weken", "up to 4 weeks"),
            (10, 12, "10–12 dagen", "10–12 days"),
            (183, 183, "ca. 6 maanden", "about 6 months"),
            (30, 31, "ca. 4 weken", "about 4 weeks"),
            (548, 548, "ca. 18 maanden", "about 18 months"),
            (1000, 1000, "ca. 2,5 jaar", "about 2.5 years"),
            (600, 1100, "1,5–3 jaar", "1.5–3 years"),
            (365, 800, "1–2 jaar", "1–2 years"),
            (730, 730, "ca. 2 jaar", "about 2 years"),
        ])
    func formatting(min: Int, max: Int, nl: String, en: String) {
        let range = DurationRange(minDays: min, maxDays: max)
        #expect(range.formatted(.nl) == nl)
        #expect(range.formatted(.en) == en)
    }

    @Test func overlappingDatesGiveZeroMinimum() {
        let range = DurationRange(from: Fixture.date("2021"), to: Fixture.date("2021-06-15"))
        #expect(range.minDays == 0)
        #expect(range.maxDays == Fixture.day("2021-06-15") - Fixture.day("2021-01-01"))
    }

    @Test func roundingIsHalfUp() {
        #expect(Rounding.halfUp(5, 2) == 3)
        #expect(Rounding.halfUp(-5, 2) == -3)
        #expect(Rounding.halfUp(7, 3) == 2)
        #expect(Rounding.halfUp(Int64(1), 0) == 0)
        #expect(Rounding.percent(1, of: 8) == 13)
        #expect(Rounding.percent(1, of: 3) == 33)
        #expect(Rounding.percent(2, of: 3) == 67)
        #expect(Rounding.percent(1, of: 0) == nil)
    }
}

@Suite("Day interval union")
struct DayIntervalUnionTests {
    @Test func overlapsCountOnce() {
        let a = DayInterval(start: 0, end: 10), b = DayInterval(start: 5, end: 15), c = DayInterval(start: 20, end: 25)
        #expect(DayInterval.unionDays([a, b, c]) == 20)
        #expect(DayInterval.union([c, b, a]) == [DayInterval(start: 0, end: 15), DayInterval(start: 20, end: 25)])
    }

    @Test func touchingRunsJoinAndEmptyOnesVanish() {
        let runs = [DayInterval(start: 0, end: 5), DayInterval(start: 5, end: 8), DayInterval(start: 9, end: 3)]
        #expect(DayInterval.union(runs) == [DayInterval(start: 0, end: 8)])
        #expect(DayInterval.unionDays([]) == 0)
    }

    @Test func containedIntervalAddsNothing() {
        #expect(DayInterval.unionDays([DayInterval(start: 0, end: 100), DayInterval(start: 10, end: 20)]) == 100)
    }

    @Test func clamp() {
        let a = DayInterval(start: 0, end: 10)
        #expect(a.clamped(to: DayInterval(start: 5, end: 20)) == DayInterval(start: 5, end: 10))
        #expect(a.clamped(to: DayInterval(start: 10, end: 20)) == nil)
    }
}
