import PlanreisModel
import PlanreisText

/// Builds the planreis JSON document of `JSONFormat`, keys in the documented order, optional
/// members left out when absent or empty.
enum JSONWriter {
    /// `extras` gives members appended to each event (the register adds its approval state).
    static func document(_ journeys: [Journey], extras: (Event) -> [(String, JSONValue)] = { _ in [] }) -> JSONValue {
        .object([
            ("format", .string("planreis")),
            ("version", .number(String(JSONFormat.version))),
            ("journeys", .array(journeys.map { journey($0, extras: extras) })),
        ])
    }

    private static func journey(_ journey: Journey, extras: (Event) -> [(String, JSONValue)]) -> JSONValue {
        var members: [(String, JSONValue)] = [("id", .string(journey.id)), ("title", .string(journey.title))]
        if journey.isConstructed { members.append(("constructed", .bool(true))) }
        optional(&members, "municipality", journey.municipality)
        optional(&members, "region", journey.region)
        optional(&members, "source", journey.source)
        optional(&members, "description", journey.description)
        if !journey.household.isEmpty {
            members.append(
                (
                    "household",
                    .array(
                        journey.household.map { member in
                            var fields: [(String, JSONValue)] = [("role", .string(member.role))]
                            optional(&fields, "name", member.name)
                            return .object(fields)
                        })
                ))
        }
        tags(&members, journey.tags)
        members.append(("actors", .array(journey.actors.map(actor))))
        members.append(("events", .array(journey.events.map { .object(event($0) + extras($0)) })))
        return .object(members)
    }

    private static func actor(_ actor: Actor) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("id", .string(actor.id)), ("name", .string(actor.name)), ("group", .string(actor.group.dutch)),
        ]
        optional(&members, "colour", actor.colour)
        if let order = actor.order { members.append(("order", .number(String(order)))) }
        optional(&members, "description", actor.description)
        return .object(members)
    }

    private static func event(_ event: Event) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = []
        optional(&members, "id", event.id)
        members.append(("actor", .string(event.actor)))
        members.append(("kind", .string(event.kind.dutch)))
        members.append(("date", .string(event.date.edtf)))
        optional(&members, "end", event.end?.edtf)
        members.append(("title", .string(event.title)))
        optional(&members, "description", event.description)
        optional(&members, "value", event.value?.text)
        optional(&members, "scoredBy", event.scoredBy)
        optional(&members, "category", event.category)
        optional(&members, "source", event.source)
        optional(&members, "owner", event.owner)
        optional(&members, "duration", event.statedDuration?.iso)
        optional(&members, "durationSource", event.statedDuration?.source)
        if !event.links.isEmpty {
            members.append(
                (
                    "links",
                    .array(
                        event.links.map {
                            .object([("kind", .string($0.kind.dutch)), ("target", .string($0.target))])
                        })
                ))
        }
        tags(&members, event.tags)
        costs(&members, event.costs)
        if let scenario = event.avoids {
            var fields: [(String, JSONValue)] = [("title", .string(scenario.title))]
            optional(&fields, "description", scenario.description)
            if let likelihood = scenario.likelihoodRange {
                fields.append(("likelihood", likelihood.isRange ? .string(likelihood.text) : .number(likelihood.text)))
            }
            if let horizon = scenario.horizonMonths { fields.append(("horizonMonths", .number(String(horizon)))) }
            optional(&fields, "likelihoodEstimatedBy", scenario.likelihoodEstimate?.by)
            optional(&fields, "likelihoodEstimateReason", scenario.likelihoodEstimate?.reason)
            optional(&fields, "horizonEstimatedBy", scenario.horizonEstimate?.by)
            optional(&fields, "horizonEstimateReason", scenario.horizonEstimate?.reason)
            costs(&fields, scenario.costs)
            members.append(("avoids", .object(fields)))
        }
        if let legitimation = event.legitimation {
            var fields: [(String, JSONValue)] = []
            optional(&fields, "basis", legitimation.basis)
            optional(&fields, "argument", legitimation.argument)
            optional(&fields, "perspective", legitimation.perspective)
            members.append(("legitimation", .object(fields)))
        }
        if let approval = event.approval { members.append(("approval", .object([("status", .string(approval.rawValue))]))) }
        return members
    }

    private static func costs(_ members: inout [(String, JSONValue)], _ lines: [CostLine]) {
        guard !lines.isEmpty else { return }
        members.append(
            (
                "costs",
                .array(
                    lines.map { line in
                        var fields: [(String, JSONValue)] = []
                        if let amount = line.amount { fields.append(("amountCents", .number(String(amount.cents)))) }
                        optional(&fields, "item", line.item)
                        if let quantity = line.quantity { fields.append(("quantity", .number(quantity.decimalText))) }
                        if let periods = line.periods { fields.append(("periods", .number(periods.decimalText))) }
                        optional(&fields, "payer", line.payer)
                        optional(&fields, "note", line.note)
                        optional(&fields, "estimatedBy", line.estimate?.by)
                        optional(&fields, "estimateReason", line.estimate?.reason)
                        return .object(fields)
                    })
            ))
    }

    private static func tags(_ members: inout [(String, JSONValue)], _ tags: [Tag]) {
        guard !tags.isEmpty else { return }
        members.append(
            (
                "tags",
                .array(
                    tags.map { tag in
                        var fields: [(String, JSONValue)] = []
                        optional(&fields, "key", tag.key)
                        fields.append(("value", .string(tag.value)))
                        return .object(fields)
                    })
            ))
    }

    private static func optional(_ members: inout [(String, JSONValue)], _ key: String, _ value: String?) {
        if let value { members.append((key, .string(value))) }
    }
}
