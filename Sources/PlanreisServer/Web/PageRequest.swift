import Foundation
import Hummingbird
import PlanreisModel
import PlanreisStore

/// What every page needs from its request: the language (the `?lang=` switch, remembered in
/// the cookie `planreis_lang`, else `Accept-Language`), the path, and the session if any.
struct PageRequest {
    var language: Language
    /// The `Set-Cookie` value remembering a language chosen with `?lang=` on this request.
    var languageCookie: String?
    var path: String
    var session: SessionInfo?

    static let languageCookieName = "planreis_lang"

    init(_ request: Request, context: RegisterContext) {
        path = request.uri.path
        session = context.session
        let chosen = request.uri.queryParameters["lang"].map(String.init)
        if let chosen, let language = Language(rawValue: chosen) {
            self.language = language
            languageCookie = "\(Self.languageCookieName)=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax"
        } else if let remembered = request.cookies[Self.languageCookieName]?.value, let language = Language(rawValue: remembered) {
            self.language = language
        } else {
            language = request.language
        }
    }

    /// The caller; pages behind `PageSessionMiddleware` always have one.
    func caller() throws -> Caller {
        guard let session else { throw PageError.forbidden }
        return session.caller
    }

    /// The text of `key` in the page's language.
    func text(_ key: String) -> String { WebStrings.text(key, language) }
}
