import Foundation
import PlanreisModel

/// The word lists the anonymiser judges names by, read from data files (`Templates/anonymize/`,
/// shipped as a resource) so that a municipality can read, check and extend them: first names,
/// surnames, particles, places, ordinary words that are also names, known capitalised words
/// that are not names, and kinds of organisation. Every entry is kept in lower case.
public struct NameLists: Sendable {
    /// First names and surnames (and any names a municipality adds).
    public internal(set) var names: Set<String> = []
    /// Particles that belong to a surname ("van", "der", "el", "ben").
    public internal(set) var particles: Set<String> = []
    /// Places, as lower-cased word sequences ("den", "haag").
    public internal(set) var places: [[String]] = []
    /// Ordinary words that are also on a name or place list ("bakker", "wil", "best").
    public internal(set) var ordinary: Set<String> = []
    /// Capitalised words that are not names (countries, languages, abbreviations, apps).
    public internal(set) var known: Set<String> = []
    /// Kinds of organisation: a lower-cased phrase and the kind shown, longest phrase first.
    public internal(set) var organisations: [(phrase: [String], kind: String)] = []

    public init() {}

    /// The lists shipped with planreis; a list that cannot be found is reported and left empty.
    public static func shipped() -> (lists: NameLists, diagnostics: [Diagnostic]) {
        var lists = NameLists()
        var diagnostics: [Diagnostic] = []
        for file in ["voornamen", "achternamen", "tussenvoegsels", "plaatsen", "gewone-woorden", "woorden", "organisaties"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "anonymize"),
                let data = try? Data(contentsOf: url)
            else {
                diagnostics.append(
                    .warning(
                        at: nil,
                        Localized(
                            nl: "de meegeleverde lijst anonymize/\(file).txt is niet gevonden; de anonimisering vangt minder",
                            en: "the shipped list anonymize/\(file).txt was not found; the anonymisation catches less")))
                continue
            }
            lists.add(String(decoding: data, as: UTF8.self), as: file)
        }
        return (lists, diagnostics)
    }

    /// The shipped lists, read once.
    public static let standard: NameLists = shipped().lists

    /// Adds the entries of a list file: `voornamen`, `achternamen` and a municipality's own list
    /// (`--names`) add names; the other file names fill their own list.
    public mutating func add(_ text: String, as list: String) {
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            switch list {
            case "plaatsen":
                places.append(Self.words(line))
            case "organisaties":
                let parts = line.components(separatedBy: "=")
                guard parts.count == 2 else { continue }
                organisations.append((Self.words(parts[0]), parts[1].trimmingCharacters(in: .whitespaces)))
            case "tussenvoegsels": particles.formUnion(Self.words(line))
            case "gewone-woorden": ordinary.formUnion(Self.words(line))
            case "woorden": known.formUnion(Self.words(line))
            default:
                // Names: one or more per line; a line may hold a full name ("Jan de Vries").
                for word in Self.words(line) where !particles.contains(word) || list == "voornamen" || list == "achternamen" {
                    names.insert(word)
                }
            }
        }
        places.sort { $0.count > $1.count }
        organisations.sort { $0.phrase.count > $1.phrase.count }
    }

    /// The lower-cased words of a line: letters, digits and the inner `-` `'` `’` of a word.
    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" }).map {
            String($0).trimmingEdges { !($0.isLetter || $0.isNumber) }
        }.filter { !$0.isEmpty }
    }

    /// Whether a lower-cased word is on a name list.
    func isListedName(_ word: String) -> Bool { names.contains(word) }
}
