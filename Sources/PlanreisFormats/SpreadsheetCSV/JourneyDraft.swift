import PlanreisModel

/// A journey while its rows are being read: the journey so far, where its parts stand, and
/// what can only be settled once every row is in (links, handover targets, lane groups).
struct JourneyDraft {
    /// A `verwijst_naar` entry, resolved once every row is read.
    struct PendingLink {
        var event: Int
        var explicitKind: LinkKind?
        var target: String
    }

    var journey: Journey
    var map: SourceMap
    /// Where each journey-level column was first given, for conflict warnings.
    var journeyFieldLocations: [SpreadsheetColumn: SourceLocation] = [:]
    var hasExplicitTitle = false
    var actors = ActorDirectory()
    /// Lanes whose group a cell gave (the rest is guessed from the name).
    var explicitGroups: Set<Int> = []
    /// Lane columns already given per lane, for conflict warnings.
    var actorFieldLocations: [Int: [SpreadsheetColumn: SourceLocation]] = [:]
    /// Event fields the reader already reported as broken; checks on them are not repeated.
    var broken: [Int: Set<SourceMap.Field>] = [:]
    var pendingLinks: [PendingLink] = []
    /// Handover events and the lane name their value cell gives.
    var pendingHandovers: [(event: Int, text: String)] = []

    init(id: String, file: String, location: SourceLocation) {
        journey = Journey(id: id, title: id)
        map = SourceMap(file: file, journey: location)
    }

    mutating func markBroken(_ event: Int, _ field: SourceMap.Field) {
        broken[event, default: []].insert(field)
    }
}
