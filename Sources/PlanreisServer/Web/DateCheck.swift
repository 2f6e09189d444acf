import Hummingbird
import PlanreisModel
import PlanreisText

/// `GET /api/v1/check/date?text=`: how planreis reads a date as typed, for the live check at
/// the *Datum* field: `{"ok", "normalized", "precision", "message", "tip"}` with the message
/// and tip `planreis validate` gives for the same text.
enum DateCheck {
    static func addRoutes(to group: RouterGroup<RegisterContext>) {
        group.get("check/date") { request, context in
            _ = try context.caller()
            let text = request.uri.queryParameters["text"].map(String.init) ?? ""
            return JSONResponse.make(result(text, request.language))
        }
    }

    static func result(_ text: String, _ language: Language) -> JSONValue {
        do {
            let date = try PartialDate(parsing: text)
            return .object([
                ("ok", .bool(true)), ("normalized", .string(date.edtf)), ("precision", .string(precisionName(date.precision))),
                ("message", .string(language.pick("gelezen als: ", "read as: ") + date.formatted(language))), ("tip", .null),
            ])
        } catch {
            return .object([
                ("ok", .bool(false)), ("normalized", .null), ("precision", .null), ("message", .string(error.message(language))),
                ("tip", .string(error.hint(language))),
            ])
        }
    }

    static func precisionName(_ precision: PartialDate.Precision) -> String {
        switch precision {
        case .year: "year"
        case .yearPart: "yearPart"
        case .season: "season"
        case .month: "month"
        case .day: "day"
        case .time: "time"
        }
    }
}
