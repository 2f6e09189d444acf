import PlanreisModel

/// From a decision to the event that delivers it (a supervision order, then months until a
/// child-protection worker is available), held by the delivering actor (or the event's named
/// `owner`; never a household lane the data does not name). A wait linked to a
/// decision (delivers or relates) counts from the decision to the wait's end.
public struct DecisionDeliveryRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        for index in context.usable {
            let event = context.event(index)
            for decision in Self.decisions(deliveredBy: index, in: context) {
                let end = event.kind == .wait ? StallContext.endDate(of: event) : event.date
                output.stalls.append(
                    Stall(
                        kind: .decisionDelivery, actor: context.charge(owner: event.owner, event.actor),
                        title: context.arrow(decision, index), start: context.event(decision).date, end: end,
                        events: [decision, index], statedDuration: event.kind == .wait ? event.statedDuration : nil))
            }
        }
        return output
    }

    /// The decisions the event at `index` delivers; for a wait also those it relates to.
    static func decisions(deliveredBy index: Int, in context: StallContext) -> [Int] {
        let event = context.event(index)
        var kinds: [LinkKind] = [.delivers]
        if event.kind == .wait { kinds.append(.relates) }
        var found: [Int] = []
        for kind in kinds {
            for target in context.targets(of: index, kind)
            where target != index && context.event(target).kind == .decision && !found.contains(target) {
                found.append(target)
            }
        }
        return found
    }

    /// Whether a wait is counted from a decision by this rule (and so not by `WaitRule`).
    static func waitsOnDecision(_ index: Int, in context: StallContext) -> Bool {
        !decisions(deliveredBy: index, in: context).isEmpty
    }
}
