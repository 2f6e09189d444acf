/// How a spreadsheet names lanes: by name, folded for comparison; an id made from the name
/// when the row gives none. The reader builds lanes with it, and the writer replays it to know
/// whether names alone bring back the same ids.
struct ActorDirectory {
    private(set) var byID: [String: Int] = [:]
    private(set) var byName: [String: Int] = [:]

    /// The lane an id or, failing that, a name refers to.
    func lookup(id: String?, name: String?) -> Int? {
        if let id { return byID[id] }
        if let name { return byName[TextFolding.folded(name)] }
        return nil
    }

    /// A lane named `name`, by folded name.
    func lookup(name: String) -> Int? { byName[TextFolding.folded(name)] }

    /// A new, unused id made from a lane name: `jeugdconsulent-gemeente`, then `…-2`.
    func newID(for name: String) -> String {
        let base = TextFolding.slug(name)
        var candidate = base
        var counter = 2
        while byID[candidate] != nil {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return candidate
    }

    /// Records lane `index` under its id and (if not taken) its name.
    mutating func register(_ index: Int, id: String, name: String) {
        if byID[id] == nil { byID[id] = index }
        let key = TextFolding.folded(name)
        if !key.isEmpty, byName[key] == nil { byName[key] = index }
    }
}
