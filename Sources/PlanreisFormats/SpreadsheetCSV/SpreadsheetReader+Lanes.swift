import PlanreisModel

extension SpreadsheetReader {
    /// The lane a row names (by `actor_id`, else by name), created when new, with the lane
    /// cells of the row applied. Nil (and an error) when the row names no lane.
    mutating func readLane(_ row: SpreadsheetRow, draft d: Int) -> Int? {
        let name = row.text(.actor), id = row.text(.actorID)
        guard name != nil || id != nil else {
            error(
                at: row.location(.actor),
                nl: "geen actor in deze regel", en: "no actor in this row",
                hint: (
                    nl: "vul de naam van de baan in, bijvoorbeeld \"Jeugdconsulent gemeente\"",
                    en: "fill in the lane name, for example \"Youth consultant\""
                ))
            return nil
        }
        let index: Int
        if let existing = drafts[d].actors.lookup(id: id, name: name) {
            index = existing
            if let name, TextFolding.folded(name) != TextFolding.folded(drafts[d].journey.actors[index].name) {
                let actor = drafts[d].journey.actors[index]
                warning(
                    at: row.location(.actor),
                    nl: "actor-id \"\(actor.id)\" heet hier \"\(name)\" maar eerder \"\(actor.name)\"; de eerste naam geldt",
                    en: "actor id \"\(actor.id)\" is called \"\(name)\" here but \"\(actor.name)\" before; the first name counts",
                    hint: (nl: "gebruik per actor-id één naam", en: "use one name per actor id"))
            }
        } else {
            let newID = id ?? drafts[d].actors.newID(for: name!)
            drafts[d].journey.actors.append(Actor(id: newID, name: name ?? newID, group: .other))
            index = drafts[d].journey.actors.count - 1
            drafts[d].actors.register(index, id: newID, name: name ?? newID)
            drafts[d].map.actors[index] = [
                .whole: row.location(name != nil ? .actor : .actorID),
                .id: row.location(id != nil ? .actorID : .actor),
            ]
        }
        readLaneFields(row, draft: d, actor: index)
        return index
    }

    /// Group, colour, order and description of a lane: the first value counts.
    private mutating func readLaneFields(_ row: SpreadsheetRow, draft d: Int, actor index: Int) {
        for column in [SpreadsheetColumn.actorGroup, .actorColour, .actorOrder, .actorDescription] {
            guard let text = row.text(column) else { continue }
            let location = row.location(column)
            var actor = drafts[d].journey.actors[index]
            if let first = drafts[d].actorFieldLocations[index]?[column] {
                if !laneField(column, of: actor, equals: text) {
                    warning(
                        at: location,
                        nl: "\"\(column.dutch)\" van actor \"\(actor.name)\" verschilt van regel \(first.line); de eerste waarde geldt",
                        en: "\"\(column.english)\" of actor \"\(actor.name)\" differs from line \(first.line); the first value counts",
                        hint: (nl: "geef een actor overal dezelfde gegevens", en: "give an actor the same data everywhere"))
                }
                continue
            }
            switch column {
            case .actorGroup:
                guard let group = ActorGroup(word: text) else {
                    error(
                        at: location, nl: "onbekende actorgroep \"\(text)\"", en: "unknown actor group \"\(text)\"",
                        hint: (
                            nl: "gebruik een van: \(ActorGroup.allCases.map(\.dutch).joined(separator: ", "))",
                            en: "use one of: \(ActorGroup.allCases.map(\.english).joined(separator: ", "))"
                        ))
                    continue
                }
                actor.group = group
                drafts[d].explicitGroups.insert(index)
                drafts[d].map.actors[index, default: [:]][.group] = location
            case .actorColour:
                guard Self.isColour(text) else {
                    error(
                        at: location, nl: "ongeldige kleur \"\(text)\"", en: "invalid colour \"\(text)\"",
                        hint: (nl: "schrijf een kleur als #0072B2", en: "write a colour like #0072B2"))
                    continue
                }
                actor.colour = text
            case .actorOrder:
                guard let order = Int(text) else {
                    error(
                        at: location, nl: "volgorde \"\(text)\" is geen geheel getal", en: "order \"\(text)\" is not a whole number",
                        hint: (nl: "schrijf de plaats van de baan, bijvoorbeeld 1", en: "write the lane position, for example 1"))
                    continue
                }
                actor.order = order
            default:
                actor.description = text
            }
            drafts[d].journey.actors[index] = actor
            drafts[d].actorFieldLocations[index, default: [:]][column] = location
        }
    }

    private func laneField(_ column: SpreadsheetColumn, of actor: Actor, equals text: String) -> Bool {
        switch column {
        case .actorGroup: return ActorGroup(word: text).map { $0 == actor.group } ?? false
        case .actorColour: return actor.colour == text
        case .actorOrder: return Int(text) == actor.order
        default: return actor.description == text
        }
    }

    /// `#rgb` or `#rrggbb`.
    static func isColour(_ text: String) -> Bool {
        guard text.first == "#", text.count == 4 || text.count == 7 else { return false }
        return text.dropFirst().allSatisfy(\.isHexDigit)
    }

    /// Guesses the group of every lane that no cell gave one; the first lane that looks like
    /// the household (and no lane was given the household) becomes the household.
    mutating func guessGroups(draft d: Int) {
        var householdTaken = drafts[d].journey.actors.indices.contains {
            drafts[d].explicitGroups.contains($0) && drafts[d].journey.actors[$0].group == .household
        }
        for index in drafts[d].journey.actors.indices where !drafts[d].explicitGroups.contains(index) {
            let group = ActorGroupGuess.guess(drafts[d].journey.actors[index].name, householdTaken: householdTaken)
            if group == .household { householdTaken = true }
            drafts[d].journey.actors[index].group = group
        }
    }
}
