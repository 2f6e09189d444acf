import ArgumentParser

/// The output formats a command writes, chosen one way for every command: `--format`, else
/// the output file's extension (`.htm` counts as `.html`, `.markdown` as `.md`), else the
/// command's default.
protocol OutputFormatChoice: RawRepresentable<String>, CaseIterable, ExpressibleByArgument {}

extension OutputFormatChoice {
    /// The format `output`'s extension names, if this command writes it.
    static func fromExtension(of output: String) -> Self? {
        let lower = output.lowercased()
        let aliases = ["htm": "html", "markdown": "md"]
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex || lower.count > 1 else { return nil }
        let ending = String(lower[lower.index(after: dot)...])
        let word = aliases[ending] ?? ending
        return allCases.first { $0.rawValue == word }
    }

    /// `given`, else the extension's format, else `fallback`.
    static func resolve(_ given: Self?, output: String, fallback: Self?) -> Self? {
        given ?? fromExtension(of: output) ?? fallback
    }

    /// `md, csv of html`: the words `--format` takes here.
    static var wordList: String {
        let words = allCases.map(\.rawValue)
        return words.count > 1 ? words.dropLast().joined(separator: ", ") + " of " + words.last! : words.joined()
    }
}

/// What `analyze` writes.
enum AnalysisOutput: String, OutputFormatChoice {
    case md, json, html
    /// One page for the household in plain Dutch (HTML, A4 portrait).
    case household
}

/// What the table commands (`compare`, `budget`) write.
enum TableOutput: String, OutputFormatChoice {
    case md, csv, xlsx, json, html
}

/// What `render` writes.
enum TimelineOutput: String, OutputFormatChoice {
    case html, svg, pdf
}
