import PlanreisAnalysis
import PlanreisModel

/// Generated journeys of 2014 for budget tests, made varied: a municipality each, categories, a
/// second payer, lines without payer, avoided scenarios with a likelihood in whole euros (so
/// expected cents are exact), some legitimations left incomplete.
public enum BudgetFixture {
    public static let year = 2014
    public static let municipalities = ["Tilburg", "Breda", "Roosendaal"]
    public static let categories: [String?] = ["wonen", "zorg", nil, "inkomen"]

    /// The 36 journeys.
    public static let journeys: [Journey] = {
        var counter = 0
        return (0..<36).map { index in
            var journey = SyntheticJourney(seed: 2014 + UInt64(index)).make(
                id: "j\(index)", events: 40, actors: 10, startDay: CivilDate.dayNumber(year: 2013, month: 9, day: 1) + index * 9, days: 600)
            journey.municipality = municipalities[index % municipalities.count]
            for e in journey.events.indices where journey.events[e].kind == .exception {
                counter += 1
                journey.events[e].category = categories[counter % categories.count]
                if counter % 3 == 0 {
                    journey.events[e].costs.append(CostLine(amount: Money(euros: 250), payer: "woningcorporatie"))
                }
                if counter % 7 == 0 { journey.events[e].costs.append(CostLine(amount: Money(euros: 90))) }
                if counter % 2 == 0 {
                    journey.events[e].avoids = AvoidedScenario(
                        title: "Uithuisplaatsing", likelihood: 10 + counter % 50,
                        costs: [CostLine(amount: Money(euros: Int64(1_000 + counter * 37)), payer: counter % 4 == 0 ? "gemeente" : "rijk")])
                }
                if counter % 5 == 0 { journey.events[e].legitimation?.perspective = nil }
            }
            return journey
        }
    }()

    /// The budget of `year` over `journeys`, with € 400.000 available and no price list.
    public static let budget = Budget(
        journeys, selection: BudgetSelection(year: year, available: Money(euros: 400_000)), priceList: .empty)
}
