import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// Loads the selection checklist: the shipped one (seed 000, Bijlage 1), or a municipality's own.
enum CriteriaLoader {
    static func load(_ path: String?, language: Language, limits: ReadLimits = LimitOptions.environment) throws -> CriteriaSet {
        let result: CriteriaReadResult
        if let path {
            switch InputFile.read(path, maxBytes: limits.maxBytes) {
            case .failure(let diagnostic):
                Console.report([diagnostic], language: language)
                throw ExitCode(1)
            case .success(let bytes):
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    Console.report(
                        [
                            .error(
                                at: SourceLocation(file: path, line: 1, column: 1),
                                Localized(nl: "het criteriabestand is geen geldige UTF-8", en: "the criteria file is not valid UTF-8"),
                                hint: Localized(nl: "sla het bestand op als UTF-8", en: "save the file as UTF-8"))
                        ], language: language)
                    throw ExitCode(1)
                }
                let name = path.split(separator: "/").last.map(String.init) ?? path
                result = CriteriaSet.read(csv: text, file: path, name: name)
            }
        } else {
            result = CriteriaSet.shipped()
        }
        Console.report(result.diagnostics, language: language)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        return result.set
    }
}
