import PlanreisModel

/// The semantic checks after reading, without the ones that repeat what the reader already
/// reported: a reader that could not read an event's date or kind still adds the event (so that
/// links to it resolve), and checks that rest on the placeholder would only add noise.
enum ReadCheckFilter {
    /// `journey.check(map)`, leaving out checks on fields in `broken` (per event index) and
    /// date, link and value checks on events whose date or kind, or whose link target's, is broken.
    static func checks(of journey: Journey, map: SourceMap, broken: [Int: Set<SourceMap.Field>]) -> [Diagnostic] {
        let problems = journey.check(map)
        guard !broken.isEmpty else { return problems }
        var eventIndexByID: [String: Int] = [:]
        for (index, event) in journey.events.enumerated() {
            if let id = event.id, eventIndexByID[id] == nil { eventIndexByID[id] = index }
        }
        func unreliable(_ index: Int) -> Bool {
            let fields = broken[index] ?? []
            return fields.contains(.date) || fields.contains(.kind)
        }
        // Every (event, field) at each location, and whether checks there are to be dropped.
        var dropped: Set<SourceLocation> = []
        for (index, fields) in map.events where index < journey.events.count {
            let tainted =
                unreliable(index)
                || journey.events[index].links.contains { eventIndexByID[$0.target].map(unreliable) ?? false }
            for (field, location) in fields {
                if broken[index]?.contains(field) == true {
                    dropped.insert(location)
                    continue
                }
                guard tainted else { continue }
                switch field {
                case .link(let linkIndex):
                    // A reference to an id that does not exist is a mistake of its own,
                    // whatever else is wrong with the row.
                    let links = journey.events[index].links
                    if linkIndex < links.count, eventIndexByID[links[linkIndex].target] == nil { continue }
                    dropped.insert(location)
                case .whole, .date, .end, .value, .kind: dropped.insert(location)
                default: continue
                }
            }
        }
        return problems.filter { problem in problem.location.map { !dropped.contains($0) } ?? true }
    }
}
