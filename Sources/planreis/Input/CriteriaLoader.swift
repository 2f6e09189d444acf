import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// Loads the selection checklist: the shipped one (seed 000, Bijlage 1), or a municipality's own.
enum CriteriaLoader {
    static func load(_ path: String?, language: Language, limits: ReadLimits = LimitOptions.environment) throws -> CriteriaSet {
        try ReferenceFileLoader.load(
            path, language: language, limits: limits,
            read: { bytes, path in
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    let problem = Diagnostic.error(
                        at: SourceLocation(file: path, line: 1, column: 1),
                        Localized(nl: "het criteriabestand is geen geldige UTF-8", en: "the criteria file is not valid UTF-8"),
                        hint: Localized(nl: "sla het bestand op als UTF-8", en: "save the file as UTF-8"))
                    return (CriteriaSet.shipped().set, [problem])
                }
                let name = path.split(separator: "/").last.map(String.init) ?? path
                let result = CriteriaSet.read(csv: text, file: path, name: name)
                return (result.set, result.diagnostics)
            },
            shipped: {
                let result = CriteriaSet.shipped()
                return (result.set, result.diagnostics)
            })
    }
}
