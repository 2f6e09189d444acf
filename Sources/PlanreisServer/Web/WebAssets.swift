import Hummingbird
import PlanreisReport
import PlanreisText

/// The workbench's stylesheet and script, served from the binary's resources at `/assets/…`
/// with a long cache lifetime; pages link them with a content hash (`?v=…`) so a new build
/// is fetched at once. `workbench.css` carries the timeline's own rules (`SVGStyle`) too: the
/// CSP refuses the inline `<style>` a standalone SVG has, so the embedded timeline gets its
/// bar, arrow and halo styles from the page's style sheet.
enum WebAssets {
    static let types = ["workbench.css": "text/css; charset=utf-8", "workbench.js": "text/javascript; charset=utf-8"]

    /// The versions (first 16 hex digits of the SHA-256) of the assets, by name.
    static let versions: [String: String] = {
        var versions: [String: String] = [:]
        for name in types.keys {
            let bytes = asset(name) ?? []
            versions[name] = SHA256.hash(bytes).prefix(8).map { String($0, radix: 16).leftPadded(2) }.joined()
        }
        return versions
    }()

    /// The bytes served for `name`; the style sheet with the timeline's rules appended.
    static func asset(_ name: String) -> [UInt8]? {
        guard let bytes = PageRenderer.templates?.files[name] else { return nil }
        return name == "workbench.css" ? bytes + Array(("\n/* The timeline (SVGStyle). */\n" + SVGStyle.styleSheet).utf8) : bytes
    }

    static func href(_ name: String) -> String {
        "/assets/\(name)?v=\(versions[name] ?? "0")"
    }

    static func addRoutes(to router: Router<RegisterContext>) {
        router.get("assets/{name}") { request, context in
            let name = try context.parameters.require("name")
            guard let type = types[name], let bytes = asset(name) else {
                throw HTTPError(.notFound)
            }
            var headers = PageRenderer.securityHeaders
            headers[.contentType] = type
            headers[.cacheControl] = "public, max-age=31536000, immutable"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
