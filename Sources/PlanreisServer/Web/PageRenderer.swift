import Foundation
import HTTPTypes
import Hummingbird
import PlanreisModel
import PlanreisReport
import PlanreisText

/// Renders workbench pages: a page template from `Templates/workbench` inside the shared
/// layout (navigation, language switch, live region), with the security headers every HTML
/// answer carries.
enum PageRenderer {
    /// The Content-Security-Policy of every page: nothing inline, nothing from elsewhere.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// The bundled templates and assets, loaded once.
    static let templates: TemplateFolder? = try? TemplateFolder(bundled: "workbench")

    /// Renders `template` with `context` inside the layout, as a complete HTML response.
    static func page(
        _ template: String, title: String, context: [String: Any] = [:], request page: PageRequest, status: HTTPResponse.Status = .ok
    ) -> Response {
        var values = context
        values["t"] = WebStrings.table(page.language)
        values["lang"] = page.language.rawValue
        values["csrf"] = page.session?.csrfToken
        guard let templates, let body = templates.render(values, template: template) else {
            return html(
                "<!doctype html><title>planreis</title><p>\(MarkupText.html(WebStrings.text("errorText", page.language)))</p>",
                status: .internalServerError, request: page)
        }
        values["title"] = title
        values["body"] = body
        values["nav"] = navigation(page)
        values["user"] = page.session?.caller.name
        values["switchHref"] = page.switchHref
        values["cssHref"] = WebAssets.href("workbench.css")
        values["jsHref"] = WebAssets.href("workbench.js")
        let document = templates.render(values, template: "layout") ?? body
        return html(document, status: status, request: page)
    }

    /// An HTML response with the security headers (and the language cookie when the switch was used).
    static func html(_ text: String, status: HTTPResponse.Status, request page: PageRequest) -> Response {
        var headers = securityHeaders
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.contentLanguage] = page.language.rawValue
        if let cookie = page.languageCookie { headers[.setCookie] = cookie }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The headers of every page: CSP, no framing, no sniffing, no referrer to elsewhere, no caching.
    static var securityHeaders: HTTPFields {
        var headers = HTTPFields()
        headers[.contentSecurityPolicy] = contentSecurityPolicy
        headers[.xFrameOptions] = "DENY"
        headers[.referrerPolicy] = "same-origin"
        headers[.xContentTypeOptions] = "nosniff"
        headers[.cacheControl] = "no-store"
        return headers
    }

    /// A 303 to `location` (after a post, or to the login page).
    static func redirect(_ location: String, request page: PageRequest? = nil, cookie: String? = nil) -> Response {
        var headers = HTTPFields()
        headers[.location] = location
        headers[.cacheControl] = "no-store"
        if let cookie { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        if let language = page?.languageCookie { headers.append(HTTPField(name: .setCookie, value: language)) }
        return Response(status: .seeOther, headers: headers)
    }

    /// The navigation bar's links for the caller's role; the current one marked.
    static func navigation(_ page: PageRequest) -> [[String: Any]] {
        guard let role = page.session?.caller.role else { return [] }
        var links: [(String, String)] = []
        if role.editsCases { links += [("/casussen", "myCases"), ("/casussen/nieuw", "newCase")] }
        if role == .coordinator { links.append(("/goedkeuringen", "approvals")) }
        if role == .policy { links += [("/budget", "budget"), ("/cohort", "cohort")] }
        return links.map { href, key in
            var link: [String: Any] = ["href": href, "label": WebStrings.text(key, page.language)]
            if page.path == href { link["current"] = true }
            return link
        }
    }
}

extension HTTPField.Name {
    static let xFrameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
