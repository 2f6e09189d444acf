import Mustache
import PlanreisModel
import PlanreisText

/// How the report's templates escape `{{name}}`: per Unicode scalar with `MarkupText.html`.
///
/// swift-mustache's own HTML escape looks at `Character`s, so a quote followed by a combining
/// mark (`"` U+0301, one `Character`) stays a bare quote and user text could end an attribute
/// value in a template such as `title="{{title}}"`. Every template, bundled or from
/// `--template`, gets `pragma` as its first line; partials switch back to swift-mustache's
/// escape when they start, so each needs the pragma of its own.
struct ReportContentType: MustacheContentType {
    static let name = "PLANREIS_HTML"
    /// A standalone tag on a line of its own: it selects this content type and writes nothing.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"
    /// Lines `pragma` adds before a template's first line (for the line numbers of errors).
    static let pragmaLines = 1

    /// Registers the content type with swift-mustache once, before the first template is parsed.
    static let registered: Void = MustacheContentTypes.register(ReportContentType(), named: name)

    func escapeText(_ text: String) -> String {
        MarkupText.html(text)
    }
}
