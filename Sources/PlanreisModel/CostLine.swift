/// One line of cost: a fixed amount, or a price-list item times a quantity and a number of
/// periods; and who pays it.
public struct CostLine: Hashable, Sendable {
    /// A fixed amount; nil when priced from the price list.
    public var amount: Money?
    /// A price-list item ("beschermingsbewind-zonder-schulden").
    public var item: String?
    /// How many units of the item per period (hours, days, persons); 1 when not given.
    public var quantity: Quantity?
    /// How many periods (months, years) the item runs; 1 when not given.
    public var periods: Quantity?
    /// Who pays ("gemeente", "woningcorporatie", "huishouden").
    public var payer: String?
    /// What the line is for.
    public var note: String?
    /// Set when the line's numbers (amount, quantity, periods) are an estimate, not the source's.
    public var estimate: Estimate?

    public init(
        amount: Money? = nil, item: String? = nil, quantity: Quantity? = nil, periods: Quantity? = nil,
        payer: String? = nil, note: String? = nil, estimate: Estimate? = nil
    ) {
        self.amount = amount
        self.item = item
        self.quantity = quantity
        self.periods = periods
        self.payer = payer
        self.note = note
        self.estimate = estimate
    }
}

/// The regular route an exception avoids, priced like a cost, with how likely it was and over
/// which horizon.
public struct AvoidedScenario: Hashable, Sendable {
    public var title: String
    public var description: String?
    /// Likelihood in percent (0–100) that the scenario would have happened without the
    /// exception; a range ("30–60") when the estimate is uncertain.
    public var likelihoodRange: Likelihood?
    /// Horizon in months over which the scenario is priced.
    public var horizonMonths: Int?
    public var costs: [CostLine]
    /// Set when the likelihood is an estimate, not the source's.
    public var likelihoodEstimate: Estimate?
    /// Set when the horizon is an estimate, not the source's.
    public var horizonEstimate: Estimate?

    public init(
        title: String, description: String? = nil, likelihood: Int? = nil, horizonMonths: Int? = nil,
        costs: [CostLine] = [], likelihoodRange: Likelihood? = nil, likelihoodEstimate: Estimate? = nil,
        horizonEstimate: Estimate? = nil
    ) {
        self.title = title
        self.description = description
        self.likelihoodRange = likelihoodRange ?? likelihood.map { Likelihood($0) }
        self.horizonMonths = horizonMonths
        self.costs = costs
        self.likelihoodEstimate = likelihoodEstimate
        self.horizonEstimate = horizonEstimate
    }

    /// The single likelihood (the middle of a range) in percent.
    public var likelihood: Int? {
        get { likelihoodRange?.middle }
        set { likelihoodRange = newValue.map { Likelihood($0) } }
    }
}

/// Why an exception is justified (gelegitimeerd maatwerk).
public struct Legitimation: Hashable, Sendable {
    /// The rule or legal basis it departs from, or the legal ground it rests on.
    public var basis: String?
    /// The argument for the exception.
    public var argument: String?
    /// The household's own perspective ("waar wil ik over zes maanden staan").
    public var perspective: String?

    public init(basis: String? = nil, argument: String? = nil, perspective: String? = nil) {
        self.basis = basis
        self.argument = argument
        self.perspective = perspective
    }

    public var isComplete: Bool { basis != nil && argument != nil && perspective != nil }
}
