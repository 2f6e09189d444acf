import PlanreisModel

extension SpreadsheetWriter {
    /// The cells of one event row.
    func eventCells(_ event: Event, context: RowContext) -> [SpreadsheetColumn: String] {
        let actor = context.journey.actor(withID: event.actor) ?? Actor(id: event.actor, name: event.actor, group: .other)
        var row = actorCells(actor, context: context)
        row[.date] = date(event.date)
        row[.end] = event.end.map(date)
        row[.kind] = event.kind.word(options.language)
        row[.title] = event.title
        row[.description] = event.description
        row[.id] = event.id
        row[.value] = event.value.map { value(of: event, $0, context: context) }
        row[.scoredBy] = event.scoredBy
        row[.category] = event.category
        row[.eventSource] = event.source
        row[.owner] = event.owner
        row[.approval] = event.approval?.rawValue
        row[.statedDuration] = event.statedDuration?.iso
        row[.durationSource] = event.statedDuration?.source
        if !event.tags.isEmpty { row[.tags] = CompactList.join(pairs: event.tags.map { ($0.key, $0.value) }) }
        if !event.links.isEmpty { row[.refersTo] = links(of: event, kindByID: context.kindByID) }
        row.merge(costCells(event.costs, columns: .main)) { _, new in new }
        if let scenario = event.avoids {
            row[.avoidedTitle] = scenario.title
            row[.avoidedDescription] = scenario.description
            row[.likelihood] = scenario.likelihoodRange?.text
            row[.horizon] = scenario.horizonMonths.map(String.init)
            row[.likelihoodEstimatedBy] = scenario.likelihoodEstimate?.by
            row[.likelihoodEstimateReason] = scenario.likelihoodEstimate?.reason
            row[.horizonEstimatedBy] = scenario.horizonEstimate?.by
            row[.horizonEstimateReason] = scenario.horizonEstimate?.reason
            row.merge(costCells(scenario.costs, columns: .avoided)) { _, new in new }
        }
        if let legitimation = event.legitimation {
            row[.legalBasis] = legitimation.basis
            row[.argument] = legitimation.argument
            row[.perspective] = legitimation.perspective
        }
        return row
    }

    /// A date as it reads back at the same precision: Dutch spreadsheet forms, or EDTF in English.
    func date(_ date: PartialDate) -> String {
        english ? date.edtf : date.dutchSpreadsheetText
    }

    /// An amount that never needs the formula guard: `€ 1.250,50`, `€ -75,00`; `1250.50` in English.
    func amount(_ money: Money) -> String {
        if english { return money.decimalText }
        let positive = Money(cents: money.cents < 0 ? -money.cents : money.cents).formatted(.nl)
        return money.cents < 0 ? "€ -" + positive.dropFirst(2) : positive
    }

    func quantity(_ quantity: Quantity) -> String {
        english ? quantity.decimalText : String(quantity.decimalText.map { $0 == "." ? "," : $0 })
    }

    /// The value cell: words in the chosen language; a handover names the receiving lane.
    private func value(of event: Event, _ value: EventValue, context: RowContext) -> String {
        switch value {
        case .outcome(let outcome): return outcome.word(options.language)
        case .phase(let phase): return english ? phase.english : phase.dutch
        case .colour(let colour): return colour.word(options.language)
        case .score(let score): return String(score)
        case .text(let text): return text
        case .handoverTo(let id):
            if let name = context.journey.actor(withID: id)?.name, let index = context.directory.lookup(name: name),
                context.lanes[index].id == id
            {
                return name
            }
            return id
        }
    }

    /// `o1 o2`, with the kind written (`zie-ook:o3`) where the kinds of the events imply another.
    private func links(of event: Event, kindByID: [String: EventKind]) -> String {
        event.links.map { link in
            let implied = kindByID[link.target].map { LinkKind.inferred(from: event.kind, to: $0) } ?? .relates
            guard link.kind != implied else { return link.target }
            return (english ? link.kind.rawValue : link.kind.dutch) + ":" + link.target
        }.joined(separator: " ")
    }

    /// Cost lines as aligned lists; a column that no line uses stays empty.
    private func costCells(_ lines: [CostLine], columns: CostColumns) -> [SpreadsheetColumn: String] {
        let values: [(SpreadsheetColumn, (CostLine) -> String?)] = [
            (columns.amount, { $0.amount.map(amount) }),
            (columns.item, { $0.item }),
            (columns.quantity, { $0.quantity.map(quantity) }),
            (columns.periods, { $0.periods.map(quantity) }),
            (columns.payer, { $0.payer }),
            (columns.note, { $0.note }),
            (columns.estimatedBy, { $0.estimate?.by }),
            (columns.estimateReason, { $0.estimate?.reason }),
        ]
        var row: [SpreadsheetColumn: String] = [:]
        for (column, extract) in values {
            let items = lines.map(extract)
            guard items.contains(where: { $0 != nil }) else { continue }
            row[column] = CompactList.join(items.map { $0 ?? "" })
        }
        return row
    }
}
