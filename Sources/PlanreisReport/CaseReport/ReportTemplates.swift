import Foundation
import Mustache

/// The report's templates, stylesheet and script, read from a folder with the bundled
/// `Templates/report` as fallback for every file the folder does not have, so that a
/// municipality can override only its stylesheet.
struct ReportTemplates {
    var library: MustacheLibrary
    var css: String
    var script: String

    /// The bundled `Templates/report` folder.
    static var bundledDirectory: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Templates").appendingPathComponent("report")
    }

    /// Loads from `directory` (a folder holding `report.mustache`, or one with a `report/`
    /// subfolder that does), falling back to the bundled files.
    static func load(from directory: URL?) throws(HTMLReportError) -> ReportTemplates {
        var folders: [URL] = []
        if let directory {
            let nested = directory.appendingPathComponent("report")
            let useNested = FileManager.default.fileExists(atPath: nested.appendingPathComponent("report.mustache").path)
            let folder = useNested ? nested : directory
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .templatesNotFound(path: directory.path)
            }
            folders.append(folder)
        }
        if let bundled = bundledDirectory { folders.append(bundled) }

        var texts: [String: (text: String, file: String)] = [:]
        for folder in folders.reversed() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") || name == "report.css" || name == "report.js" {
                let url = folder.appendingPathComponent(name)
                guard let data = FileManager.default.contents(atPath: url.path) else { continue }
                guard let text = String(data: data, encoding: .utf8) else { throw .unreadable(file: url.path) }
                texts[name] = (text, url.path)
            }
        }
        guard texts["report.mustache"] != nil else {
            throw .templatesNotFound(path: directory?.path ?? bundledDirectory?.path ?? "Templates/report")
        }

        ReportContentType.registered
        var library = MustacheLibrary()
        for (name, entry) in texts.sorted(by: { $0.key < $1.key }) where name.hasSuffix(".mustache") {
            do {
                let template = try MustacheTemplate(string: ReportContentType.pragma + entry.text)
                library.register(template, named: String(name.dropLast(".mustache".count)))
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(
                    file: entry.file, line: max(1, error.context.lineNumber - ReportContentType.pragmaLines),
                    column: error.context.columnNumber, detail: "\(error.error)")
            } catch {
                throw .syntax(file: entry.file, line: 1, column: 1, detail: "\(error)")
            }
        }
        return ReportTemplates(library: library, css: texts["report.css"]?.text ?? "", script: texts["report.js"]?.text ?? "")
    }
}
