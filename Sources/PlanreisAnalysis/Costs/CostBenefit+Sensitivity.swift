import PlanreisModel

/// Which number of an exception rests on an estimate.
public enum EstimatedNumber: Hashable, Sendable {
    case likelihood, horizon
    /// A cost line of the exception (index into `CostBenefit.costLines`).
    case cost(Int)
    /// A line of the avoided scenario (index into `AvoidedCost.lines`).
    case avoided(Int)

    /// The JSON name: `likelihood`, `horizon`, `cost`, `avoided`.
    public var jsonName: String {
        switch self {
        case .likelihood: "likelihood"
        case .horizon: "horizon"
        case .cost: "cost"
        case .avoided: "avoided"
        }
    }
}

/// One estimate an exception's result rests on.
public struct EstimateUse: Hashable, Sendable {
    public var number: EstimatedNumber
    public var estimate: Estimate

    public init(number: EstimatedNumber, estimate: Estimate) {
        self.number = number
        self.estimate = estimate
    }
}

extension CostBenefit {
    /// The likelihood, in percent as an exact fraction, above which the exception pays for
    /// itself: cost ÷ avoided cost (× 100). Nil when the avoided scenario has no priced cost.
    /// Above 100 % it cannot pay for itself on the priced lines, however likely the scenario.
    /// Nil too when a cost line has no price: a break-even on part of the cost would flatter it
    /// (see `affordableCost` then).
    public var breakEvenPercent: Ratio? {
        guard let avoided, avoided.cost.cents > 0, costLines.allSatisfy({ $0.amount != nil }) else { return nil }
        return Ratio(cost.cents * 100, avoided.cost.cents)
    }

    /// When some cost lines have no price: how much those lines may cost together before the
    /// exception stops paying for itself at the low end of the likelihood (expected saving at the
    /// low likelihood − the priced cost). Nil when every cost line is priced or nothing is expected.
    public var affordableCost: Money? {
        guard costLines.contains(where: { $0.amount == nil }), let low = netAtLow else { return nil }
        return low
    }

    /// Net benefit if the scenario's likelihood were `percent`: per payer, avoided × percent
    /// rounded to the cent, summed, minus the cost (the same arithmetic as `net`).
    public func net(atPercent percent: Int) -> Money? {
        guard avoided != nil else { return nil }
        let saves = payers.reduce(Money.zero) { $0 + $1.avoided.percent(percent) }
        return saves - cost
    }

    /// Net benefit at the low end of the likelihood; nil without a likelihood.
    public var netAtLow: Money? { avoided?.likelihoodRange.flatMap { net(atPercent: $0.low) } }

    /// Net benefit at the high end of the likelihood; nil without a likelihood.
    public var netAtHigh: Money? { avoided?.likelihoodRange.flatMap { net(atPercent: $0.high) } }

    /// Whether the exception pays off even at the low end of its likelihood (on priced lines).
    public var paysOffAtLow: Bool? { netAtLow.map { $0.cents >= 0 } }

    /// Whether the result rests on a number somebody estimated.
    public var restsOnEstimate: Bool { !estimates.isEmpty }
}
