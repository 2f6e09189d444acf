import PlanreisModel

extension JSONFormat {
    /// planreis JSON whose events carry extra members after the documented ones, each given as
    /// already-serialized JSON text (one line). The register adds an exception's `approval` this way;
    /// readers of planreis JSON report such members as unknown and ignore them.
    public static func write(_ journeys: [Journey], eventMembers: (Event) -> [(key: String, json: String)]) -> String {
        JSONWriter.document(journeys) { event in
            // A number's text is written verbatim, which is what serialized JSON needs.
            eventMembers(event).map { ($0.key, JSONOutput.number($0.json)) }
        }.rendered() + "\n"
    }
}
