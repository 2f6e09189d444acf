import Hummingbird
import PlanreisModel
import PlanreisStore

/// `GET /casussen/{id}/geschiedenis[?revisie=]` and `POST …/{revision}/herstellen`: every
/// revision with who, when and which events it added, changed or removed; an earlier revision
/// shown read-only; restoring one writes it as a new revision (nothing is lost), with the base
/// revision checked so a colleague's later change is never overwritten unseen.
struct HistoryPage {
    let register: Register

    /// Differences are computed for the latest revisions only (each needs the revision before).
    static let diffedRevisions = 30

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/{id}/geschiedenis") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            let id = try context.parameters.require("id")
            let shown = request.uri.queryParameters["revisie"].flatMap { Int(String($0)) }
            return try await render(page, id: id, shown: shown, caller: caller)
        }
        group.post("casussen/{id}/geschiedenis/{revision}/herstellen") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            let id = try context.parameters.require("id")
            let form = try await PageForm.read(request, context: context)
            guard let revision = Int(try context.parameters.require("revision")) else { throw PageError.pageNotFound }
            let current = try await register.journeyForEdit(id, caller: caller)
            let base = Int(form["revisie"]) ?? current.revision
            let journey = try await register.revision(id, revision, caller: caller)
            do {
                _ = try await register.updateJourney(id, base: base, with: journey, caller: caller, change: JourneyChange("restore"))
            } catch StoreError.stale {
                return try await render(
                    page, id: id, shown: revision, caller: caller,
                    notice: page.language.pick(
                        "De casus is intussen gewijzigd; bekijk de nieuwste revisie en zet zo nodig opnieuw terug.",
                        "The case changed meanwhile; look at the latest revision and restore again if needed."))
            }
            return PageRenderer.redirect("/casussen/\(id)/geschiedenis", request: page)
        }
    }

    private func render(_ page: PageRequest, id: String, shown: Int?, caller: Caller, notice: String? = nil) async throws -> Response {
        let revisions = try await register.history(id, caller: caller)
        guard let latest = revisions.last else { throw PageError.caseNotFound }
        let language = page.language
        func t(_ key: String) -> String { ArgueStrings.text(key, language) }
        var journeys: [Int: Journey] = [:]
        for info in revisions.suffix(Self.diffedRevisions + 1) {
            journeys[info.revision] = try await register.revision(id, info.revision, caller: caller)
        }
        var rows: [[String: Any]] = []
        for info in revisions.reversed() {
            var row: [String: Any] = [
                "revision": info.revision, "who": info.author, "what": Self.changeWord(info.change, language),
                "when": WebDates.timestamp(info.at, language), "whenISO": WebDates.iso(info.at),
                "viewHref": "/casussen/\(id)/geschiedenis?revisie=\(info.revision)#revisie",
                "restoreAction": "/casussen/\(id)/geschiedenis/\(info.revision)/herstellen",
                "restoreLabel": t("restoreRevision").replacingOccurrences(of: "%@", with: String(info.revision)),
            ]
            if info.revision == latest.revision { row["current"] = true }
            if let new = journeys[info.revision], info.revision == 1 || journeys[info.revision - 1] != nil {
                let diff = RevisionDiff(old: journeys[info.revision - 1], new: new)
                row["changes"] = diff.lines(language)
            }
            rows.append(row)
        }
        let title = try await register.journey(id, caller: caller, action: "read").journey.title
        var values: [String: Any] = [
            "a": ArgueStrings.table(language), "assets": ArgueAssets.links, "rows": rows, "caseTitle": title,
            "caseHref": "/casussen/\(id)", "latest": latest.revision,
        ]
        if let notice { values["notice"] = notice }
        if let shown, revisions.contains(where: { $0.revision == shown }) {
            var journey = journeys[shown]
            if journey == nil { journey = try await register.revision(id, shown, caller: caller) }
            guard let journey else { throw PageError.caseNotFound }
            values["shown"] = [
                "heading": t("revisionTitle").replacingOccurrences(of: "%@", with: String(shown)),
                "events": journey.events.map { event -> [String: Any] in
                    [
                        "date": event.date.formatted(language), "actor": journey.actor(withID: event.actor)?.name ?? event.actor,
                        "kind": language == .en ? event.kind.english : event.kind.dutch, "title": event.title,
                    ]
                },
            ]
        }
        return PageRenderer.page("argue/history", title: t("historyTitle"), context: values, request: page)
    }

    static func changeWord(_ change: String, _ language: Language) -> String {
        switch change {
        case "create": language.pick("aangemaakt", "created")
        case "update": language.pick("vervangen", "replaced")
        case "event-add": language.pick("gebeurtenis toegevoegd", "event added")
        case "event-update": language.pick("gebeurtenis gewijzigd", "event changed")
        case "event-delete": language.pick("gebeurtenis verwijderd", "event removed")
        case "restore": language.pick("eerdere revisie teruggezet", "earlier revision restored")
        default: change
        }
    }
}

/// Which events one revision added, changed and removed compared with the one before (by id;
/// an event without an id by its position).
struct RevisionDiff {
    var added: [Event] = []
    var changed: [Event] = []
    var removed: [Event] = []
    /// The first revision: everything is new, so only a count is worth showing.
    var initial = false

    init(old: Journey?, new: Journey) {
        initial = old == nil
        func keyed(_ journey: Journey) -> [(String, Event)] {
            journey.events.enumerated().map { ($1.id ?? "#\($0)", $1) }
        }
        let before = Dictionary(keyed(old ?? Journey(id: "", title: "")), uniquingKeysWith: { first, _ in first })
        let after = keyed(new)
        let afterKeys = Set(after.map(\.0))
        for (key, event) in after {
            if let previous = before[key] {
                if previous != event { changed.append(event) }
            } else {
                added.append(event)
            }
        }
        if let old { removed = keyed(old).filter { !afterKeys.contains($0.0) }.map(\.1) }
    }

    func lines(_ language: Language) -> [[String: Any]] {
        if initial {
            return [["label": language.pick("\(added.count) gebeurtenissen", "\(added.count) events"), "titles": [[String: Any]]()]]
        }
        var lines: [[String: Any]] = []
        for (key, events) in [("added", added), ("changed", changed), ("removed", removed)] where !events.isEmpty {
            lines.append(["label": ArgueStrings.text(key, language), "titles": events.map { ["title": $0.title] }, "hasTitles": true])
        }
        if lines.isEmpty { lines.append(["label": ArgueStrings.text("noEventChanges", language), "titles": [[String: Any]]()]) }
        return lines
    }
}
