import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser's session on the workbench pages: the cookie from the login form and the CSRF
/// token read from a page's hidden `csrf` field.
struct PageSession: Sendable {
    let client: any TestClientProtocol
    let cookie: String
    let csrf: String

    static let origin = "http://localhost"

    /// Logs `user` in through `POST /inloggen` and reads the token from *Mijn casussen*.
    static func login(_ client: any TestClientProtocol, _ user: String) async throws -> PageSession {
        let response = try await client.execute(
            uri: "/inloggen", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .origin: origin],
            body: ByteBuffer(string: "gebruikersnaam=\(user)&wachtwoord=correct+horse+battery&terug=%2Fcasussen"))
        #expect(response.status == .seeOther, "login of \(user): \(response.text)")
        let cookie = String((response.headers[.setCookie] ?? "").split(separator: ";").first ?? "")
        let list = try await client.execute(uri: "/casussen", method: .get, headers: [.cookie: cookie])
        return PageSession(client: client, cookie: cookie, csrf: hiddenCSRF(list.text) ?? "")
    }

    func get(_ uri: String, headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: cookie]
        for field in extra { headers[field.name] = field.value }
        return try await client.execute(uri: uri, method: .get, headers: headers)
    }

    /// Posts a form (`fields` percent-encoded); the session's `csrf` is added unless `csrf` says otherwise.
    func post(
        _ uri: String, _ fields: [(String, String)], csrf token: String? = nil, origin: String? = PageSession.origin
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"]
        if let origin { headers[.origin] = origin }
        let all = [("csrf", token ?? csrf)] + fields
        let body = all.map { "\(formEncode($0.0))=\(formEncode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// Posts a multipart form with one file and the session's `csrf`.
    func upload(_ uri: String, file name: String, type: String, bytes: [UInt8], csrf token: String? = nil) async throws -> TestResponse {
        let boundary = "----planreis-test-\(UUID().uuidString)"
        var body: [UInt8] = []
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token ?? csrf)\r\n".utf8)
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(name)\"\r\n".utf8)
        body += Array("Content-Type: \(type)\r\n\r\n".utf8) + bytes + Array("\r\n--\(boundary)--\r\n".utf8)
        let headers: HTTPFields = [
            .cookie: cookie, .origin: PageSession.origin, .contentType: "multipart/form-data; boundary=\(boundary)",
        ]
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}

/// The value of the first hidden `csrf` field of a page.
func hiddenCSRF(_ html: String) -> String? {
    guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
    return String(html[range.upperBound...].prefix { $0 != "\"" })
}

func formEncode(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
}

/// The CSP every page must carry.
let workbenchCSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
