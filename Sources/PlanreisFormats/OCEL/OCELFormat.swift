import PlanreisModel
import PlanreisText

/// OCEL 2.0 JSON (object-centric event logs, as PM4Py's `read_ocel2_json` reads them), written
/// only: `convert … -o x.ocel.json` or `.jsonocel`. See `OCELGraph` for the objects, events and
/// qualifiers. Deterministic: journeys, objects and events in file order, attributes in a fixed
/// order, types listed with the attributes their events and objects use.
package enum OCELFormat {
    /// The journeys as one OCEL 2.0 JSON document.
    package static func write(_ journeys: [Journey]) -> String {
        let graph = OCELGraph(journeys)
        var eventTypes: [String] = []
        for event in graph.events where !eventTypes.contains(event.type) { eventTypes.append(event.type) }
        let document = JSONValue.object([
            (
                "objectTypes",
                .array(
                    OCELGraph.objectTypes.map { type in
                        typeDeclaration(type, graph.objects.filter { $0.type == type }.map(\.attributes))
                    })
            ),
            (
                "eventTypes",
                .array(eventTypes.map { type in typeDeclaration(type, graph.events.filter { $0.type == type }.map(\.attributes)) })
            ),
            (
                "objects",
                .array(
                    graph.objects.map { object in
                        .object([
                            ("id", .string(object.id)), ("type", .string(object.type)),
                            (
                                "attributes",
                                .array(
                                    object.attributes.map {
                                        .object([("name", .string($0.name)), ("time", .string(initialTime)), ("value", value($0))])
                                    })
                            ),
                            ("relationships", relations(object.relations)),
                        ])
                    })
            ),
            (
                "events",
                .array(
                    graph.events.map { event in
                        .object([
                            ("id", .string(event.id)), ("type", .string(event.type)), ("time", .string(event.time)),
                            ("attributes", .array(event.attributes.map { .object([("name", .string($0.name)), ("value", value($0))]) })),
                            ("relationships", relations(event.relations)),
                        ])
                    })
            ),
        ])
        return document.serialized(.document) + "\n"
    }

    /// The time of an object attribute's initial value, as OCEL 2.0 writes it.
    private static let initialTime = "1970-01-01T00:00:00Z"

    /// Reading OCEL is not supported: one clear error.
    static func refuseReading(file: String) -> ReadResult {
        ReadResult(diagnostics: [
            .error(
                at: SourceLocation(file: file, line: 1, column: 1),
                Localized(
                    nl: "planreis schrijft OCEL 2.0 maar leest het niet",
                    en: "planreis writes OCEL 2.0 but does not read it"),
                hint: Localized(
                    nl: "lees de reizen uit .planreis.xml, .csv, .json of .xes",
                    en: "read the journeys from .planreis.xml, .csv, .json or .xes"))
        ])
    }

    private static func value(_ attribute: OCELGraph.Attribute) -> JSONValue {
        attribute.isNumber ? .number(attribute.value) : .string(attribute.value)
    }

    private static func relations(_ relations: [OCELGraph.Relation]) -> JSONValue {
        .array(relations.map { .object([("objectId", .string($0.object)), ("qualifier", .string($0.qualifier))]) })
    }

    /// A type with the attribute declarations of its items: every name they use, in first use, typed.
    private static func typeDeclaration(_ name: String, _ lists: [[OCELGraph.Attribute]]) -> JSONValue {
        var names: [(String, Bool)] = []
        for list in lists {
            for attribute in list where !names.contains(where: { $0.0 == attribute.name }) {
                names.append((attribute.name, attribute.isNumber))
            }
        }
        let declarations = names.map { JSONValue.object([("name", .string($0.0)), ("type", .string($0.1 ? "float" : "string"))]) }
        return .object([("name", .string(name)), ("attributes", .array(declarations))])
    }
}
