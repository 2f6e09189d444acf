import Hummingbird
import PlanreisStore

/// Why a page cannot be shown; `PageErrorMiddleware` renders each as an HTML page.
enum PageError: Error {
    /// A case that does not exist or that the caller may not see: the same page for both.
    case caseNotFound
    /// An address the workbench does not have.
    case pageNotFound
    /// A role that may not do this, or a form post without the session's CSRF token or from another origin.
    case forbidden
}

/// Turns errors of page routes into HTML pages with the security headers, in the page's
/// language: 404 "Casus niet gevonden" for a case that does not exist and for one the caller
/// may not see alike, 403 for refusals, 500 without details.
struct PageErrorMiddleware: RouterMiddleware {
    typealias Context = RegisterContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return Self.page(for: error, request: PageRequest(request, context: context), context: context)
        }
    }

    static func page(for error: any Error, request page: PageRequest, context: Context) -> Response {
        let kind: (title: String, text: String, status: HTTPResponse.Status)
        switch error {
        case PageError.caseNotFound, StoreError.notFound: kind = ("notFoundTitle", "notFoundText", .notFound)
        case PageError.pageNotFound: kind = ("pageNotFoundTitle", "pageNotFoundText", .notFound)
        case let error as HTTPError where error.status == .notFound: kind = ("pageNotFoundTitle", "pageNotFoundText", .notFound)
        case PageError.forbidden, StoreError.forbidden: kind = ("forbiddenTitle", "forbiddenText", .forbidden)
        case let error as APIError where error.status == .forbidden: kind = ("forbiddenTitle", "forbiddenText", .forbidden)
        default:
            context.logger.error("interne fout op pagina", metadata: ["type": "\(type(of: error))"])
            kind = ("errorTitle", "errorText", .internalServerError)
        }
        let title = page.text(kind.title)
        return PageRenderer.page(
            "error", title: title, context: ["heading": title, "message": page.text(kind.text)], request: page, status: kind.status)
    }
}
