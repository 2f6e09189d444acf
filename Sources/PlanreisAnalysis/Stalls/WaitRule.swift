import PlanreisModel

/// Explicit waits (kind `wachten`): from the wait's start to its end, held by the wait's named
/// `owner`, else its own lane unless that is the household, else nobody. A wait linked to a decision is left to `DecisionDeliveryRule`, which counts it from
/// the decision. A wait without an end spans its own date ("zomer 2021": 0 to 3 months).
public struct WaitRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        for index in context.usable where context.event(index).kind == .wait {
            if DecisionDeliveryRule.waitsOnDecision(index, in: context) { continue }
            let event = context.event(index)
            if event.end == nil {
                output.warnings.append(
                    .warning(
                        at: nil,
                        Localized(
                            nl:
                                "wachttijd \(context.name(index)) heeft geen einddatum; de duur telt alleen binnen \(event.date.formatted(.nl))",
                            en: "wait \(context.name(index)) has no end date; it only counts within \(event.date.formatted(.en))"),
                        hint: Localized(nl: "geef een einddatum (end=\"…\")", en: "give an end date (end=\"…\")")))
            }
            output.stalls.append(
                Stall(
                    kind: .wait, actor: context.charge(owner: event.owner, event.actor), title: Localized(event.title),
                    start: event.date, end: StallContext.endDate(of: event), events: [index],
                    statedDuration: event.statedDuration))
        }
        return output
    }
}
