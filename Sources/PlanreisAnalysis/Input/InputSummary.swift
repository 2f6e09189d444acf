import PlanreisModel

/// What a command that reads many inputs read: files, distinct cases, cases read more than
/// once (counted once), and cases marked as constructed (not real).
public struct InputSummary: Hashable, Sendable {
    /// Files read.
    public var files: Int
    /// Distinct cases read (duplicates counted once).
    public var cases: Int
    /// Journeys left out because the same case was read before (same id or same content).
    public var duplicates: Int
    /// Cases marked as constructed; nil when the data cannot say.
    public var constructed: Int?

    public init(files: Int, cases: Int, duplicates: Int, constructed: Int? = nil) {
        self.files = files
        self.cases = cases
        self.duplicates = duplicates
        self.constructed = constructed
    }

    /// A count as released: "< N" under the small-cell minimum (`--min-cell`), else the number.
    public static func released(_ count: Int, minimum: Int?) -> String {
        guard let minimum, count < minimum else { return String(count) }
        return "< \(minimum)"
    }

    /// One sentence for a report's header; counts under `minimum` (`--min-cell`) as "< N".
    public func sentence(_ language: Language, minimum: Int? = nil) -> String {
        let nl = language == .nl
        let n = Self.released(cases, minimum: minimum)
        var text =
            nl
            ? "Gelezen: \(n) \(cases == 1 ? "casus" : "casussen") uit \(files) \(files == 1 ? "bestand" : "bestanden")"
            : "Read: \(n) \(cases == 1 ? "case" : "cases") from \(files) \(files == 1 ? "file" : "files")"
        if duplicates > 0 {
            text +=
                nl
                ? "; \(Self.released(duplicates, minimum: minimum)) dubbel ingelezen en één keer geteld"
                : "; \(Self.released(duplicates, minimum: minimum)) read twice and counted once"
        }
        if let constructed {
            let c = Self.released(constructed, minimum: minimum)
            text += nl ? "; \(c) geconstrueerd (geen echte casus)" : "; \(c) constructed (not real cases)"
        }
        return text + "."
    }
}
