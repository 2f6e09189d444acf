import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisTestSupport
import Testing

private typealias F = Fixture

/// The household's page: plain words, what happened and how long, no blame, escaped.
@Suite("Household page")
struct HouseholdPageTests {
    static let journey: Journey = {
        var journey = F.journey([
            F.event("o1", "inwoner", .obstacle, "2021-01-04", title: "Geen woning <script>"),
            F.event("a1", "inwoner", .request, "2021-01-10", title: "Aanvraag urgentie"),
            F.event(
                "b1", "woningcorporatie", .decision, "2021-05-10", title: "Urgentie toegekend", value: .outcome(.granted),
                links: [Link(.answers, "a1")]),
            F.event("u1", "gemeente", .exception, "2021-05-20", title: "Tijdelijke woning", links: [Link(.resolves, "o1")]),
        ])
        journey.title = "Gezin A"
        return journey
    }()

    @Test func saysWhatHappenedAndHowLongWithoutNamingWhoWasSlow() {
        let html = HouseholdPage(language: .nl).write(Analyzer().analyze(Self.journey))
        #expect(html.contains("<h2>Waar moest u wachten?</h2>"))
        #expect(html.contains("U wachtte op een antwoord op een aanvraag: \u{201C}"))
        #expect(html.contains("Er werd een uitzondering gemaakt: \u{201C}"))
        #expect(html.contains("Dat loste op: \u{201C}"))
        #expect(html.contains("Geen woning &lt;script&gt;"))
        #expect(!html.contains("<script>"))
        // No blame: the actors that held the ball are not named.
        #expect(!html.contains("Woningcorporatie") && !html.contains("Gemeente"))
        #expect(html.contains("size: A4 portrait"))
        #expect(HouseholdPage(language: .en).write(Analyzer().analyze(Self.journey)).contains("Where did you have to wait?"))
    }
}
