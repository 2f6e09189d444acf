import PlanreisModel

/// Prices every exception of a journey against the scenario it avoids.
package struct CostBenefitAnalyzer: Sendable {
    public var priceList: PriceList

    public init(priceList: PriceList) {
        self.priceList = priceList
    }

    /// One cost-benefit per exception, in file order, and warnings about what is missing.
    public func costBenefits(for journey: Journey) -> (items: [CostBenefit], warnings: [Diagnostic]) {
        var items: [CostBenefit] = []
        var warnings: [Diagnostic] = []
        for (index, event) in journey.events.enumerated() where event.kind == .exception {
            let item = costBenefit(of: event, at: index)
            warnings += self.warnings(for: item, event: event)
            items.append(item)
        }
        return (items, warnings)
    }

    /// The cost-benefit of the exception `event`, found at `index` in its journey.
    public func costBenefit(of event: Event, at index: Int) -> CostBenefit {
        let costLines = event.costs.map(priceList.price)
        var avoided: AvoidedCost?
        if let scenario = event.avoids {
            let lines = scenario.costs.map(priceList.price)
            avoided = AvoidedCost(
                title: scenario.title, description: scenario.description,
                likelihood: scenario.likelihood.map { max(0, min(100, $0)) }, horizonMonths: scenario.horizonMonths,
                lines: lines, cost: Self.sum(lines), expected: nil, likelihoodRange: scenario.likelihoodRange)
        }
        let payers = Self.balances(costs: costLines, avoided: avoided?.lines ?? [], likelihood: avoided?.likelihood)
        if avoided?.likelihood != nil {
            avoided?.expected = payers.reduce(Money.zero) { $0 + ($1.saves ?? .zero) }
        }
        return CostBenefit(
            event: index, costLines: costLines, cost: Self.sum(costLines), avoided: avoided, payers: payers,
            legitimation: event.legitimation, estimates: Self.estimates(of: event))
    }

    /// Every estimate the exception's numbers rest on.
    static func estimates(of event: Event) -> [EstimateUse] {
        var uses: [EstimateUse] = []
        if let e = event.avoids?.likelihoodEstimate { uses.append(EstimateUse(number: .likelihood, estimate: e)) }
        if let e = event.avoids?.horizonEstimate { uses.append(EstimateUse(number: .horizon, estimate: e)) }
        for (i, line) in event.costs.enumerated() {
            if let e = line.estimate { uses.append(EstimateUse(number: .cost(i), estimate: e)) }
        }
        for (i, line) in (event.avoids?.costs ?? []).enumerated() {
            if let e = line.estimate { uses.append(EstimateUse(number: .avoided(i), estimate: e)) }
        }
        return uses
    }

    static func sum(_ lines: [PricedLine]) -> Money {
        lines.reduce(Money.zero) { $0 + ($1.amount ?? .zero) }
    }

    /// Per payer (compared without case), in order of first appearance.
    static func balances(costs: [PricedLine], avoided: [PricedLine], likelihood: Int?) -> [PayerBalance] {
        var order: [String] = []
        var rows: [String: PayerBalance] = [:]
        func key(_ payer: String?) -> String { payer.map(PriceList.key) ?? "" }
        func row(_ payer: String?) -> String {
            let k = key(payer)
            if rows[k] == nil {
                order.append(k)
                rows[k] = PayerBalance(payer: payer.map(\.trimmedSpaces), pays: .zero, avoided: .zero, saves: nil)
            }
            return k
        }
        for line in costs { rows[row(line.payer)]!.pays += line.amount ?? .zero }
        for line in avoided { rows[row(line.payer)]!.avoided += line.amount ?? .zero }
        return order.map { k in
            var balance = rows[k]!
            balance.saves = likelihood.map { balance.avoided.percent($0) }
            return balance
        }
    }

    func warnings(for item: CostBenefit, event: Event) -> [Diagnostic] {
        let name = "\"\(event.id ?? event.title)\""
        var warnings: [Diagnostic] = []
        func warn(_ nl: String, _ en: String, hint: (String, String)? = nil) {
            warnings.append(.warning(at: nil, Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.0, en: $0.1) }))
        }
        for line in item.unpricedLines {
            let itemName = line.line.item ?? ""
            switch line.unpriced {
            case .unknownItem?:
                let known = priceList.items.map(\.item)
                let suggestion = Suggestion.closest(to: itemName, in: known)
                warn(
                    "post \"\(itemName)\" bij uitzondering \(name) staat niet in de prijslijst; niet geprijsd",
                    "item \"\(itemName)\" in exception \(name) is not in the price list; left unpriced",
                    hint: suggestion.map { ("bedoelt u \"\($0)\"?", "did you mean \"\($0)\"?") }
                        ?? ("voeg de post toe aan de prijslijst of geef een bedrag", "add the item to the price list or give an amount"))
            case .noPublicPrice?:
                warn(
                    "post \"\(itemName)\" bij uitzondering \(name) heeft geen publiek bedrag; niet geprijsd",
                    "item \"\(itemName)\" in exception \(name) has no public figure; left unpriced",
                    hint: ("vul een eigen, onderbouwd bedrag in de prijslijst in", "fill in your own, sourced price in the price list"))
            case .tooLarge?:
                warn(
                    "post \"\(itemName)\" bij uitzondering \(name) geeft een te groot bedrag",
                    "item \"\(itemName)\" in exception \(name) gives too large an amount")
            case nil:
                break
            }
        }
        if item.avoided == nil {
            warn(
                "uitzondering \(name) noemt geen vermeden scenario", "exception \(name) names no avoided scenario",
                hint: (
                    "beschrijf wat er zonder de uitzondering was gebeurd (<avoids …>)",
                    "describe what would have happened without it (<avoids …>)"
                ))
        } else if item.avoided?.likelihood == nil {
            warn(
                "vermeden scenario bij uitzondering \(name) heeft geen kans; verwachte besparing onbekend",
                "avoided scenario of exception \(name) has no likelihood; expected saving unknown",
                hint: ("geef een kans in procenten (likelihood=\"30\")", "give a likelihood in percent (likelihood=\"30\")"))
        }
        if event.costs.isEmpty {
            warn(
                "uitzondering \(name) heeft geen kosten", "exception \(name) has no costs",
                hint: ("geef een bedrag of een prijslijstpost (<cost …>)", "give an amount or a price-list item (<cost …>)"))
        }
        let missing = item.missingLegitimation
        if !missing.isEmpty {
            warn(
                "legitimatie van uitzondering \(name) mist: \(missing.map { $0.label(.nl).lowercased() }.joined(separator: ", "))",
                "legitimation of exception \(name) lacks: \(missing.map { $0.label(.en).lowercased() }.joined(separator: ", "))",
                hint: (
                    "vul grondslag, argument en perspectief van het huishouden in (<legitimation>)",
                    "fill in basis, argument and the household's perspective (<legitimation>)"
                ))
        }
        return warnings
    }
}
