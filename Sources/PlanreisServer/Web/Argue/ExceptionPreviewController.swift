import Foundation
import Hummingbird
import PlanreisModel
import PlanreisStore

/// `POST /api/v1/preview/exception`: the live cost-benefit of an exception being argued, for
/// the exception form's script. Reads no case and stores nothing, so nothing is audited; only
/// the roles that argue exceptions may ask.
struct ExceptionPreviewController {
    func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.post("preview/exception") { request, context in
            let caller = try context.caller()
            guard caller.role.editsCases else { throw APIError(StoreError.forbidden) }
            let body = try await JSONResponse.object(request, context: context)
            let draft = try ExceptionDraft(json: body)
            return JSONResponse.make(ExceptionPreview(draft, estimatedBy: caller.name).json(request.language))
        }
    }
}

extension ExceptionDraft {
    /// Reads the preview's JSON body: `obstacle`, `title`, `date`, `actor`,
    /// `legitimation {basis, argument, perspective}`, `costs [line]`,
    /// `avoided {title, likelihood, horizonMonths, costs [line]}`, a line being
    /// `{item, amount, quantity, periods, payer, note}`. Numbers may be given as JSON numbers or
    /// as text the way people type them (`"1.250,50"`, `"30-60"`); a member of the wrong type is
    /// a 400 that names it.
    init(json body: [String: Any]) throws {
        var wrong: [String] = []
        func text(_ object: [String: Any], _ key: String, path: String) -> String {
            switch object[key] {
            case nil, is NSNull: return ""
            case let s as String: return s
            case let n as NSNumber: return n.stringValue
            default:
                wrong.append(path + key)
                return ""
            }
        }
        func object(_ value: Any?, path: String) -> [String: Any] {
            switch value {
            case nil, is NSNull: return [:]
            case let o as [String: Any]: return o
            default:
                wrong.append(path)
                return [:]
            }
        }
        func lines(_ value: Any?, path: String) -> [Line] {
            guard let value, !(value is NSNull) else { return [] }
            guard let array = value as? [Any] else {
                wrong.append(path)
                return []
            }
            return array.enumerated().map { index, element in
                let o = object(element, path: "\(path)[\(index)]")
                let p = "\(path)[\(index)]."
                return Line(
                    item: text(o, "item", path: p), amount: text(o, "amount", path: p), quantity: text(o, "quantity", path: p),
                    periods: text(o, "periods", path: p), payer: text(o, "payer", path: p), note: text(o, "note", path: p))
            }
        }
        self.init()
        obstacle = text(body, "obstacle", path: "")
        title = text(body, "title", path: "")
        date = text(body, "date", path: "")
        actor = text(body, "actor", path: "")
        let legitimation = object(body["legitimation"], path: "legitimation")
        basis = text(legitimation, "basis", path: "legitimation.")
        argument = text(legitimation, "argument", path: "legitimation.")
        perspective = text(legitimation, "perspective", path: "legitimation.")
        costs = lines(body["costs"], path: "costs")
        let avoided = object(body["avoided"], path: "avoided")
        avoidedTitle = text(avoided, "title", path: "avoided.")
        likelihood = text(avoided, "likelihood", path: "avoided.")
        horizon = text(avoided, "horizonMonths", path: "avoided.")
        avoidedCosts = lines(avoided["costs"], path: "avoided.costs")
        guard wrong.isEmpty else {
            let names = wrong.map { "\"\($0)\"" }.joined(separator: ", ")
            throw APIError.badRequest(
                Localized(
                    nl: "verkeerd type bij \(names): verwacht tekst, getal of object",
                    en: "wrong type at \(names): expected text, number or object"))
        }
    }
}
