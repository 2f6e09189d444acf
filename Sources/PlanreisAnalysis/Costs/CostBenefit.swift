import PlanreisModel

/// The priced scenario an exception avoids.
public struct AvoidedCost: Hashable, Sendable {
    public var title: String
    public var description: String?
    /// Percent (0–100), the middle of a range; nil when the file does not say (then nothing is expected).
    public var likelihood: Int?
    public var horizonMonths: Int?
    public var lines: [PricedLine]
    /// Sum of the priced lines.
    public var cost: Money
    /// Cost × likelihood, computed per payer (rounded to the cent) and summed so the payer
    /// table adds up; nil without a likelihood.
    public var expected: Money?
    /// The likelihood with its low and high end (equal when it is one number).
    public var likelihoodRange: Likelihood? = nil
}

/// Who pays and who saves, for one payer (the "wrong pocket" shows as a payer that pays while
/// another saves).
public struct PayerBalance: Hashable, Sendable {
    /// Nil when neither the line nor the price list names a payer.
    public var payer: String?
    /// What this payer spends on the exception.
    public var pays: Money
    /// The avoided cost this payer would have borne, before likelihood.
    public var avoided: Money
    /// `avoided` × likelihood; nil without a likelihood.
    public var saves: Money?

    /// Saves − pays; nil without a likelihood.
    public var net: Money? { saves.map { $0 - pays } }

    /// The likelihood, in percent as an exact fraction, above which this payer's saving
    /// exceeds what it pays: pays ÷ avoided cost; nil when it avoids nothing priced.
    public var breakEvenPercent: Ratio? {
        avoided.cents > 0 ? Ratio(pays.cents * 100, avoided.cents) : nil
    }
}

/// A part of an exception's legitimation (Doorbraakmethode: rule, argument, household).
public enum LegitimationPart: String, CaseIterable, Sendable, Codable {
    case basis, argument, perspective

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.basis, .nl): "Grondslag of regel"
        case (.argument, .nl): "Argument"
        case (.perspective, .nl): "Perspectief van het huishouden"
        case (.basis, .en): "Legal basis or rule"
        case (.argument, .en): "Argument"
        case (.perspective, .en): "The household's perspective"
        }
    }

    package func text(in legitimation: Legitimation?) -> String? {
        let value: String?
        switch self {
        case .basis: value = legitimation?.basis
        case .argument: value = legitimation?.argument
        case .perspective: value = legitimation?.perspective
        }
        guard let v = value?.trimmedSpaces, !v.isEmpty else { return nil }
        return v
    }
}

/// The micro cost-benefit of one exception: what it costs against the scenario it avoids.
public struct CostBenefit: Hashable, Sendable {
    /// Index of the exception in `Journey.events`.
    public var event: Int
    public var costLines: [PricedLine]
    /// Sum of the priced cost lines.
    public var cost: Money
    public var avoided: AvoidedCost?
    /// One row per payer, in order of first appearance (exception costs first).
    public var payers: [PayerBalance]
    public var legitimation: Legitimation?
    /// The estimates the result rests on, in the order likelihood, horizon, cost lines, avoided lines.
    public var estimates: [EstimateUse] = []

    /// Expected avoided cost − cost; nil when nothing is expected.
    public var net: Money? { avoided?.expected.map { $0 - cost } }

    /// Expected avoided cost per euro spent; nil when nothing is expected or nothing is spent.
    public var returnPerEuro: Ratio? {
        guard let expected = avoided?.expected else { return nil }
        return Ratio(expected.cents, cost.cents)
    }

    /// Lines without an amount, costs first, then avoided.
    public var unpricedLines: [PricedLine] { (costLines + (avoided?.lines ?? [])).filter { $0.amount == nil } }

    /// Whether every line has an amount; otherwise totals are lower bounds of what they show.
    public var isComplete: Bool { unpricedLines.isEmpty }

    /// Parts of the legitimation that are missing or blank.
    public var missingLegitimation: [LegitimationPart] {
        LegitimationPart.allCases.filter { $0.text(in: legitimation) == nil }
    }

    /// One payer pays more than it saves while another saves more than it pays.
    /// A payer that is not named ("betaler onbekend") is never one of the pockets.
    public var isWrongPocket: Bool {
        let nets = payers.filter { $0.payer != nil }.compactMap(\.net)
        return nets.contains { $0.cents < 0 } && nets.contains { $0.cents > 0 }
    }
}
