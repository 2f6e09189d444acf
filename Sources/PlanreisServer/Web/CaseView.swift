import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisStore

/// The parts of the case page that change when an event is saved: the timeline (the SVG of
/// `planreis render`), the analysis panel, and the events table (also the timeline's table
/// alternative for screen readers).
struct CaseView {
    let stored: StoredJourney
    let page: PageRequest
    let analysis: Analysis

    init(_ stored: StoredJourney, _ page: PageRequest) {
        self.stored = stored
        self.page = page
        analysis = Analyzer(priceList: CaseOutputController.priceList).analyze(stored.journey)
    }

    var journey: Journey { stored.journey }

    var context: [String: Any] {
        var values: [String: Any] = [
            "caseID": stored.id, "caseTitle": journey.title, "revision": stored.revision,
            "events": rows, "analysis": analysisContext, "exports": exports,
        ]
        if !journey.events.isEmpty {
            // Interactive: no `<style>` element, which the page's CSP would refuse.
            values["svg"] = SVGRenderer.render(
                journey, options: .init(language: page.language, interactive: true), stalls: analysis.stalls.stalls)
        }
        var meta: [String] = []
        if let municipality = journey.municipality { meta.append(municipality) }
        let members = journey.household.map { member in member.name.map { "\(member.role) (\($0))" } ?? member.role }
        if !members.isEmpty { meta.append(members.joined(separator: ", ")) }
        values["meta"] = meta.joined(separator: " · ")
        return values
    }

    /// Events in time order, each with its edit link and its fields as text.
    var rows: [[String: Any]] {
        let pricedExceptions = Dictionary(analysis.exceptions.map { ($0.event, $0) }, uniquingKeysWith: { first, _ in first })
        let order = journey.events.indices.sorted { a, b in
            let x = journey.events[a].date.earliestDay, y = journey.events[b].date.earliestDay
            return x != y ? x < y : a < b
        }
        return order.map { index in
            let event = journey.events[index]
            var row: [String: Any] = [
                "date": event.date.formatted(page.language), "actor": analysis.actorName(event.actor) ?? event.actor,
                "kind": event.kind.word(page.language), "title": event.title, "index": index,
            ]
            if let id = event.id { row["editHref"] = "/casussen/\(stored.id)/gebeurtenissen/\(id)" }
            if let end = event.end { row["end"] = end.formatted(page.language) }
            if let description = event.description { row["description"] = description }
            // An exception's cost as the analysis prices it (price-list items included); any
            // other event's cost lines as typed.
            let cost = pricedExceptions[index]?.cost ?? event.costs.compactMap(\.amount).reduce(Money(cents: 0), +)
            if cost.cents != 0 { row["cost"] = cost.formatted(page.language) }
            if let id = event.id, let state = stored.approvals[id] {
                row["approval"] = state.status.rawValue
            }
            return row
        }
    }

    private var analysisContext: [String: Any] {
        let l = page.language
        let stalls = analysis.stalls.stalls.prefix(analysis.options.topStalls).map { stall -> [String: Any] in
            var entry: [String: Any] = [
                "title": stall.title(l), "duration": stall.duration.formatted(l),
                "period": "\(stall.start.formatted(l)) – \(stall.isOpen ? l.pick("nu", "now") : stall.end.formatted(l))",
            ]
            if let actor = analysis.actorName(stall.actor) { entry["actor"] = actor }
            return entry
        }
        let open = analysis.stalls.obstacles.filter(\.isOpen).map { status -> [String: Any] in
            let event = journey.events[status.obstacle]
            var entry: [String: Any] = ["title": event.title, "since": event.date.formatted(l)]
            if let id = event.id { entry["exceptionHref"] = "/casussen/\(stored.id)/uitzondering?obstakel=\(id)" }
            return entry
        }
        let exceptions = analysis.exceptions.map { benefit -> [String: Any] in
            let event = journey.events[benefit.event]
            let state = event.id.flatMap { stored.approvals[$0] }
            // An unpriced line is not zero: say so, and give no net figure built on it.
            let unpriced = benefit.costLines.count { $0.amount == nil }
            var cost = benefit.cost.formatted(l)
            if unpriced > 0 {
                cost += l.pick(
                    " + \(unpriced) niet geprijsde \(unpriced == 1 ? "kostenregel" : "kostenregels")",
                    " + \(unpriced) unpriced cost \(unpriced == 1 ? "line" : "lines")")
            }
            var entry: [String: Any] = ["title": event.title, "cost": cost]
            if !benefit.estimates.isEmpty { entry["estimate"] = l.pick("bevat schattingen", "includes estimates") }
            if let state {
                entry["state"] = state.status.rawValue
                entry["stateLabel"] = Self.stateLabel(state.status, l)
            } else {
                entry["stateLabel"] = l.pick("zonder kosten, geen goedkeuring nodig", "no cost, no approval needed")
            }
            if let net = benefit.net, benefit.isComplete { entry["net"] = net.formatted(l) }
            return entry
        }
        var values: [String: Any] = ["stalls": stalls, "open": open, "exceptions": exceptions]
        if stalls.isEmpty { values["noStalls"] = true }
        if open.isEmpty { values["noOpen"] = true }
        if exceptions.isEmpty { values["noExceptions"] = true }
        values["total"] = analysis.stalls.total.formatted(l)
        return values
    }

    static func stateLabel(_ status: ApprovalStatus, _ language: Language) -> String {
        switch status {
        case .proposed: language.pick("voorgesteld, wacht op goedkeuring", "proposed, waiting for approval")
        case .approved: language.pick("goedgekeurd", "approved")
        case .refused: language.pick("afgewezen", "refused")
        }
    }

    private var exports: [[String: String]] {
        ["xml", "csv", "json", "xes"].map { ["href": "/api/v1/journeys/\(stored.id)/export.\($0)", "label": ".\($0)"] }
            + [["href": "/api/v1/journeys/\(stored.id)/report.html", "label": page.text("report")]]
    }
}
