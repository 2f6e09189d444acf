import Foundation
import PlanreisModel
import PlanreisText

/// What reading a criteria file produced.
public struct CriteriaReadResult: Hashable, Sendable {
    public var set: CriteriaSet
    public var diagnostics: [Diagnostic]
}

extension CriteriaSet {
    /// The header words of the criteria CSV, Dutch and English.
    static let columns: [String: String] = [
        "id": "id", "criterium": "nl", "criterion": "en", "toets": "test", "test": "test", "waarde": "value",
        "value": "value", "registratie": "registration", "registration": "registration",
    ]

    /// Reads a criteria set: `id;criterium;criterion;toets;waarde;registratie` (`;` or `,`),
    /// one criterion per row. `toets` is one of `kleur`, `frequentie`, `schaal-onder`,
    /// `tel-labels`, `geen-vooruitgang`, `label-sleutel`, `hulpgeschiedenis`, `registratie`; `waarde` its
    /// parameters. Every problem with file, line and column.
    public static func read(csv text: String, file: String, name: String) -> CriteriaReadResult {
        var diagnostics: [Diagnostic] = []
        func error(_ line: Int, _ column: Int, _ nl: String, _ en: String, hint: (String, String)? = nil) {
            diagnostics.append(
                .error(
                    at: SourceLocation(file: file, line: line, column: column), Localized(nl: nl, en: en),
                    hint: hint.map { Localized(nl: $0.0, en: $0.1) }))
        }
        let (_, records, problems) = CSVTokenizer.split(String(text.drop { $0 == "\u{FEFF}" }))
        for p in problems {
            let (message, hint) = p.words
            diagnostics.append(
                .error(
                    at: SourceLocation(file: file, line: p.line, column: p.column), Localized(nl: message.nl, en: message.en),
                    hint: Localized(nl: hint.nl, en: hint.en)))
        }
        var rows = records.filter { !$0.cells.allSatisfy { $0.text.trimmedSpaces.isEmpty } }
        guard !rows.isEmpty else {
            error(
                1, 1, "het criteriabestand is leeg", "the criteria file is empty",
                hint: (
                    "begin met de kopregel id;criterium;criterion;toets;waarde;registratie",
                    "start with the header id;criterium;criterion;toets;waarde;registratie"
                ))
            return CriteriaReadResult(set: CriteriaSet(name: name, criteria: []), diagnostics: diagnostics)
        }
        let header = rows.removeFirst()
        var index: [String: Int] = [:]
        for (i, field) in header.cells.enumerated() {
            if let column = columns[field.text.trimmedSpaces.lowercased()] { index[column] = i }
        }
        for required in ["id", "nl", "test"] where index[required] == nil {
            error(
                header.line, 1, "kolom \(["id": "id", "nl": "criterium", "test": "toets"][required]!) ontbreekt",
                "column \(["id": "id", "nl": "criterion", "test": "test"][required]!) is missing")
        }
        guard !diagnostics.hasErrors else {
            return CriteriaReadResult(set: CriteriaSet(name: name, criteria: []), diagnostics: diagnostics)
        }

        var criteria: [Criterion] = []
        for row in rows {
            func cell(_ column: String) -> CSVCell? {
                guard let i = index[column], i < row.cells.count else { return nil }
                return row.cells[i]
            }
            func text(_ column: String) -> String? { cell(column).map { $0.text.trimmedSpaces }.flatMap { $0.isEmpty ? nil : $0 } }
            guard let id = text("id"), let nl = text("nl") else {
                error(row.line, 1, "regel zonder id of criterium", "row without id or criterion")
                continue
            }
            let word = text("test") ?? ""
            let value = text("value") ?? ""
            let parts = value.split(separator: " ").map(String.init)
            let at = cell("value") ?? cell("test") ?? CSVCell(text: "", line: row.line, column: 1, quoted: false)
            var test: CriterionTest?
            switch word.lowercased() {
            case "kleur", "colour", "color":
                let colours = parts.compactMap { w in
                    SafetyColour.allCases.first { $0.dutch == w.lowercased() || $0.rawValue == w.lowercased() }
                }
                if !colours.isEmpty && colours.count == parts.count { test = .colour(Set(colours)) }
            case "frequentie", "frequency":
                if parts.count == 3, let n = Int(parts[1]), let d = Int(parts[2]), n > 0, d >= 0 {
                    test = .frequency(key: parts[0], count: n, days: d)
                }
            case "schaal-onder", "scale-below":
                if parts.count == 1, let n = Int(parts[0]), (0...11).contains(n) { test = .scaleBelow(n) }
            case "tel-labels", "count-tags":
                if parts.count == 2, let n = Int(parts[1]), n > 0 { test = .tagCount(key: parts[0], atLeast: n) }
            case "geen-vooruitgang", "no-progress":
                if parts.count == 1, let n = Int(parts[0]), n >= 0 { test = .noProgress(days: n) }
            case "label-sleutel", "tag-key":
                if parts.count == 1 { test = .tagKey(parts[0]) }
            case "hulpgeschiedenis", "help-history":
                if parts.count == 1 { test = .helpHistory(parts[0]) }
            case "registratie", "registration":
                test = .registration
            default:
                let c = cell("test") ?? at
                error(
                    c.line, c.column, "onbekende toets \"\(word)\" bij criterium \"\(id)\"",
                    "unknown test \"\(word)\" in criterion \"\(id)\"",
                    hint: (
                        "gebruik kleur, frequentie, schaal-onder, tel-labels, geen-vooruitgang, label-sleutel, hulpgeschiedenis of registratie",
                        "use kleur, frequentie, schaal-onder, tel-labels, geen-vooruitgang, label-sleutel, hulpgeschiedenis or registratie"
                    ))
                continue
            }
            guard let test else {
                error(
                    at.line, at.column, "waarde \"\(value)\" past niet bij toets \(word) (criterium \"\(id)\")",
                    "value \"\(value)\" does not fit test \(word) (criterion \"\(id)\")",
                    hint: (
                        "voorbeelden: kleur \"rood oranje\", frequentie \"geweld 2 30\", schaal-onder \"5\", tel-labels \"leefgebied 5\", geen-vooruitgang \"365\", label-sleutel \"eerdere-hulpverlening\"",
                        "examples: kleur \"rood oranje\", frequentie \"geweld 2 30\", schaal-onder \"5\", tel-labels \"leefgebied 5\", geen-vooruitgang \"365\", label-sleutel \"eerdere-hulpverlening\""
                    ))
                continue
            }
            criteria.append(
                Criterion(id: id, label: Localized(nl: nl, en: text("en") ?? nl), test: test, registration: text("registration")))
        }
        return CriteriaReadResult(set: CriteriaSet(name: name, criteria: criteria), diagnostics: diagnostics)
    }

    /// The shipped checklist of seed 000, Bijlage 1 (`Templates/criteria/interventieteam-hg.csv`).
    public static func shipped() -> CriteriaReadResult {
        guard let url = Bundle.module.url(forResource: "interventieteam-hg", withExtension: "csv", subdirectory: "criteria"),
            let data = try? Data(contentsOf: url)
        else {
            return CriteriaReadResult(
                set: CriteriaSet(name: "", criteria: []),
                diagnostics: [
                    .warning(
                        at: nil,
                        Localized(
                            nl: "de meegeleverde criteria zijn niet gevonden", en: "the shipped criteria were not found"),
                        hint: Localized(nl: "geef een criteriabestand met --criteria", en: "pass a criteria file with --criteria"))
                ])
        }
        return read(
            csv: String(decoding: data, as: UTF8.self), file: "interventieteam-hg.csv",
            name: "Selectie casus voor het Interventieteam HG (GGD West-Brabant 2014, bijlage 1)")
    }
}
