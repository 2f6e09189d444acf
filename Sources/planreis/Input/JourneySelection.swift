import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// Picks the journeys a command works on.
enum JourneySelection {
    /// The journeys of one input, every problem reported; exit code 1 when it has errors.
    /// With `id`, only that journey.
    static func load(_ input: String, id: String?, language: Language, limits: ReadLimits) throws -> [Journey] {
        let loaded = JourneyLoader(language: language, limits: limits).load(input)
        Console.report(loaded.diagnostics, language: language)
        if loaded.hasErrors { throw ExitCode(1) }
        return try pick(loaded.journeys, id: id, language: language)
    }

    static func pick(_ journeys: [Journey], id: String?, language: Language) throws -> [Journey] {
        guard let id else { return journeys }
        guard let match = journeys.first(where: { $0.id == id }) else {
            let known = journeys.map(\.id).joined(separator: ", ")
            Console.error(
                language.pick(
                    "fout: geen reis met id \"\(id)\"; het bestand bevat: \(known)",
                    "error: no journey with id \"\(id)\"; the file holds: \(known)"))
            throw ExitCode(2)
        }
        return [match]
    }
}
