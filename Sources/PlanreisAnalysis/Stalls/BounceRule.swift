import PlanreisModel

/// A refusal followed by a new request (a bounce): from the refusal to the new request, held by
/// the refusing actor, whose "no" sent the household back to the start.
///
/// A request counts as the new request when it is dated at or after the refusal and either
/// refers (any link) to the refusal or to the refused request, or is answered by a decision of
/// the same actor. Of those, the earliest.
public struct BounceRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        for index in context.usable {
            let refusal = context.event(index)
            guard refusal.kind == .decision, refusal.outcome == .refused else { continue }
            let refused = Set(context.targets(of: index, .answers))
            let referenced = Set([index]).union(refused)
            let candidates = context.usable.filter { i in
                let request = context.event(i)
                guard request.kind == .request, !refused.contains(i), request.date >= refusal.date else { return false }
                let refers = request.links.contains { link in context.target(link).map(referenced.contains) ?? false }
                let sameDecider = context.sources(linkingTo: i, [.answers]).contains { context.event($0).actor == refusal.actor }
                return refers || sameDecider
            }
            guard let next = context.sortedByDate(candidates).first else { continue }
            output.stalls.append(
                Stall(
                    kind: .bounce, actor: refusal.actor, title: context.arrow(index, next), start: refusal.date,
                    end: context.event(next).date, events: [index, next]))
        }
        return output
    }
}
