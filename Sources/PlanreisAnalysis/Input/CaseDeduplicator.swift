import PlanreisModel
import PlanreisText

/// Counts each case once when several inputs hold it: a journey whose id was read before, or
/// whose content (everything but the id) equals one read before, is left out, and each such
/// case gets one warning naming every file it came from.
public struct CaseDeduplicator: Sendable {
    /// Where a case was first read, and the later files that held it again.
    struct Seen: Sendable {
        var id: String
        var file: String
        var again: [String] = []
        var differs = false
        var sameContentAs: String?
    }

    private var byID: [String: Int] = [:]
    private var byContent: [[UInt8]: Int] = [:]
    private var seen: [Seen] = []
    /// Journeys left out as duplicates.
    public private(set) var duplicates = 0
    /// Distinct cases admitted.
    public private(set) var cases = 0

    public init() {}

    /// Whether `journey`, read from `file`, is new; a duplicate is remembered for `warnings`.
    public mutating func admit(_ journey: Journey, file: String) -> Bool {
        let content = Self.fingerprint(journey)
        if let index = byID[journey.id] {
            duplicates += 1
            seen[index].again.append(file)
            if byContent[content] != index { seen[index].differs = true }
            return false
        }
        if let index = byContent[content] {
            duplicates += 1
            seen[index].again.append(file)
            seen[index].sameContentAs = seen[index].sameContentAs ?? journey.id
            return false
        }
        seen.append(Seen(id: journey.id, file: file))
        byID[journey.id] = seen.count - 1
        byContent[content] = seen.count - 1
        cases += 1
        return true
    }

    /// One warning per case read more than once, naming the files.
    public var warnings: [Diagnostic] {
        seen.filter { !$0.again.isEmpty }.map { s in
            let files = ([s.file] + s.again).map { "\"\($0)\"" }.joined(separator: ", ")
            var nl = "casus \"\(s.id)\" is \(s.again.count + 1) keer gelezen (\(files)); telt één keer"
            var en = "case \"\(s.id)\" was read \(s.again.count + 1) times (\(files)); counted once"
            if let other = s.sameContentAs {
                nl += ", ook als \"\(other)\" met dezelfde inhoud"
                en += ", also as \"\(other)\" with the same content"
            }
            if s.differs {
                nl += "; de inhoud verschilt, alleen die uit \"\(s.file)\" telt"
                en += "; the contents differ, only the one from \"\(s.file)\" counts"
            }
            return .warning(
                at: nil, Localized(nl: nl, en: en),
                hint: Localized(
                    nl: "geef elk bestand één keer op, of geef verschillende casussen een eigen id",
                    en: "pass each file once, or give different cases their own id"))
        }
    }

    /// SHA-256 of the journey's full structure with its id left out.
    static func fingerprint(_ journey: Journey) -> [UInt8] {
        var copy = journey
        copy.id = ""
        return SHA256.hash(Array(String(reflecting: copy).utf8))
    }
}
