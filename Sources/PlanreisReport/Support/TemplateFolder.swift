import Foundation
import Mustache

/// A folder of bundled Mustache templates (`Templates/<name>`) with the report's escaping
/// (`{{name}}` escapes per Unicode scalar with `MarkupText.html`), for other modules of the
/// package (the register's workbench pages) that must not depend on Mustache themselves.
package struct TemplateFolder: Sendable {
    private let library: MustacheLibrary
    /// The folder's other files (stylesheets, scripts) by name.
    package let files: [String: [UInt8]]

    /// Loads every `*.mustache` file of `Templates/<name>` and its subfolders (a template in
    /// `argue/form.mustache` is named `argue/form`); other files are kept as bytes.
    package init(bundled name: String) throws(HTMLReportError) {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates").appendingPathComponent(name) else {
            throw .templatesNotFound(path: "Templates/\(name)")
        }
        ReportContentType.registered
        var library = MustacheLibrary()
        var files: [String: [UInt8]] = [:]
        let paths = FileManager.default.subpaths(atPath: folder.path) ?? []
        if paths.isEmpty { throw .templatesNotFound(path: folder.path) }
        for path in paths.sorted() {
            let url = folder.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            guard path.hasSuffix(".mustache") else {
                files[path] = Array(data)
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: url.path) }
            do {
                let template = try MustacheTemplate(string: ReportContentType.pragma + text)
                library.register(template, named: String(path.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(
                    file: url.path, line: max(1, error.context.lineNumber - ReportContentType.pragmaLines),
                    column: error.context.columnNumber, detail: "\(error.error)")
            } catch {
                throw .syntax(file: url.path, line: 1, column: 1, detail: "\(error)")
            }
        }
        self.library = library
        self.files = files
    }

    /// The template `name` rendered with `context`, or nil when there is no such template.
    package func render(_ context: Any, template name: String) -> String? {
        library.render(context, withTemplate: name)
    }
}
