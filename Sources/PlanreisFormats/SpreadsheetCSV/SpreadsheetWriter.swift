import PlanreisModel
import PlanreisText

/// Writes journeys as spreadsheet rows. Only the contract columns (docs/PRODUCT.md §4) (and `actorgroep`) are always
/// written; the other columns appear when some journey uses them. Journey data sits on the
/// first row of each journey; lane rows (`soort` = `baan`) are written only when the events alone
/// would not bring back every lane in its order.
struct SpreadsheetWriter {
    let options: SpreadsheetCSVFormat.WriteOptions

    var english: Bool { options.language == .en }

    func write(_ journeys: [Journey]) -> String {
        var rows: [[SpreadsheetColumn: String]] = []
        for journey in journeys { rows += self.rows(for: journey) }
        let columns = SpreadsheetColumn.writeOrder.filter { column in
            SpreadsheetColumn.always.contains(column) || rows.contains { !($0[column] ?? "").isEmpty }
        }
        var text = options.byteOrderMark ? "\u{FEFF}" : ""
        text += columns.map { $0.header(english) }.joined(separator: String(options.delimiter)) + options.lineEnding
        for row in rows {
            text += columns.map { cell(row[$0] ?? "") }.joined(separator: String(options.delimiter)) + options.lineEnding
        }
        return text
    }

    /// A cell as written: guarded against formulas, quoted when it must be (`CSVCellWriter`).
    func cell(_ value: String) -> String {
        CSVCellWriter.cell(value, delimiter: options.delimiter, guardingFormulas: options.guardsFormulas)
    }

    // MARK: rows of one journey

    func rows(for journey: Journey) -> [[SpreadsheetColumn: String]] {
        let laneRows = needsLaneRows(journey)
        let appearance = laneRows ? journey.actors : actorsInEventOrder(journey)
        let directory = Self.directory(replaying: appearance)
        let writesIDs = needsActorIDs(appearance)
        var kindByID: [String: EventKind] = [:]
        for event in journey.events {
            if let id = event.id, kindByID[id] == nil { kindByID[id] = event.kind }
        }
        let context = RowContext(
            journey: journey, lanes: appearance, directory: directory, writesActorIDs: writesIDs, kindByID: kindByID)

        var rows: [[SpreadsheetColumn: String]] = []
        if laneRows {
            for actor in journey.actors {
                var row = actorCells(actor, context: context)
                row[.kind] = english ? "lane" : "baan"
                rows.append(row)
            }
        }
        for event in journey.events { rows.append(eventCells(event, context: context)) }
        if rows.isEmpty { rows.append([.kind: english ? "case" : "casus"]) }
        rows[0].merge(journeyCells(journey)) { _, new in new }
        for index in rows.indices { rows[index][.journey] = journey.id }
        return rows
    }

    /// Lanes in the order the reader would meet them in the event rows.
    private func actorsInEventOrder(_ journey: Journey) -> [Actor] {
        var seen: Set<String> = []
        var result: [Actor] = []
        for event in journey.events where !seen.contains(event.actor) {
            seen.insert(event.actor)
            result.append(journey.actor(withID: event.actor) ?? Actor(id: event.actor, name: event.actor, group: .other))
        }
        return result
    }

    /// Lane rows are needed when a lane has no event, or the events meet the lanes in another order.
    private func needsLaneRows(_ journey: Journey) -> Bool {
        actorsInEventOrder(journey).map(\.id) != journey.actors.map(\.id)
    }

    /// The reader's lane directory after meeting `actors` in this order by name.
    static func directory(replaying actors: [Actor]) -> ActorDirectory {
        var directory = ActorDirectory()
        for (index, actor) in actors.enumerated() {
            directory.register(index, id: actor.id, name: actor.name)
        }
        return directory
    }

    /// Whether names alone would give other ids than the journey's (then `actor_id` is written).
    private func needsActorIDs(_ actors: [Actor]) -> Bool {
        var replay = ActorDirectory()
        for (index, actor) in actors.enumerated() {
            if let known = replay.lookup(name: actor.name) {
                if actors[known].id != actor.id { return true }
                continue
            }
            if TextFolding.folded(actor.name).isEmpty || replay.newID(for: actor.name) != actor.id { return true }
            replay.register(index, id: actor.id, name: actor.name)
        }
        return false
    }

    /// What the rows of one journey share.
    struct RowContext {
        var journey: Journey
        /// Lanes in the order the reader meets them; the directory's indices point here.
        var lanes: [Actor]
        var directory: ActorDirectory
        var writesActorIDs: Bool
        /// The kind of the first event with each id, for link kinds.
        var kindByID: [String: EventKind]
    }

    func journeyCells(_ journey: Journey) -> [SpreadsheetColumn: String] {
        var row: [SpreadsheetColumn: String] = [:]
        if journey.title != journey.id { row[.journeyTitle] = journey.title }
        row[.municipality] = journey.municipality
        row[.region] = journey.region
        row[.source] = journey.source
        if journey.isConstructed { row[.constructed] = english ? "yes" : "ja" }
        row[.journeyDescription] = journey.description
        if !journey.household.isEmpty {
            row[.household] = CompactList.join(pairs: journey.household.map { ($0.name == nil ? nil : $0.role, $0.name ?? $0.role) })
        }
        if !journey.tags.isEmpty { row[.journeyTags] = CompactList.join(pairs: journey.tags.map { ($0.key, $0.value) }) }
        return row
    }

    func actorCells(_ actor: Actor, context: RowContext) -> [SpreadsheetColumn: String] {
        var row: [SpreadsheetColumn: String] = [.actor: actor.name, .actorGroup: english ? actor.group.english : actor.group.dutch]
        if context.writesActorIDs { row[.actorID] = actor.id }
        row[.actorColour] = actor.colour
        row[.actorOrder] = actor.order.map(String.init)
        row[.actorDescription] = actor.description
        return row
    }
}
