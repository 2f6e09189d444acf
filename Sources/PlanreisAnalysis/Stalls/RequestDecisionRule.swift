import PlanreisModel

/// From a request to the decision that answers it, held by the decider. A request is answered
/// by its **first** decision: a refusal later reversed by a grant on the same request is its own
/// stall (`refusalReversed`, from the refusal to the reversal), never months of waiting for an
/// answer. A request that no decision answers is reported open (no later act recorded), charged
/// to its named owner (who was asked) or to nobody.
public struct RequestDecisionRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        var answers: [Int: [Int]] = [:]
        for index in context.usable where context.event(index).kind == .decision {
            for request in context.targets(of: index, .answers) where context.event(request).kind == .request {
                answers[request, default: []].append(index)
            }
        }
        for request in context.sortedByDate(context.usable) where context.event(request).kind == .request {
            guard let decisions = answers[request].map(context.sortedByDate), let first = decisions.first else {
                output.stalls.append(
                    Stall(
                        kind: .requestDecision, actor: context.charge(owner: context.event(request).owner),
                        title: Localized(context.event(request).title),
                        start: context.event(request).date, end: context.lastDate ?? context.event(request).date, isOpen: true,
                        events: [request]))
                output.warnings.append(
                    .warning(
                        at: nil,
                        Localized(
                            nl:
                                "aanvraag \(context.name(request)) heeft geen besluit; apart getoond als open (geen later besluit vastgelegd)",
                            en: "request \(context.name(request)) has no decision; shown apart as open (no later decision recorded)"),
                        hint: Localized(
                            nl: "voeg het besluit toe met <answers ref=\"…\"/> als het er is",
                            en: "add the decision with <answers ref=\"…\"/> if there is one")))
                continue
            }
            let decision = context.event(first)
            output.stalls.append(
                Stall(
                    kind: .requestDecision, actor: decision.actor, title: context.arrow(request, first),
                    start: context.event(request).date, end: decision.date, events: [request, first]))
            guard decision.outcome == .refused,
                let reversal = decisions.dropFirst().first(where: { context.event($0).outcome == .granted })
            else { continue }
            output.stalls.append(
                Stall(
                    kind: .refusalReversed, actor: context.event(reversal).actor, title: context.arrow(first, reversal),
                    start: decision.date, end: context.event(reversal).date, events: [first, reversal]))
        }
        return output
    }
}
