import PlanreisModel

/// An obstacle and what became of it: resolved by an exception, ended on its own, or still open
/// at the end of the journey.
public struct ObstacleStatus: Hashable, Sendable {
    /// Index of the obstacle in `Journey.events`.
    public var obstacle: Int
    /// The exceptions that resolve it, earliest first.
    public var resolvedBy: [Int]
    /// The stall from the obstacle to its breakthrough (or to the end of the journey).
    public var stall: Stall

    public var isOpen: Bool { stall.isOpen }
}

/// From an obstacle to the first exception that resolves it. Charged to the obstacle's named
/// `owner`, else to the actor who lifted it (the resolving exception's actor), else to the
/// obstacle's own lane unless that is the household, else to nobody. Without an exception the
/// obstacle runs to its own end date, or is open (no later act recorded).
public struct ObstacleRule: StallRule {
    public init() {}

    public func apply(to context: StallContext) -> StallRuleOutput {
        StallRuleOutput(stalls: Self.statuses(in: context).map(\.stall))
    }

    /// Every usable obstacle with its breakthrough, in date order.
    public static func statuses(in context: StallContext) -> [ObstacleStatus] {
        var result: [ObstacleStatus] = []
        for index in context.sortedByDate(context.usable) where context.event(index).kind == .obstacle {
            let obstacle = context.event(index)
            let resolvers = context.sortedByDate(
                context.sources(linkingTo: index, [.resolves]).filter { context.event($0).kind == .exception })
            let stall: Stall
            if let first = resolvers.first {
                stall = Stall(
                    kind: .obstacle, actor: context.charge(owner: obstacle.owner, context.event(first).actor, obstacle.actor),
                    title: context.arrow(index, first), start: obstacle.date,
                    end: context.event(first).date, events: [index] + resolvers)
            } else if obstacle.end != nil {
                stall = Stall(
                    kind: .obstacle, actor: context.charge(owner: obstacle.owner, obstacle.actor), title: Localized(obstacle.title),
                    start: obstacle.date, end: StallContext.endDate(of: obstacle), events: [index])
            } else {
                stall = Stall(
                    kind: .obstacle, actor: context.charge(owner: obstacle.owner, obstacle.actor), title: Localized(obstacle.title),
                    start: obstacle.date, end: context.lastDate ?? obstacle.date, isOpen: true, events: [index])
            }
            result.append(ObstacleStatus(obstacle: index, resolvedBy: resolvers, stall: stall))
        }
        return result
    }
}
