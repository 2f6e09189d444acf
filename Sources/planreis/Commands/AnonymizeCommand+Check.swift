import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

extension AnonymizationOptions.ShiftMode: ExpressibleByArgument {}

extension AnonymizeCommand {
    /// The shipped name lists plus every `--names` file.
    func loadLists(_ lang: Language) throws -> NameLists {
        var (lists, diagnostics) = NameLists.shipped()
        for path in nameLists {
            switch InputFile.read(path, maxBytes: 16 << 20) {
            case .success(let bytes): lists.add(String(decoding: bytes, as: UTF8.self), as: "gemeente")
            case .failure(let diagnostic):
                Console.report([diagnostic], language: lang)
                throw ExitCode(2)
            }
        }
        Console.report(diagnostics, language: lang)
        return lists
    }

    /// `--check FILE`: lists what still looks like a name or number; exit 1 when anything does.
    func runCheck(_ path: String, lists: NameLists) throws {
        let lang = language.lang
        let loaded = JourneyLoader(language: lang, limits: limits.readLimits).load(path, format: format)
        Console.report(loaded.diagnostics, language: lang)
        guard !loaded.hasErrors else { throw ExitCode(1) }
        let findings = AnonymizationCheck(lists: lists).findings(in: loaded.journeys)
        for finding in findings {
            let times = finding.count > 1 ? " (\(finding.count)×)" : ""
            Console.out("\(path): \(finding.journey) \(finding.field): \"\(finding.text)\": \(finding.kind.label(lang))\(times)")
        }
        let words = findings.filter { $0.kind != .digits }.count, digits = findings.count - words
        Console.error(
            lang.pick(
                "\(loaded.journeys.count) casus(sen) gecontroleerd: \(words) woord(en) en \(digits) cijferreeks(en) om na te kijken voordat u het bestand deelt.",
                "\(loaded.journeys.count) journey(s) checked: \(words) word(s) and \(digits) run(s) of digits to look at before sharing the file."
            ))
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
