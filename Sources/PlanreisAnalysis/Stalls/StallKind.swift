import PlanreisModel

/// Why time counts as stalled; one rule per kind (docs/PRODUCT.md §5).
public enum StallKind: String, CaseIterable, Sendable, Codable {
    /// An explicit wait (kind `wachten`), from its start to its end.
    case wait
    /// From a request to the decision that answers it; held by the decider.
    case requestDecision
    /// From a decision to the event that delivers it; held by the delivering actor.
    case decisionDelivery
    /// From an obstacle to the exception that resolves it, or to the end of the journey.
    case obstacle
    /// From a handover to the receiving actor's next act; held by the receiver.
    case handover
    /// From a refusal to the new request that follows it; held by the refusing actor.
    case bounce
    /// A request first refused, later granted after all: from the refusal to the reversal;
    /// held by the deciding actor.
    case refusalReversed
    /// Doormodderen: help runs without direction or with its goals recorded as not met; held by
    /// the actor responsible for direction at the time.
    case muddling
    /// No event at all for longer than the threshold while the case is open; held by nobody.
    case quiet

    /// Short label for tables.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.wait, .nl): "wachten"
        case (.requestDecision, .nl): "aanvraag → besluit"
        case (.decisionDelivery, .nl): "besluit → uitvoering"
        case (.obstacle, .nl): "obstakel"
        case (.handover, .nl): "overdracht"
        case (.bounce, .nl): "afwijzing → nieuwe aanvraag"
        case (.refusalReversed, .nl): "afgewezen, later alsnog toegekend"
        case (.muddling, .nl): "doormodderen"
        case (.quiet, .nl): "geen informatie"
        case (.wait, .en): "wait"
        case (.requestDecision, .en): "request → decision"
        case (.decisionDelivery, .en): "decision → delivery"
        case (.obstacle, .en): "obstacle"
        case (.handover, .en): "handover"
        case (.bounce, .en): "refusal → new request"
        case (.refusalReversed, .en): "refused, later granted after all"
        case (.muddling, .en): "muddling on"
        case (.quiet, .en): "no information"
        }
    }

    /// The name used in JSON (`request-decision`).
    public var jsonName: String {
        switch self {
        case .requestDecision: "request-decision"
        case .decisionDelivery: "decision-delivery"
        case .refusalReversed: "refusal-reversed"
        default: rawValue
        }
    }
}
