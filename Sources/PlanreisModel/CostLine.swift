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

    public init(
        amount: Money? = nil, item: String? = nil, quantity: Quantity? = nil, periods: Quantity? = nil,
        payer: String? = nil, note: String? = nil
    ) {
        self.amount = amount
        self.item = item
        self.quantity = quantity
        self.periods = periods
        self.payer = payer
        self.note = note
    }
}

/// The regular route an exception avoids, priced like a cost, with how likely it was and over
/// which horizon.
public struct AvoidedScenario: Hashable, Sendable {
    public var title: String
    public var description: String?
    /// Likelihood in percent (0–100) that the scenario would have happened without the exception.
    public var likelihood: Int?
    /// Horizon in months over which the scenario is priced.
    public var horizonMonths: Int?
    public var costs: [CostLine]

    public init(
        title: String, description: String? = nil, likelihood: Int? = nil, horizonMonths: Int? = nil,
        costs: [CostLine] = []
    ) {
        self.title = title
        self.description = description
        self.likelihood = likelihood
        self.horizonMonths = horizonMonths
        self.costs = costs
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
