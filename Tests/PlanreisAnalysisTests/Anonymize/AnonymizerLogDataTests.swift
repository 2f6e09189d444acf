import PlanreisModel
import PlanreisTestSupport
import Testing

@testable import PlanreisAnalysis

/// A journey read faithfully from another tool's log carries that log's header and typed
/// attributes in tags (names, real timestamps); an anonymised export leaves them out.
@Suite("Anonymizer: raw log data")
struct AnonymizerLogDataTests {
    @Test func fidelityTagsAndTimestampTagsAreLeftOut() {
        var event = Fixture.event("e1", "gemeente", .intervention, "2014-03-01")
        event.tags = [
            Tag("planreis:xes:attribute", "{\"key\":\"REG_DATE\",\"type\":\"date\",\"value\":\"2011-10-01T00:38:44.546+02:00\"}"),
            Tag("REG_DATE", "2011-10-01T00:38:44.546+02:00"), Tag("AMOUNT_REQ", "20000"), Tag("doelgroep", "jeugd"),
        ]
        var journey = Fixture.journey([event])
        journey.tags = [Tag("planreis:xes", "{\"header\":{\"creator\":\"Jan Jansen\"}}")]
        let out = Anonymizer(key: AnonymizationKey(secret: "log")).anonymize([journey]).journeys[0]
        #expect(out.tags.isEmpty)
        let keys = out.events[0].tags.map(\.key)
        #expect(!keys.contains { $0?.hasPrefix("planreis:xes") == true })
        #expect(!out.events[0].tags.contains { $0.value.hasPrefix("2011-10-01") })
        #expect(out.events[0].tags.count == 2)
    }
}
