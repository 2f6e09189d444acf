import PlanreisModel
import PlanreisText

/// OCEL 2.0 JSON (object-centric event logs, as PM4Py's `read_ocel2_json` reads them), written
/// only: `convert … -o x.ocel.json` or `.jsonocel`. See `OCELGraph` for the objects, events and
/// qualifiers. Deterministic: journeys, objects and events in file order, attributes in a fixed
/// order, types listed with the attributes their events and objects use.
public enum OCELFormat {
    /// Whether a path names an OCEL 2.0 JSON file: `.ocel.json`, `.jsonocel`.
    public static func matches(path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".ocel.json") || lower.hasSuffix(".jsonocel")
    }

    /// The journeys as one OCEL 2.0 JSON document.
    public static func write(_ journeys: [Journey]) -> String {
        let graph = OCELGraph(journeys)
        var text = "{\n  \"objectTypes\": ["
        text += OCELGraph.objectTypes.enumerated().map { index, type in
            let used = graph.objects.filter { $0.type == type }.map(\.attributes)
            return "\(index == 0 ? "" : ",")\n    {\"name\": \(q(type)), \"attributes\": \(declarations(used))}"
        }.joined()
        text += "\n  ],\n  \"eventTypes\": ["
        var eventTypes: [String] = []
        for event in graph.events where !eventTypes.contains(event.type) { eventTypes.append(event.type) }
        text += eventTypes.enumerated().map { index, type in
            let used = graph.events.filter { $0.type == type }.map(\.attributes)
            return "\(index == 0 ? "" : ",")\n    {\"name\": \(q(type)), \"attributes\": \(declarations(used))}"
        }.joined()
        text += "\n  ],\n  \"objects\": ["
        text += graph.objects.enumerated().map { index, object in
            let attributes = object.attributes.map {
                "{\"name\": \(q($0.name)), \"time\": \"1970-01-01T00:00:00Z\", \"value\": \(value($0))}"
            }
            return
                "\(index == 0 ? "" : ",")\n    {\"id\": \(q(object.id)), \"type\": \(q(object.type)), \"attributes\": [\(attributes.joined(separator: ", "))], \"relationships\": \(relations(object.relations))}"
        }.joined()
        text += "\n  ],\n  \"events\": ["
        text += graph.events.enumerated().map { index, event in
            let attributes = event.attributes.map { "{\"name\": \(q($0.name)), \"value\": \(value($0))}" }
            return
                "\(index == 0 ? "" : ",")\n    {\"id\": \(q(event.id)), \"type\": \(q(event.type)), \"time\": \(q(event.time)), \"attributes\": [\(attributes.joined(separator: ", "))], \"relationships\": \(relations(event.relations))}"
        }.joined()
        return text + "\n  ]\n}\n"
    }

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

    private static func q(_ text: String) -> String { JSONString.quoted(text) }

    private static func value(_ attribute: OCELGraph.Attribute) -> String {
        attribute.isNumber ? attribute.value : q(attribute.value)
    }

    private static func relations(_ relations: [OCELGraph.Relation]) -> String {
        "[" + relations.map { "{\"objectId\": \(q($0.object)), \"qualifier\": \(q($0.qualifier))}" }.joined(separator: ", ") + "]"
    }

    /// The attribute declarations of a type: every name its items use, in first use, typed.
    private static func declarations(_ lists: [[OCELGraph.Attribute]]) -> String {
        var names: [(String, Bool)] = []
        for list in lists {
            for attribute in list where !names.contains(where: { $0.0 == attribute.name }) {
                names.append((attribute.name, attribute.isNumber))
            }
        }
        return "[" + names.map { "{\"name\": \(q($0.0)), \"type\": \"\($0.1 ? "float" : "string")\"}" }.joined(separator: ", ") + "]"
    }
}
