import Hummingbird
import PlanreisText

/// The argue pages' stylesheet and script (`Templates/workbench/argue/argue.css`, `argue.js`),
/// served from the binary at `/assets/argue/…` with a long cache lifetime and a content hash
/// in the link, like the workbench's own assets.
enum ArgueAssets {
    static let types = ["argue.css": "text/css; charset=utf-8", "argue.js": "text/javascript; charset=utf-8"]

    static func bytes(_ name: String) -> [UInt8]? { PageRenderer.templates?.files["argue/" + name] }

    /// `/assets/argue/argue.css?v=…` by name, for the templates (`{{assets.css}}`, `{{assets.js}}`).
    static let links: [String: String] = {
        func href(_ name: String) -> String {
            let hash = SHA256.hash(bytes(name) ?? []).prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
            return "/assets/argue/\(name)?v=\(hash)"
        }
        return ["css": href("argue.css"), "js": href("argue.js")]
    }()

    static func addRoutes(to router: Router<RegisterContext>) {
        router.get("assets/argue/{name}") { _, context in
            let name = try context.parameters.require("name")
            guard let type = types[name], let bytes = bytes(name) else { throw HTTPError(.notFound) }
            var headers = PageRenderer.securityHeaders
            headers[.contentType] = type
            headers[.cacheControl] = "public, max-age=31536000, immutable"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}
