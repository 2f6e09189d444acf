import PlanreisModel

extension JSONReader {
    /// One event, where its parts stand, and which of them failed to read.
    mutating func readEvent(
        _ fields: Members, node: JSONNode
    )
        -> (Event, [SourceMap.Field: SourceLocation], Set<SourceMap.Field>)
    {
        let path = fields.path
        var locations: [SourceMap.Field: SourceLocation] = [.whole: location(node)]
        for (field, key) in [
            (SourceMap.Field.id, "id"), (.actor, "actor"), (.kind, "kind"), (.date, "date"), (.end, "end"),
            (.title, "title"), (.value, "value"),
        ] {
            if let value = fields[key] { locations[field] = location(value) }
        }
        var broken: Set<SourceMap.Field> = []
        func attempt(_ field: SourceMap.Field, _ body: (inout JSONReader) -> Void) {
            let before = errorCount
            body(&self)
            if errorCount > before { broken.insert(field) }
        }

        var kind = EventKind.event
        attempt(.kind) { reader in
            guard let word = reader.string(fields, "kind", required: true) else { return }
            if let known = EventKind(word: word) {
                kind = known
            } else {
                reader.error(
                    fields["kind"]!, Self.join(path, "kind"), nl: "onbekende soort \"\(word)\"", en: "unknown kind \"\(word)\"",
                    hint: (
                        nl: "gebruik een van: \(EventKind.acceptedWords)",
                        en: "use one of: \(EventKind.allCases.map(\.english).joined(separator: ", "))"
                    ))
            }
        }
        var date: PartialDate?
        attempt(.date) { reader in date = reader.date(fields, "date", required: true) }
        var end: PartialDate?
        attempt(.end) { reader in end = reader.date(fields, "end", required: false) }
        var actor = ""
        attempt(.actor) { reader in actor = reader.string(fields, "actor", required: true) ?? "" }
        var title = ""
        attempt(.title) { reader in title = reader.string(fields, "title", required: true) ?? "" }

        var event = Event(
            actor: actor, kind: kind, date: date ?? end ?? PartialDate(year: 1970), end: date == nil ? nil : end,
            title: title)
        event.id = string(fields, "id")
        event.description = string(fields, "description")
        event.scoredBy = string(fields, "scoredBy")
        event.category = string(fields, "category")
        event.source = string(fields, "source")
        event.owner = string(fields, "owner")
        if let text = string(fields, "duration") {
            if let stated = StatedDuration(iso: text, source: string(fields, "durationSource")) {
                event.statedDuration = stated
            } else {
                error(
                    fields["duration"]!, Self.join(path, "duration"), nl: "onleesbare duur \"\(text)\"",
                    en: "unreadable duration \"\(text)\"",
                    hint: (
                        nl: "schrijf bijvoorbeeld P8M (8 maanden) of P173D (173 dagen)",
                        en: "write for example P8M (8 months) or P173D (173 days)"
                    ))
            }
        }
        if let node = fields["approval"] {
            event.approval = approval(node, path: Self.join(path, "approval"))
        }
        if let text = score(fields) ?? string(fields, "value") {
            event.value = kind == .handover ? .handoverTo(text) : EventValue(text: text, for: kind) ?? .text(text)
        }
        for (index, linkNode) in array(fields, "links").enumerated() {
            let linkPath = "\(Self.join(path, "links"))[\(index)]"
            guard let link = members(of: linkNode, path: linkPath, keys: ["kind", "target"]) else { continue }
            locations[.link(event.links.count)] = location(linkNode)
            let before = errorCount
            let target = string(link, "target", required: true) ?? ""
            var linkKind = LinkKind.relates
            if let word = string(link, "kind", required: true) {
                if let known = LinkKind(word: word) {
                    linkKind = known
                } else {
                    error(
                        link["kind"]!, Self.join(linkPath, "kind"), nl: "onbekende verwijzingssoort \"\(word)\"",
                        en: "unknown link kind \"\(word)\"",
                        hint: (
                            nl: "gebruik een van: \(LinkKind.acceptedWords)",
                            en: "use one of: \(LinkKind.allCases.map(\.rawValue).joined(separator: ", "))"
                        ))
                }
            }
            if errorCount > before { broken.insert(.link(event.links.count)) }
            event.links.append(Link(linkKind, target))
        }
        event.tags = tags(fields)
        var brokenLines: [Int] = []
        event.costs = costs(fields, brokenLines: &brokenLines)
        for (index, costNode) in array(fields, "costs").enumerated() where index < event.costs.count {
            locations[.cost(index)] = location(costNode)
        }
        broken.formUnion(brokenLines.map { SourceMap.Field.cost($0) })
        if let node = fields["avoids"],
            let scenario = members(
                of: node, path: Self.join(path, "avoids"),
                keys: [
                    "title", "description", "likelihood", "horizonMonths", "likelihoodEstimatedBy", "likelihoodEstimateReason",
                    "horizonEstimatedBy", "horizonEstimateReason", "costs",
                ])
        {
            var avoided = AvoidedScenario(
                title: string(scenario, "title", required: true) ?? "", description: string(scenario, "description"))
            if let node = scenario["likelihood"] {
                let text: String? =
                    switch node.value {
                    case .number(let t), .string(let t): t
                    default: nil
                    }
                if let range = text.flatMap({ Likelihood(text: $0) }) {
                    avoided.likelihoodRange = range
                } else {
                    error(
                        node, Self.join(Self.join(path, "avoids"), "likelihood"), nl: "kans moet 0–100 zijn of een bereik als \"30-60\"",
                        en: "the likelihood must be 0–100 or a range like \"30-60\"")
                }
            }
            avoided.horizonMonths = integer(scenario, "horizonMonths")
            avoided.likelihoodEstimate = estimate(scenario, by: "likelihoodEstimatedBy", reason: "likelihoodEstimateReason")
            avoided.horizonEstimate = estimate(scenario, by: "horizonEstimatedBy", reason: "horizonEstimateReason")
            var ignored: [Int] = []
            avoided.costs = costs(scenario, brokenLines: &ignored)
            event.avoids = avoided
        }
        if let node = fields["legitimation"],
            let legitimation = members(
                of: node, path: Self.join(path, "legitimation"),
                keys: ["basis", "argument", "perspective"])
        {
            event.legitimation = Legitimation(
                basis: string(legitimation, "basis"), argument: string(legitimation, "argument"),
                perspective: string(legitimation, "perspective"))
        }
        return (event, locations, broken)
    }

    /// A date member, EDTF or a Dutch form.
    private mutating func date(_ fields: Members, _ key: String, required: Bool) -> PartialDate? {
        guard let text = string(fields, key, required: required) else { return nil }
        do {
            return try PartialDate(parsing: text)
        } catch {
            let prefix = Self.join(fields.path, key) + ": "
            diagnostics.append(.error(at: location(fields[key]!), Localized(prefix) + error.message, hint: error.hint))
            return nil
        }
    }

    /// A safety score written as a number (`"value": 7`) instead of text.
    private mutating func score(_ fields: Members) -> String? {
        guard let node = fields["value"], case .number(let text) = node.value else { return nil }
        return text
    }
}

extension JSONReader {
    /// An exception's `approval` object (`{"status": "goedgekeurd", …}`); nil with an error when unreadable.
    mutating func approval(_ node: JSONNode, path: String) -> ApprovalMark? {
        guard let object = members(of: node, path: path, keys: Self.approvalKeys),
            let word = string(object, "status", required: true)
        else { return nil }
        guard let mark = ApprovalMark(word: word) else {
            error(
                object["status"]!, Self.join(path, "status"), nl: "onbekende goedkeuringsstatus \"\(word)\"",
                en: "unknown approval status \"\(word)\"",
                hint: (nl: "gebruik \(ApprovalMark.acceptedWords)", en: "use \(ApprovalMark.acceptedWords)"))
            return nil
        }
        return mark
    }
}
