import Hummingbird
import NIOCore
import PlanreisModel
import PlanreisStore

/// The per-request context: the client's address, and after authentication its session.
public struct RegisterContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client address, for the audit trail.
    public let client: String
    /// The session, once `SessionMiddleware` has found one.
    var session: SessionInfo?
    /// The cookie token of that session.
    var sessionToken: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "onbekend"
    }

    /// Bodies up to 16 MiB (a large case file as CSV or XML).
    public var maxUploadSize: Int { 16 << 20 }

    /// The authenticated caller; throws 401 when there is none.
    func caller() throws -> Caller {
        guard let session else { throw APIError.unauthenticated }
        return session.caller
    }
}

extension Request {
    /// The language of the answer: English when `Accept-Language` prefers it, Dutch otherwise.
    var language: Language {
        guard let header = headers[.acceptLanguage]?.lowercased() else { return .nl }
        let first = header.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        return first.hasPrefix("en") ? .en : .nl
    }
}
