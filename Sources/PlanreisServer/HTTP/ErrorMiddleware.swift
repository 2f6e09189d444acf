import Hummingbird
import Logging
import PlanreisStore

/// Turns every error into the one JSON error shape, in the caller's language, and logs the
/// request (method, route, status; never a body). The route is logged as its pattern
/// (`/casussen/{id}/gebeurtenissen/{eventId}`), not the address: an event id comes from the case's
/// own file and may hold a name. Internal errors never show their details.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = RegisterContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = error.response(request.language)
        } catch let error as StoreError {
            response = APIError(error).response(request.language)
        } catch let error as HTTPError where error.status == .notFound && !request.uri.path.hasPrefix("/api/") {
            // An address outside the API is a browser's: the workbench's not-found page.
            response = PageErrorMiddleware.page(
                for: PageError.pageNotFound, request: PageRequest(request, context: context), context: context)
        } catch let error as HTTPError {
            let code: String
            let message: (nl: String, en: String)
            switch error.status {
            case .notFound: (code, message) = ("niet-gevonden", ("niet gevonden", "not found"))
            case .methodNotAllowed: (code, message) = ("methode", ("deze methode kan hier niet", "method not allowed here"))
            case .contentTooLarge: (code, message) = ("te-groot", ("het verzoek is te groot", "the request is too large"))
            default: (code, message) = ("http-\(error.status.code)", ("verzoek geweigerd", "request refused"))
            }
            response = APIError(status: error.status, code: code, message: .init(nl: message.nl, en: message.en))
                .response(request.language)
        } catch {
            context.logger.error("interne fout", metadata: ["type": "\(type(of: error))"])
            response = APIError(
                status: .internalServerError, code: "interne-fout",
                message: .init(nl: "er ging iets mis in de server", en: "something went wrong in the server")
            ).response(request.language)
        }
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        response.headers[.xContentTypeOptions] = "nosniff"
        context.logger.info(
            "verzoek",
            metadata: [
                "method": "\(request.method)", "route": "\(context.endpointPath ?? "-")", "status": "\(response.status.code)",
            ])
        return response
    }
}
