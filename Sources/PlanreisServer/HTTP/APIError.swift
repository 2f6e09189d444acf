import Hummingbird
import PlanreisAnalysis
import PlanreisModel
import PlanreisStore
import PlanreisText

/// An error the API answers with `{"error": {"code", "message", …}}`.
struct APIError: Error {
    var status: HTTPResponse.Status
    var code: String
    var message: Localized
    /// More members of the error object (the problems of a 422, the current revision of a 412).
    var details: [(String, JSONValue)] = []
    var headers: HTTPFields = [:]

    static let unauthenticated = APIError(
        status: .unauthorized, code: "niet-aangemeld", message: Localized(nl: "meld u eerst aan", en: "log in first"))
    static let csrf = APIError(
        status: .forbidden, code: "csrf",
        message: Localized(
            nl: "verzoek geweigerd: het CSRF-token (X-CSRF-Token) ontbreekt of klopt niet",
            en: "request refused: the CSRF token (X-CSRF-Token) is missing or wrong"))
    static let origin = APIError(
        status: .forbidden, code: "origin",
        message: Localized(
            nl: "verzoek geweigerd: de Origin-header ontbreekt of is niet deze server",
            en: "request refused: the Origin header is missing or not this server"))
    static let notFound = APIError(
        status: .notFound, code: "niet-gevonden", message: Localized(nl: "niet gevonden", en: "not found"))
    static let preconditionRequired = APIError(
        status: .init(code: 428), code: "if-match-vereist",
        message: Localized(
            nl: "geef de revisie waarop de wijziging berust in de If-Match-header",
            en: "give the revision the change is based on in the If-Match header"))

    static func badRequest(_ message: Localized) -> APIError {
        APIError(status: .badRequest, code: "ongeldig-verzoek", message: message)
    }

    /// The error for a store refusal.
    init(_ error: StoreError) {
        switch error {
        case .notFound: self = .notFound
        case .stale(let current):
            self.init(
                status: .preconditionFailed, code: "verouderde-revisie", message: error.message,
                details: [("currentRevision", .int(current))])
            headers[.eTag] = "\"\(current)\""
        case .forbidden: self.init(status: .forbidden, code: "geen-toegang", message: error.message)
        case .conflict: self.init(status: .conflict, code: "conflict", message: error.message)
        case .invalid: self.init(status: .unprocessableContent, code: "ongeldig", message: error.message)
        case .badCredentials: self.init(status: .unauthorized, code: "aanmelden-mislukt", message: error.message)
        case .throttled(let seconds):
            self.init(status: .tooManyRequests, code: "te-veel-pogingen", message: error.message)
            headers[.retryAfter] = String(seconds)
        case .newerSchema, .unreadable, .badLocation:
            self.init(status: .serviceUnavailable, code: "database", message: error.message)
        }
    }

    init(status: HTTPResponse.Status, code: String, message: Localized, details: [(String, JSONValue)] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.details = details
    }

    /// The JSON response in `language`.
    func response(_ language: Language) -> Response {
        let body = JSONValue.object([
            ("error", .object([("code", .string(code)), ("message", .string(message(language)))] + details))
        ])
        var response = JSONResponse.make(body, status: status)
        for field in headers { response.headers.append(field) }
        return response
    }
}
