import HTTPTypes
import Hummingbird
import PlanreisAnalysis
import PlanreisFormats
import PlanreisStore

/// `GET /research/export?format=csv|json|xes[&year=][&minCell=]` for researchers: every live
/// case (or those starting in `year`) anonymised as `planreis anonymize` does, with a fresh
/// secret key per export (pseudonyms and date shift unlinkable to any other export), and small
/// cells suppressed (`ResearchRelease`): no release of fewer than `minCell` cases, no place or
/// tag that fewer than `minCell` cases share.
struct ResearchController {
    let register: Register
    /// The smallest cell released unless the researcher asks for a larger one.
    static let minimumCell = 5

    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("research/export") { request, context in
            let parameters = request.uri.queryParameters
            let formats: [String: (JourneyFormat, String)] = [
                "csv": (.csv, "text/csv; charset=utf-8"), "json": (.json, "application/json; charset=utf-8"),
                "xes": (.xes, "application/xml"),
            ]
            let name = parameters["format"].map(String.init) ?? "csv"
            guard let (format, type) = formats[name] else {
                throw APIError.badRequest(
                    .init(nl: "format=\(name) is onbekend; kies csv, json of xes", en: "format=\(name) is unknown; choose csv, json or xes")
                )
            }
            var year: Int?
            if let text = parameters["year"] {
                guard let value = Int(text), (1900...2200).contains(value) else {
                    throw APIError.badRequest(
                        .init(nl: "geef ?year= als jaartal, bijvoorbeeld 2021", en: "give ?year= as a year, for example 2021"))
                }
                year = value
            }
            var minimum = Self.minimumCell
            if let text = parameters["minCell"] {
                guard let value = Int(text), value >= Self.minimumCell else {
                    throw APIError.badRequest(
                        .init(
                            nl: "minCell moet een getal van minstens \(Self.minimumCell) zijn",
                            en: "minCell must be a number of at least \(Self.minimumCell)"))
                }
                minimum = value
            }
            let journeys = try await register.researchCases(caller: try context.caller(), year: year)
            let release = ResearchRelease(minimum: minimum, anonymizer: Anonymizer(key: .random()))
            switch release.release(journeys) {
            case .failure(.tooFewCases(let count, let minimum)):
                throw APIError(
                    status: .conflict, code: "te-weinig-casussen",
                    message: .init(
                        nl: "te weinig casussen voor een export: \(count < minimum ? "minder dan \(minimum)" : String(count)); "
                            + "een export bevat er minstens \(minimum)",
                        en: "too few cases for an export: \(count < minimum ? "fewer than \(minimum)" : String(count)); "
                            + "an export holds at least \(minimum)"))
            case .success(let result):
                var headers = HTTPFields()
                headers[.contentDisposition] = "attachment; filename=\"planreis-onderzoek\(year.map { "-\($0)" } ?? "").\(name)\""
                headers[HTTPField.Name("X-Planreis-Cases")!] = String(result.journeys.count)
                headers[HTTPField.Name("X-Planreis-Min-Cell")!] = String(minimum)
                return JSONResponse.bytes(format.write(result.journeys), type: type, headers: headers)
            }
        }
    }
}
