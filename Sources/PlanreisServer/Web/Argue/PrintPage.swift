import Hummingbird
import PlanreisAnalysis
import PlanreisModel
import PlanreisReport
import PlanreisStore

/// `GET /casussen/{id}/afdrukken`: the case for the case conference on one A3 landscape sheet
/// (`@page { size: A3 landscape }` in `argue.css`): the swimlane timeline from the same renderer
/// as `planreis render`, the `analyze` summary, and the export links. PDF through the browser's
/// print dialog.
struct PrintPage {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("casussen/{id}/afdrukken") { request, context in
            let page = PageRequest(request, context: context)
            let caller = try page.caller()
            guard caller.role.editsCases else { throw PageError.caseNotFound }
            let id = try context.parameters.require("id")
            let stored = try await register.journey(id, caller: caller, action: "read-report")
            let analysis = Analyzer(priceList: CaseOutputController.priceList).analyze(stored.journey)
            // Interactive: no <style> element of its own, which the page's CSP would refuse.
            let svg = SVGRenderer.render(
                stored.journey, options: .init(language: page.language, interactive: true, paper: .a3), stalls: analysis.stalls.stalls)
            var values: [String: Any] = [
                "a": ArgueStrings.table(page.language), "assets": ArgueAssets.links, "caseTitle": stored.journey.title,
                "caseHref": "/casussen/\(id)", "revision": stored.revision,
                "timeline": svg, "analysis": AnalysisHTMLWriter(language: page.language, headingOffset: 1).write(analysis),
                "exports": ExportLinks.links(id: id),
            ]
            if let municipality = stored.journey.municipality, !municipality.isEmpty { values["municipality"] = municipality }
            return PageRenderer.page(
                "argue/print", title: ArgueStrings.text("printTitle", page.language) + ": " + stored.journey.title, context: values,
                request: page)
        }
    }
}

/// The case's downloads: the existing API exports and the HTML report.
enum ExportLinks {
    static func links(id: String) -> [[String: String]] {
        [
            ("export.xml", ".planreis.xml"), ("export.csv", "CSV"), ("export.json", "JSON"), ("export.xes", "XES"),
            ("report.html", "HTML-rapport / HTML report"),
        ].map { ["href": "/api/v1/journeys/\(id)/\($0.0)", "label": $0.1] }
    }
}
