import PlanreisModel

/// From a request to the decision that answers it, held by the decider. A request that no
/// decision answers is noted, not counted: without a decision there is nobody to attribute it to.
public struct RequestDecisionRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        var answered = Set<Int>()
        for index in context.usable where context.event(index).kind == .decision {
            let decision = context.event(index)
            for request in context.targets(of: index, .answers) where context.event(request).kind == .request {
                answered.insert(request)
                output.stalls.append(
                    Stall(
                        kind: .requestDecision, actor: decision.actor, title: context.arrow(request, index),
                        start: context.event(request).date, end: decision.date, events: [request, index]))
            }
        }
        for index in context.usable where context.event(index).kind == .request && !answered.contains(index) {
            output.warnings.append(
                .warning(
                    at: nil,
                    Localized(
                        nl: "aanvraag \(context.name(index)) heeft geen besluit; niet meegeteld als stilstand",
                        en: "request \(context.name(index)) has no decision; not counted as a stall"),
                    hint: Localized(
                        nl: "voeg het besluit toe met <answers ref=\"…\"/> als het er is",
                        en: "add the decision with <answers ref=\"…\"/> if there is one")))
        }
        return output
    }
}
