extension Journey {
    /// Warnings for cost lines of exceptions (and of the scenarios they avoid) that name no
    /// payer and no price-list item that could name one: such a line is "betaler onbekend" in
    /// every figure, never counted as the municipality's, never a pocket in the wrong-pocket
    /// conclusion.
    func payerWarnings(_ map: SourceMap) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, event) in events.enumerated() where event.kind == .exception {
            let name = event.id.map { "\"\($0)\"" } ?? "\"\(event.title)\""
            for (line, cost) in event.costs.enumerated() where cost.payer == nil && cost.item == nil {
                problems.append(
                    .warning(
                        at: map.event(index, .cost(line)) ?? map.event(index),
                        Localized(
                            nl: "kostenregel \(line + 1) van uitzondering \(name) noemt geen betaler; telt als \"betaler onbekend\"",
                            en: "cost line \(line + 1) of exception \(name) names no payer; counts as \"payer unknown\""),
                        hint: Localized(
                            nl: "geef de betaler (betaler=\"gemeente\", \"zorgverzekeraar\", \"huishouden\", …)",
                            en: "name the payer (payer=\"gemeente\", \"zorgverzekeraar\", \"huishouden\", …)")))
            }
            let avoided = event.avoids?.costs ?? []
            if avoided.contains(where: { $0.payer == nil && $0.item == nil }) {
                problems.append(
                    .warning(
                        at: map.event(index),
                        Localized(
                            nl: "vermeden scenario van uitzondering \(name) heeft kosten zonder betaler; wie bespaart is onbekend",
                            en: "the avoided scenario of exception \(name) has costs without a payer; who saves is unknown"),
                        hint: Localized(
                            nl: "geef bij elke vermeden kostenregel de betaler",
                            en: "name the payer of every avoided cost line")))
            }
        }
        return problems
    }
}
