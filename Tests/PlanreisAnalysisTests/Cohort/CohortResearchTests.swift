import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

private typealias F = Fixture

/// What researchers rely on: ranges from imprecise dates, spread, one row per case, tags that
/// are categories, how each case ended, each case counted once.
@Suite("Cohort for researchers")
struct CohortResearchTests {
    /// A case that starts in a month and breaks through on a known day.
    static let imprecise: Journey = {
        var journey = F.journey(
            [
                F.event("p", "team", .phase, "2017-05", value: .phase(.intensive)),
                F.event("u", "gemeente", .exception, "2020-09-01"),
                F.event("a", "team", .phase, "2020-12-01", value: .phase(.closed)),
            ], id: "imprecies")
        journey.tags = [Tag("geweld", "partnergeweld"), Tag("tijd", "2017-05-03T10:00")]
        return journey
    }()

    @Test func firstBreakthroughIsARangeFromTheDates() throws {
        let cohort = Cohort([Self.imprecise], selection: CohortSelection(asOf: F.day("2021-12-31")))
        let first = try #require(cohort.daysToFirstException.first)
        // From somewhere in May 2017 to 1 September 2020: 1,219 to 1,249 days.
        let breakthrough = F.day("2020-09-01")
        #expect(first == DurationRange(minDays: breakthrough - F.day("2017-05-31"), maxDays: breakthrough - F.day("2017-05-01")))
        #expect(!first.isExact)
        #expect(cohort.firstBreakthrough.mean == first)
    }

    @Test func spreadMatchesRsDefaultQuantiles() {
        // R: quantile(c(5, 7, 10, 30), c(.25, .75)) gives 6.5 and 15; sd gives sqrt(398 / 3) = 11.51810.
        let spread = SpreadStatistics(sorted: [5, 7, 10, 30])
        #expect(spread.firstQuartile == 6.5 && spread.thirdQuartile == 15)
        #expect(spread.interquartileRange == 8.5)
        #expect(abs(spread.standardDeviation! - 11.518_10) < 0.000_01)
        #expect(SpreadStatistics(sorted: [4]).standardDeviation == nil)
        #expect(DecimalText.fixed(11.524_43, places: 2) == "11.52" && DecimalText.fixed(-0.005, places: 2) == "-0.01")
        #expect(DecimalText.fixed(2.5, places: 0) == "3" && DecimalText.fixed(0.4, places: 1, dutch: true) == "0,4")
    }

    @Test func caseRowsCarryRangesEndingAndTags() throws {
        let options = CohortOptions(keepCaseRows: true, maxTagValues: 20)
        let cohort = Cohort([Self.imprecise], selection: CohortSelection(asOf: F.day("2021-12-31")), options: options)
        let row = try #require(cohort.caseRows.first)
        #expect(row.id == "imprecies" && row.ending == .closed && row.end == F.date("2020-12-01"))
        #expect(row.start.precision == .month)
        #expect(row.phaseLengths[.intensive] == DurationRange(from: F.date("2017-05"), to: F.date("2020-12-01")))
        #expect(row.length == row.phaseLengths[.intensive])
        #expect(row.exceptions == 1 && row.events == 3)
        #expect(row.tags["geweld"] == ["partnergeweld"])
        let phase = try #require(cohort.phases[.intensive])
        // Month-precise start: not in the day-exact statistics, but in the ranges.
        #expect(phase.lengths.isEmpty && phase.imprecise == 1 && phase.ranges.count == 1)
    }

    @Test func tagKeysWithManyValuesAreLeftOutUnlessAsked() {
        let journeys = (0..<30).map { index -> Journey in
            var j = F.journey([F.event("p", "team", .phase, "2014-01-\(10 + index % 18)", value: .phase(.intensive))], id: "c\(index)")
            j.tags = [Tag("kanaal", index % 2 == 0 ? "post" : "internet"), Tag("tijdstip", "2014-01-01T10:\(index)")]
            return j
        }
        let selection = CohortSelection(asOf: F.day("2014-12-31"))
        let cohort = Cohort(journeys, selection: selection, options: CohortOptions(keepCaseRows: true))
        #expect(cohort.tags["kanaal"] == ["post": 15, "internet": 15])
        #expect(cohort.tags["tijdstip"] == nil && cohort.omittedTagKeys == ["tijdstip": 30])
        #expect(cohort.caseRows.allSatisfy { $0.tags["tijdstip"] == nil })
        let chosen = Cohort(journeys, selection: selection, options: CohortOptions(tagKeys: ["TIJDSTIP"]))
        #expect(chosen.tags["tijdstip"]?.count == 30 && chosen.tags["kanaal"] == nil && chosen.omittedTagKeys.isEmpty)
    }

    @Test func logsWithoutPhasesCountEventsActivitiesAndLength() {
        let journey = F.journey(
            [
                F.event("a", "r1", .intervention, "2012-01-02", title: "Ontvangst"),
                F.event("b", "r2", .intervention, "2012-01-12", title: "Controle"),
                F.event("c", "r2", .intervention, "2012-01-20", title: "Controle"),
            ], id: "spoor")
        let cohort = Cohort([journey], selection: CohortSelection(asOf: F.day("2012-12-31")), options: CohortOptions(keepCaseRows: true))
        #expect(cohort.statusUnknown == 1 && cohort.eventsPerCase == [3])
        #expect(cohort.caseLengths == [DurationRange(days: 18)])
        #expect(cohort.caseRows.first?.ending == .unknown)
        #expect(cohort.topActivities(1).first?.title == "Controle")
        #expect(cohort.topActivities(2).last?.count == ActivityCount(events: 1, cases: 1))
    }

    @Test func theSameCaseFromTwoFilesCountsOnce() {
        var dedup = CaseDeduplicator()
        let a = Self.imprecise
        var renamed = a
        renamed.id = "andere-naam"
        var changed = a
        changed.title = "anders"
        let admitted = [
            dedup.admit(a, file: "a.planreis.xml"), dedup.admit(a, file: "a.csv"), dedup.admit(renamed, file: "b.json"),
            dedup.admit(changed, file: "c.json"),
        ]
        #expect(admitted == [true, false, false, false])
        #expect(dedup.cases == 1 && dedup.duplicates == 3)
        let warnings = dedup.warnings
        #expect(warnings.count == 1)
        let text = warnings.first?.message.nl ?? ""
        #expect(text.contains("4 keer") && text.contains("\"a.csv\"") && text.contains("andere-naam") && text.contains("verschilt"))
    }
}
