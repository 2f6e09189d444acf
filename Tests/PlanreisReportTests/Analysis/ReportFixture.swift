import PlanreisModel
import PlanreisTestSupport

@testable import PlanreisAnalysis

/// A small journey with every kind of stall, an exception with costs, an avoided scenario and a
/// partial legitimation, and characters that need escaping.
enum ReportFixture {
    typealias F = Fixture

    static let prices = PriceList(items: [
        PriceListItem(
            item: "uithuisplaatsing", unit: .year, price: Money(euros: 80_000), year: 2019, yearIsApproximate: true,
            source: "wmotraining.nl", payer: "gemeente"),
        PriceListItem(item: "opvang", unit: .month, price: Money(euros: 3_000), year: 2020, source: "AD", payer: "gemeente"),
        PriceListItem(item: "huur", unit: .month, price: Money(euros: 1_000), year: 2020, source: "AD", payer: "gemeente"),
        PriceListItem(item: "urgentieverklaring", unit: .once, price: nil, payer: "gemeente"),
    ])

    static let journey: Journey = {
        var journey = F.journey([
            F.event("start", "inwoner", .event, "2019-05", title: "Melding <VT> & zorg"),
            F.event("r", "jeugdspecialist", .request, "2020-09-01", title: "Urgentie | aanvraag"),
            F.event("o", "woningcorporatie", .obstacle, "2020-09-15", title: "Geen *woning*"),
            F.event(
                "opv", "gemeente", .intervention, "2020-10", end: "2021-03", title: "Opvang",
                costs: [CostLine(item: "opvang", periods: Quantity(6))]),
            F.event(
                "x", "gemeente", .exception, "2021-03-01", title: "Tijdelijke woning",
                links: [Link(.resolves, "o")],
                costs: [
                    CostLine(item: "huur", periods: Quantity(6), note: "huur tijdelijke woning"), CostLine(item: "urgentieverklaring"),
                ],
                avoids: AvoidedScenario(
                    title: "Uithuisplaatsing", likelihood: 25, horizonMonths: 12,
                    costs: [
                        CostLine(item: "uithuisplaatsing", quantity: Quantity(2)), CostLine(amount: Money(cents: 1_234_567), payer: "Rijk"),
                    ]),
                legitimation: Legitimation(basis: "Huiselijk geweld is een criterium voor urgentie", argument: "Veiligheid weegt zwaar")),
            F.event(
                "d", "woningcorporatie", .decision, "juli 2021", title: "Urgentie toegekend", value: .outcome(.granted),
                links: [Link(.answers, "r")]),
            F.event("key", "woningcorporatie", .intervention, "maart 2022", title: "Sleutel", links: [Link(.delivers, "d")]),
            F.event("h", "jeugdspecialist", .handover, "2022-04-01", title: "Overdracht", value: .handoverTo("casusregisseur")),
            F.event("c", "casusregisseur", .meeting, "2022-04-20", title: "Kennismaking"),
        ])
        journey.title = "Test & <casus>"
        return journey
    }()

    static let analysis = Analyzer(priceList: prices).analyze(journey)
}
