import Foundation
import Hummingbird
import PlanreisStore

/// The fields of a posted form (`application/x-www-form-urlencoded`). Reading one behind a
/// login checks its hidden `csrf` field against the session's token (403 page otherwise).
struct PageForm {
    private(set) var values: [String: [String]] = [:]

    /// Forms are small; anything larger than this is refused.
    static let maxSize = 1 << 20

    init(values: [String: [String]]) {
        self.values = values
    }

    /// The first value of `name`, or "".
    subscript(_ name: String) -> String { values[name]?.first ?? "" }

    /// The form of `request`; with `checkCSRF` (every form behind a login) its `csrf` must be the session's token.
    static func read(_ request: Request, context: RegisterContext, checkCSRF: Bool = true) async throws -> PageForm {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: maxSize)
        } catch {
            throw PageError.forbidden
        }
        let form = PageForm(values: parse(String(buffer: buffer)))
        if checkCSRF {
            guard let session = context.session, SessionMiddleware.constantTimeEqual(form["csrf"], session.csrfToken) else {
                throw PageError.forbidden
            }
        }
        return form
    }

    /// Parses `a=1&b=x+y` (plus for space, percent escapes as UTF-8); malformed escapes are kept literally.
    static func parse(_ text: String) -> [String: [String]] {
        var values: [String: [String]] = [:]
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = decode(String(parts[0]))
            let value = parts.count > 1 ? decode(String(parts[1])) : ""
            values[name, default: []].append(value)
        }
        return values
    }

    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// Percent-encodes `text` for a query value.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~/")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
