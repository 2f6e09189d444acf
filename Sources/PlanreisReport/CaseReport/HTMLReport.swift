import Foundation
import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// A journey as one self-contained HTML file: the timeline with details, lane filter and zoom,
/// the journey's facts, the analysis summary and an accessible table of all events. Built from
/// the Mustache templates in `Templates/report`; nothing in it loads anything from the network.
public enum HTMLReport {
    /// Renders the report of `journey`.
    ///
    /// - Parameters:
    ///   - summary: an HTML fragment with the analysis summary, written as given (it must come
    ///     from planreis's own renderers, which escape what they write); nil leaves the section out.
    ///   - language: the language of every label.
    ///   - templates: a folder to read `report.mustache`, its partials, `report.css` and
    ///     `report.js` from (or its `report/` subfolder); files it lacks come from the bundled
    ///     templates. Nil uses the bundled templates.
    ///   - stalls: stalls from the analysis (`StallDetector`), shaded in the lane of whoever holds
    ///     the ball; explicit waits are shaded in any case.
    ///   - paper: the page the timeline is fitted to and printed on (A3 landscape by default).
    /// - Throws: `HTMLReportError` when templates are missing or not valid Mustache.
    public static func render(
        _ journey: Journey, summary: String? = nil, language: Language = .nl, templates: URL? = nil,
        stalls: [PlanreisAnalysis.Stall] = [], paper: Paper = .a3
    ) throws -> String {
        let loaded = try ReportTemplates.load(from: templates)
        let layout = SwimlaneLayout.fitted(journey, language: language, stalls: stalls, page: paper.printable)
        let svg = SVGRenderer.render(layout, of: journey, interactive: true)
        var context = ReportContext(journey: journey, layout: layout, language: language).dictionary
        context["svg"] = svg
        context["css"] = loaded.css + "\n" + SVGStyle.styleSheet + "\n" + paper.printCSS
        if let summary, !summary.isEmpty {
            context["summary"] = summary
            context["hasSummary"] = true
        }
        let data = ReportContext.eventData(journey: journey, layout: layout, language: language).serialized(.compactForHTMLScript)
        context["dataElement"] = "<script type=\"application/json\" id=\"planreis-data\">\(data)</script>"
        // The script runs only because its hash is in the policy: an injected script would not.
        let script = loaded.script.replacingOccurrences(of: "</script", with: "<\\/script")
        context["scriptElement"] = "<script>\(script)</script>"
        context["csp"] = contentSecurityPolicy(script: script)
        guard let html = loaded.library.render(context, withTemplate: "report") else {
            throw HTMLReportError.templatesNotFound(path: templates?.path ?? "Templates/report")
        }
        return html
    }

    /// Forbids every network request; allows the inline styles and exactly this inline script.
    static func contentSecurityPolicy(script: String) -> String {
        let hash = Data(SHA256.hash(Array(script.utf8))).base64EncodedString()
        return "default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-\(hash)'; img-src data:; "
            + "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    }
}
