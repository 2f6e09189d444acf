import PlanreisModel
import PlanreisXML

extension XMLJourneyBuilder {
    mutating func cost(_ e: ParsedXMLElement, of name: String) -> CostLine {
        var line = CostLine(item: e["item"].map(Self.trimmed), payer: e["payer"].map(Self.trimmed), note: e["note"])
        if let amount = e.attribute("amount"), !Self.trimmed(amount.value).isEmpty {
            do {
                line.amount = try Money(parsing: amount.value)
            } catch {
                // The check "cost line without amount or item" would only repeat this.
                reported.insert(location(e.position))
                diagnostics.append(
                    .error(
                        at: location(amount.position), error.message + Localized(nl: " bij gebeurtenis \(name)", en: " in event \(name)"),
                        hint: Localized(
                            nl: "schrijf euro's met een punt als decimaalteken, bijvoorbeeld 1250.50",
                            en: "write euros with a decimal point, for example 1250.50")))
            }
        }
        line.quantity = quantity(e.attribute("quantity"))
        line.periods = quantity(e.attribute("periods"))
        line.estimate = Self.estimate(by: e["estimatedBy"], reason: e["estimateReason"])
        return line
    }

    /// An estimate when either attribute is there (blank ones count as absent).
    static func estimate(by: String?, reason: String?) -> Estimate? {
        let by = by.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let reason = reason.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        return by == nil && reason == nil ? nil : Estimate(by: by, reason: reason)
    }

    private mutating func quantity(_ attribute: ParsedXMLAttribute?) -> Quantity? {
        guard let attribute, !Self.trimmed(attribute.value).isEmpty else { return nil }
        if let quantity = Quantity(parsing: attribute.value) { return quantity }
        diagnostics.append(
            .error(
                at: location(attribute.position),
                Localized(
                    nl: "onleesbaar aantal \"\(attribute.value)\" bij \(attribute.name.localName)",
                    en: "unreadable number \"\(attribute.value)\" in \(attribute.name.localName)"),
                hint: Localized(
                    nl: "schrijf een getal met hoogstens drie decimalen, bijvoorbeeld 12 of 1.5",
                    en: "write a number with at most three decimals, for example 12 or 1.5")))
        return nil
    }

    mutating func scenario(_ e: ParsedXMLElement, of name: String) -> AvoidedScenario {
        var scenario = AvoidedScenario(
            title: Self.trimmed(e["title"] ?? ""), description: text("description", in: e),
            horizonMonths: e["horizon"].flatMap { Int(Self.trimmed($0)) },
            likelihoodRange: e["likelihood"].flatMap { Likelihood(text: $0) },
            likelihoodEstimate: Self.estimate(by: e["likelihoodEstimatedBy"], reason: e["likelihoodEstimateReason"]),
            horizonEstimate: Self.estimate(by: e["horizonEstimatedBy"], reason: e["horizonEstimateReason"]))
        if let attribute = e.attribute("likelihood"), Likelihood(text: attribute.value) == nil {
            let numbers = attribute.value.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if let big = numbers.first(where: { $0 > 100 }) {
                diagnostics.append(
                    .error(
                        at: location(attribute.position),
                        Localized(
                            nl: "kans \(big) in het vermeden scenario van \(name) is groter dan 100",
                            en: "likelihood \(big) in the avoided scenario of \(name) is greater than 100"),
                        hint: Localized(nl: "geef een percentage van 0 tot 100", en: "give a percentage from 0 to 100")))
                return scenario
            }
            diagnostics.append(
                .error(
                    at: location(attribute.position),
                    Localized(
                        nl: "onleesbare kans \"\(attribute.value)\" in het vermeden scenario van \(name)",
                        en: "unreadable likelihood \"\(attribute.value)\" in the avoided scenario of \(name)"),
                    hint: Localized(
                        nl: "geef een percentage van 0 tot 100 of een bereik, bijvoorbeeld 50 of 30-60",
                        en: "give a percentage from 0 to 100 or a range, for example 50 or 30-60")))
        }
        for child in e.children("cost", namespace: Self.ns) {
            let line = cost(child, of: name)
            if line.amount == nil && line.item == nil && !reported.contains(location(child.position)) {
                diagnostics.append(
                    .error(
                        at: location(child.position),
                        Localized(
                            nl: "kostenregel zonder bedrag of prijslijstpost in het vermeden scenario van \(name)",
                            en: "cost line without amount or price-list item in the avoided scenario of \(name)"),
                        hint: Localized(
                            nl: "geef een bedrag (amount=\"1250.50\") of een post uit de prijslijst (item=\"…\")",
                            en: "give an amount (amount=\"1250.50\") or a price-list item (item=\"…\")")))
            }
            scenario.costs.append(line)
        }
        return scenario
    }
}
