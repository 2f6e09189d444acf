import Foundation
import PlanreisModel

@testable import PlanreisAnalysis

/// One note of the anonymisation corpus (`Corpus/README.md`): a journey, the strings that must
/// vanish and the ordinary words that must stay.
struct CorpusNote: CustomStringConvertible {
    var file: String
    var journey: Journey
    var mustVanish: [String]
    var mustKeep: [String]

    var description: String { file }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    /// Every note, sorted by file name.
    static let all: [CorpusNote] = load(folder)

    /// The held-out notes, written after the anonymiser was finished (`Holdout/README.md`).
    static let holdout: [CorpusNote] = load(folder.deletingLastPathComponent().appendingPathComponent("Holdout"))

    static func load(_ folder: URL) -> [CorpusNote] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else { return nil }
            return parse(text, file: name)
        }
    }

    static func parse(_ text: String, file: String) -> CorpusNote {
        let parts = text.components(separatedBy: "\n===\n")
        let sections = parts[0].components(separatedBy: "\n---\n")
        var journey = Journey(id: "", title: "")
        for line in sections[0].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let pair = value.components(separatedBy: " = ").map { $0.trimmingCharacters(in: .whitespaces) }
            switch key {
            case "id": journey.id = value
            case "titel": journey.title = value
            case "gemeente": journey.municipality = value
            case "regio": journey.region = value
            case "gezin": journey.household.append(HouseholdMember(role: pair[0], name: pair.count > 1 ? pair[1] : nil))
            case "tag": journey.tags.append(Tag(pair[0], pair.count > 1 ? pair[1] : ""))
            default: break
            }
        }
        for (index, section) in sections.dropFirst().enumerated() {
            var lines = section.components(separatedBy: "\n")
            var lane = "Wijkteam"
            if let first = lines.first, first.hasPrefix("@") {
                lane = String(first.dropFirst())
                lines.removeFirst()
            }
            let id = Anonymizer.slug(lane)
            if journey.actor(withID: id) == nil {
                let group: ActorGroup =
                    lane == "Gezin" ? .household : lane == "Politie" || lane == "Veilig Thuis" ? .safetyJustice : .socialWork
                journey.actors.append(Actor(id: id, name: lane, group: group))
            }
            let title = lines.first ?? ""
            let body = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            journey.events.append(
                Event(
                    id: "e\(index + 1)", actor: id, kind: .event, date: PartialDate(year: 2021, month: 3, day: index + 1),
                    title: title, description: body.isEmpty ? nil : body))
        }
        var vanish: [String] = [], keep: [String] = []
        for line in (parts.count > 1 ? parts[1] : "").split(separator: "\n") {
            if line.hasPrefix("weg: ") { vanish.append(String(line.dropFirst(5))) }
            if line.hasPrefix("blijf: ") { keep.append(String(line.dropFirst(7))) }
        }
        return CorpusNote(file: file, journey: journey, mustVanish: vanish, mustKeep: keep)
    }

    /// Every text a journey carries, one field per line; ids (always replaced) only when asked.
    static func text(of journey: Journey, ids: Bool = true) -> String {
        var fields = [ids ? journey.id : "", journey.title, journey.municipality ?? "", journey.region ?? "", journey.description ?? ""]
        fields += journey.household.flatMap { [$0.role, $0.name ?? ""] }
        fields += journey.tags.map(\.text)
        fields += journey.actors.flatMap { [ids ? $0.id : "", $0.name, $0.description ?? ""] }
        for event in journey.events {
            fields += [ids ? event.id ?? "" : "", ids ? event.actor : "", event.title, event.description ?? "", event.scoredBy ?? ""]
            fields += event.tags.map(\.text)
            if case .text(let value)? = event.value { fields.append(value) }
        }
        return fields.joined(separator: "\n")
    }

    /// How often `needle` occurs in `haystack` as a whole word, ignoring case.
    static func occurrences(of needle: String, in haystack: String) -> Int {
        let text = Array(haystack.lowercased()), pattern = Array(needle.lowercased())
        guard !pattern.isEmpty, text.count >= pattern.count else { return 0 }
        func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
        var count = 0
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            guard Array(text[start..<(start + pattern.count)]) == pattern else { continue }
            let before = start > 0 ? text[start - 1] : " ", after = start + pattern.count < text.count ? text[start + pattern.count] : " "
            if isWord(pattern.first!) && isWord(before) { continue }
            if isWord(pattern.last!) && isWord(after) { continue }
            count += 1
        }
        return count
    }
}
