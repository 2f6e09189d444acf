import Hummingbird
import PlanreisAnalysis
import PlanreisStore
import PlanreisText

/// `GET /audit` (admin): the audit trail as JSON, or as CSV with `?format=csv`.
struct AuditController {
    let register: Register

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("audit") { request, context in
            let parameters = request.uri.queryParameters
            var query = AuditQuery(journey: parameters["journey"].map(String.init), user: parameters["user"].map(String.init))
            for (key, keyPath) in [("from", \AuditQuery.from), ("to", \AuditQuery.to)] as [(Substring, WritableKeyPath<AuditQuery, Int64?>)]
            {
                guard let text = parameters[key].map(String.init) else { continue }
                guard let seconds = JourneyJSON.seconds(text) else {
                    throw APIError.badRequest(
                        .init(
                            nl: "\(key)=\"\(text)\" is geen datum; schrijf bijvoorbeeld 2026-12-03 of 2026-12-03T10:00:00Z",
                            en: "\(key)=\"\(text)\" is not a date; write for example 2026-12-03 or 2026-12-03T10:00:00Z"))
                }
                query[keyPath: keyPath] = key == "to" && text.count == 10 ? seconds + 86_399 : seconds
            }
            let entries = try await register.auditEntries(query, caller: try context.caller())
            if parameters["format"] == "csv" { return JSONResponse.text(csv(entries), type: "text/csv; charset=utf-8") }
            return JSONResponse.make(.object([("entries", .array(entries.map(json)))]))
        }
    }

    private func json(_ entry: AuditEntry) -> JSONValue {
        .object([
            ("id", .int(entry.id)), ("at", .string(JourneyJSON.timestamp(entry.at))), ("user", .string(entry.user)),
            ("role", .string(entry.role)), ("action", .string(entry.action)),
            ("journey", .optional(entry.journey) { .string($0) }), ("event", .optional(entry.event) { .string($0) }),
            ("revision", .optional(entry.revision) { .int($0) }), ("purpose", .string(entry.purpose)), ("client", .string(entry.client)),
        ])
    }

    /// RFC 4180 CSV; every field quoted, so no cell can start a formula in a spreadsheet.
    private func csv(_ entries: [AuditEntry]) -> String {
        func field(_ text: String) -> String {
            var text = text.replacingOccurrences(of: "\"", with: "\"\"")
            if let first = text.first, "=+-@\t\r".contains(first) { text = "'" + text }
            return "\"" + text + "\""
        }
        var lines = ["tijd,gebruiker,rol,actie,casus,gebeurtenis,revisie,doel,client"]
        for entry in entries {
            lines.append(
                [
                    JourneyJSON.timestamp(entry.at), entry.user, entry.role, entry.action, entry.journey ?? "", entry.event ?? "",
                    entry.revision.map(String.init) ?? "", entry.purpose, entry.client,
                ].map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
