import Testing

@testable import PlanreisServer
@testable import PlanreisStore

@Suite("Rendered answers kept per revision")
struct RenderedCacheTests {
    static func state(_ status: ApprovalStatus) -> ApprovalState {
        ApprovalState(status: status, decisions: [], required: 2, overLimit: false, author: "pim", costCents: 39_930)
    }

    @Test func aKeptAnswerIsRenderedAgainWhenTheApprovalsItShowsChanged() {
        let cache = RenderedCache(capacity: 1 << 20)
        var made = 0
        func render(_ approvals: [String: ApprovalState]) -> String {
            cache.text("json|c1|3|", approvals: approvals) {
                made += 1
                return "versie \(made)"
            }
        }
        let proposed = ["x1": Self.state(.proposed)]
        #expect(render(proposed) == "versie 1")
        #expect(render(proposed) == "versie 1")
        #expect(made == 1)
        // Approving makes no new revision: the same key, other states, a new rendering.
        #expect(render(["x1": Self.state(.approved)]) == "versie 2")
        #expect(made == 2)
    }

    @Test func theCacheNeverHoldsMoreThanItsCapacity() {
        let cache = RenderedCache(capacity: 800)
        let big = String(repeating: "a", count: 90)
        for index in 0..<20 { _ = cache.text("k\(index)") { big } }
        // An answer over an eighth of the capacity is never kept.
        var made = 0
        for _ in 0..<2 {
            _ = cache.text("groot") {
                made += 1
                return String(repeating: "b", count: 200)
            }
        }
        #expect(made == 2)
        // The newest small answer is kept.
        var again = 0
        _ = cache.text("k19") {
            again += 1
            return big
        }
        #expect(again == 0)
    }
}
