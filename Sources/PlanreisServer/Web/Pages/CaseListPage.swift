import Foundation
import Hummingbird
import PlanreisModel
import PlanreisStore

/// `GET /casussen?q=`: *Mijn casussen*, the cases on the caller's teams, searchable.
struct CaseListPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.forbidden }
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            let cases = try await register.journeys(caller: caller, query: query.isEmpty ? nil : query)
            var values: [String: Any] = [
                "search": FormField(name: "q", label: page.text("searchLabel"), value: query, control: .search).context,
                "cases": cases.map { row(for: $0, page) },
            ]
            if !cases.isEmpty { values["hasCases"] = true }
            if cases.isEmpty { values["empty"] = page.text(query.isEmpty ? "noCases" : "noMatches") }
            return PageRenderer.page("cases", title: page.text("myCases"), context: values, request: page)
        }
    }

    private func row(for summary: JourneySummary, _ page: PageRequest) -> [String: Any] {
        var status = summary.closed ? page.language.pick("gesloten", "closed") : page.text("statusOpen")
        if summary.waitingProposals > 0 {
            status +=
                " · "
                + page.language.pick(
                    "\(summary.waitingProposals) \(summary.waitingProposals == 1 ? "voorstel wacht" : "voorstellen wachten")",
                    "\(summary.waitingProposals) \(summary.waitingProposals == 1 ? "proposal waits" : "proposals wait")")
        }
        var values: [String: Any] = [
            "href": "/casussen/" + summary.id, "title": summary.title, "status": status,
            "changed": WebDates.timestamp(summary.updatedAt, page.language), "changedISO": WebDates.iso(summary.updatedAt),
            "changedBy": summary.updatedBy,
        ]
        if let municipality = summary.municipality { values["municipality"] = municipality }
        return values
    }
}

/// Register timestamps (seconds since 1970) as people read them, in Dutch time.
enum WebDates {
    static let zone = TimeZone(identifier: "Europe/Amsterdam") ?? .current

    /// `3 dec. 2026 14:05` / `3 Dec 2026 14:05`.
    static func timestamp(_ seconds: Int64, _ language: Language) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language == .en ? "en_GB" : "nl_NL")
        formatter.timeZone = zone
        formatter.dateFormat = "d MMM yyyy HH:mm"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// ISO 8601 with offset, for `<time datetime>`.
    static func iso(_ seconds: Int64) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
