import PlanreisModel

/// From a handover to the receiving actor's next act (any event of theirs dated at or after
/// the handover), held by the receiver. When the receiver never acts again the stall is open
/// (no later act recorded): reported apart, never in a total.
public struct HandoverRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        for index in context.usable where context.event(index).kind == .handover {
            let handover = context.event(index)
            guard let receiver = handover.handoverTo else { continue }
            let next = context.sortedByDate(
                context.usable.filter { i in
                    i != index && context.event(i).actor == receiver && context.event(i).date >= handover.date
                }
            ).first
            if let next {
                output.stalls.append(
                    Stall(
                        kind: .handover, actor: receiver, title: context.arrow(index, next), start: handover.date,
                        end: context.event(next).date, events: [index, next]))
            } else {
                output.stalls.append(
                    Stall(
                        kind: .handover, actor: receiver, title: Localized(handover.title), start: handover.date,
                        end: context.lastDate ?? handover.date, isOpen: true, events: [index]))
                output.warnings.append(
                    .warning(
                        at: nil,
                        Localized(
                            nl:
                                "na overdracht \(context.name(index)) is geen handeling van \"\(receiver)\" vastgelegd; apart getoond als open, niet in het totaal",
                            en:
                                "after handover \(context.name(index)) no act of \"\(receiver)\" is recorded; shown apart as open, not in the total"
                        )))
            }
        }
        return output
    }
}
