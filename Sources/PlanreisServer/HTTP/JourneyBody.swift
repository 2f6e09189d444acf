import Foundation
import Hummingbird
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisText

/// A journey read from a request body in any planreis input format, with the same checks as
/// `planreis validate`; problems become a 422 that lists each with its place.
enum JourneyBody {
    /// The format a `Content-Type` names.
    static func format(_ request: Request) throws -> JourneyFormat {
        let type = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }
        switch type {
        case "application/xml", "text/xml", "application/vnd.planreis+xml": return .planreisXML
        case "text/csv", "text/tab-separated-values": return .csv
        case "application/json", "application/vnd.planreis+json": return .json
        case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": return .xlsx
        case "application/vnd.oasis.opendocument.spreadsheet": return .ods
        default:
            throw APIError(
                status: .unsupportedMediaType, code: "onbekend-type",
                message: .init(
                    nl:
                        "onbekend Content-Type \"\(type ?? "")\"; gebruik application/xml, text/csv, application/json of een werkmap (.xlsx, .ods)",
                    en:
                        "unknown Content-Type \"\(type ?? "")\"; use application/xml, text/csv, application/json or a workbook (.xlsx, .ods)"
                ))
        }
    }

    /// Reads exactly one journey from `bytes`, or throws a 422 with every problem.
    static func read(_ bytes: [UInt8], format: JourneyFormat, file: String) throws -> (journey: Journey, warnings: [Diagnostic]) {
        let result = format.read(bytes, file: file, limits: .default)
        if result.hasErrors { throw invalid(result.diagnostics) }
        guard result.journeys.count == 1, let journey = result.journeys.first else {
            throw APIError(
                status: .unprocessableContent, code: "ongeldige-reis",
                message: .init(
                    nl: "de body moet precies één reis bevatten, niet \(result.journeys.count)",
                    en: "the body must hold exactly one journey, not \(result.journeys.count)"))
        }
        return (journey, result.diagnostics)
    }

    /// The 422 for a list of problems.
    static func invalid(_ diagnostics: [Diagnostic]) -> APIError {
        let errors = diagnostics.count { $0.severity == .error }
        return APIError(
            status: .unprocessableContent, code: "ongeldige-reis",
            message: .init(
                nl: "de reis heeft \(errors) \(errors == 1 ? "fout" : "fouten"); er is niets opgeslagen",
                en: "the journey has \(errors) \(errors == 1 ? "error" : "errors"); nothing was stored"),
            details: [("problems", problems(diagnostics))])
    }

    /// Problems as JSON: severity, place (file, line, column, and sheet for a workbook), message
    /// and hint in both languages. Each kind of warning appears at most five times, then one entry
    /// counts the rest (`WarningSummary`, as on the command line); errors are all listed.
    static func problems(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(
            WarningSummary.summarise(diagnostics.sortedByLocation()).diagnostics.map { diagnostic in
                var members: [(String, JSONValue)] = [("severity", .string(diagnostic.severity.rawValue))]
                if let location = diagnostic.location {
                    members += [("file", .string(location.file)), ("line", .int(location.line)), ("column", .int(location.column))]
                    if let sheet = location.sheet { members.append(("sheet", .string(sheet))) }
                }
                members.append(("message", .object([("nl", .string(diagnostic.message.nl)), ("en", .string(diagnostic.message.en))])))
                if let hint = diagnostic.hint {
                    members.append(("hint", .object([("nl", .string(hint.nl)), ("en", .string(hint.en))])))
                }
                return .object(members)
            })
    }

    /// The revision an `If-Match` header names (`"3"`, `3`, `W/"3"`), nil when absent.
    static func ifMatch(_ request: Request) throws -> Int? {
        guard var text = request.headers[.ifMatch]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if text.hasPrefix("W/") { text.removeFirst(2) }
        text = text.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard let revision = Int(text), revision > 0 else {
            throw APIError.badRequest(
                .init(nl: "If-Match \"\(text)\" is geen revisienummer", en: "If-Match \"\(text)\" is not a revision number"))
        }
        return revision
    }

    /// The revision of a required `If-Match` header (428 when absent).
    static func requiredIfMatch(_ request: Request) throws -> Int {
        guard let revision = try ifMatch(request) else { throw APIError.preconditionRequired }
        return revision
    }
}
