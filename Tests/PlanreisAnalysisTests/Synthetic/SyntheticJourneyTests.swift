import PlanreisAnalysis
import PlanreisModel
import Testing

@Suite("Synthetic journeys")
struct SyntheticJourneyTests {
    @Test(arguments: 1...40)
    func generatedJourneysPassEveryCheck(seed: Int) {
        let journey = SyntheticJourney(seed: UInt64(seed)).make(id: "s\(seed)", events: 120, actors: 20)
        let errors = journey.check(SourceMap(file: "synthetic")).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { $0.formatted(.en) })")
        #expect(journey.events.count == 120)
        #expect(journey.actors.count == 20)
    }

    @Test func sameSeedSameJourneyOtherSeedOtherJourney() {
        let a = SyntheticJourney(seed: 9).make(id: "x", events: 200)
        let b = SyntheticJourney(seed: 9).make(id: "x", events: 200)
        let c = SyntheticJourney(seed: 10).make(id: "x", events: 200)
        #expect(a == b)
        #expect(a != c)
    }

    @Test func mixesKindsAndPrecisions() {
        let journey = SyntheticJourney(seed: 3).make(id: "x", events: 1_000)
        let kinds = Set(journey.events.map(\.kind))
        for kind in [EventKind.obstacle, .exception, .request, .decision, .wait, .handover, .meeting, .phase, .safety] {
            #expect(kinds.contains(kind), "no \(kind)")
        }
        let precisions = Set(journey.events.map(\.date.precision))
        #expect(precisions.isSuperset(of: [.day, .month, .season]))
        #expect(journey.events.contains { $0.date.isApproximate })
        // Every exception resolves an obstacle, every decision answers a request.
        #expect(journey.events.filter { $0.kind == .exception }.allSatisfy { !$0.targets(.resolves).isEmpty })
        #expect(journey.events.filter { $0.kind == .decision }.allSatisfy { !$0.targets(.answers).isEmpty })
    }
}
