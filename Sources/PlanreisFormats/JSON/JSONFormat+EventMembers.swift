import PlanreisModel
import PlanreisText

extension JSONFormat {
    /// planreis JSON whose events carry extra members after the documented ones. The register
    /// adds an exception's `approval` this way; readers of planreis JSON report such members as
    /// unknown and ignore them.
    public static func write(_ journeys: [Journey], eventMembers: (Event) -> [(String, JSONValue)]) -> String {
        JSONWriter.document(journeys, extras: eventMembers).serialized(.document) + "\n"
    }
}
