import PlanreisModel

/// Writes journeys in the canonical planreis XML form: UTF-8, two-space indent, one element per
/// line, children and attributes in the fixed order of the format; the same journeys always
/// give the same bytes.
package struct PlanreisXMLWriter {
    public init() {}

    /// The whole document, ending in a line break.
    public func write(_ journeys: [Journey]) -> String {
        var out = XMLTextBuilder()
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        out.open("planreis", [("xmlns", PlanreisXMLReader.namespace), ("version", "1")])
        for journey in journeys { write(journey, to: &out) }
        out.close("planreis")
        return out.text
    }

    private func write(_ journey: Journey, to out: inout XMLTextBuilder) {
        out.open("journey", [("id", journey.id), ("constructed", journey.isConstructed ? "true" : nil)])
        out.element("title", text: journey.title)
        out.element("municipality", optional: journey.municipality)
        out.element("region", optional: journey.region)
        out.element("source", optional: journey.source)
        out.element("description", optional: journey.description)
        if !journey.household.isEmpty {
            out.open("household")
            for member in journey.household { out.empty("member", [("role", member.role), ("name", member.name)]) }
            out.close("household")
        }
        write(journey.tags, to: &out)
        if journey.actors.isEmpty {
            out.empty("actors")
        } else {
            out.open("actors")
            for actor in journey.actors { write(actor, to: &out) }
            out.close("actors")
        }
        if journey.events.isEmpty {
            out.empty("events")
        } else {
            out.open("events")
            for event in journey.events { write(event, to: &out) }
            out.close("events")
        }
        out.close("journey")
    }

    private func write(_ actor: Actor, to out: inout XMLTextBuilder) {
        let attributes: [XMLTextBuilder.Attribute] = [
            ("id", actor.id), ("group", actor.group.dutch), ("name", actor.name), ("colour", actor.colour),
            ("order", actor.order.map(String.init)),
        ]
        if let description = actor.description {
            out.open("actor", attributes)
            out.element("description", text: description)
            out.close("actor")
        } else {
            out.empty("actor", attributes)
        }
    }

    private func write(_ event: Event, to out: inout XMLTextBuilder) {
        var to: String?
        var value = event.value?.text
        if event.kind == .handover, let target = event.handoverTo {
            to = target
            value = nil
        }
        out.open(
            "event",
            [
                ("id", event.id), ("kind", event.kind.dutch), ("actor", event.actor), ("to", to), ("date", event.date.edtf),
                ("end", event.end?.edtf), ("value", value), ("scoredBy", event.scoredBy), ("category", event.category),
                ("source", event.source), ("owner", event.owner), ("duration", event.statedDuration?.iso),
                ("durationSource", event.statedDuration?.source), ("approval", event.approval?.rawValue),
            ])
        out.element("title", text: event.title)
        out.element("description", optional: event.description)
        for link in event.links { out.empty(link.kind.rawValue, [("ref", link.target)]) }
        for cost in event.costs { write(cost, to: &out) }
        if let avoids = event.avoids {
            let attributes: [XMLTextBuilder.Attribute] = [
                ("title", avoids.title), ("likelihood", avoids.likelihoodRange?.text),
                ("horizon", avoids.horizonMonths.map(String.init)),
                ("likelihoodEstimatedBy", avoids.likelihoodEstimate?.by),
                ("likelihoodEstimateReason", avoids.likelihoodEstimate?.reason),
                ("horizonEstimatedBy", avoids.horizonEstimate?.by), ("horizonEstimateReason", avoids.horizonEstimate?.reason),
            ]
            if avoids.description == nil && avoids.costs.isEmpty {
                out.empty("avoids", attributes)
            } else {
                out.open("avoids", attributes)
                out.element("description", optional: avoids.description)
                for cost in avoids.costs { write(cost, to: &out) }
                out.close("avoids")
            }
        }
        if let legitimation = event.legitimation {
            if legitimation.basis == nil && legitimation.argument == nil && legitimation.perspective == nil {
                out.empty("legitimation")
            } else {
                out.open("legitimation")
                out.element("basis", optional: legitimation.basis)
                out.element("argument", optional: legitimation.argument)
                out.element("perspective", optional: legitimation.perspective)
                out.close("legitimation")
            }
        }
        write(event.tags, to: &out)
        out.close("event")
    }

    private func write(_ cost: CostLine, to out: inout XMLTextBuilder) {
        out.empty(
            "cost",
            [
                ("amount", cost.amount?.decimalText), ("item", cost.item), ("quantity", cost.quantity?.decimalText),
                ("periods", cost.periods?.decimalText), ("payer", cost.payer), ("note", cost.note),
                ("estimatedBy", cost.estimate?.by), ("estimateReason", cost.estimate?.reason),
            ])
    }

    private func write(_ tags: [Tag], to out: inout XMLTextBuilder) {
        for tag in tags { out.element("tag", [("key", tag.key)], text: tag.value) }
    }
}
