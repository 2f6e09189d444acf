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
    /// The query without `lang`, for the language switch (`terug`, `q` are kept).
    var otherQuery: [(String, String)] = []
    var session: SessionInfo?

    static let languageCookieName = "planreis_lang"

    init(_ request: Request, context: RegisterContext) {
        path = request.uri.path
        otherQuery = request.uri.queryParameters.filter { $0.key != "lang" }.map { (String($0.key), String($0.value)) }
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

    /// This page in the other language.
    var switchHref: String {
        let other = language == .nl ? "en" : "nl"
        let kept = otherQuery.map { "\(PageForm.encode($0.0))=\(PageForm.encode($0.1))&" }.joined()
        return path + "?" + kept + "lang=" + other
    }

    /// The text of `key` in the page's language.
    func text(_ key: String) -> String { WebStrings.text(key, language) }
}
