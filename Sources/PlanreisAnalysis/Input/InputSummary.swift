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

    /// One sentence for a report's header.
    public func sentence(_ language: Language) -> String {
        let nl = language == .nl
        var text =
            nl
            ? "Gelezen: \(cases) \(cases == 1 ? "casus" : "casussen") uit \(files) \(files == 1 ? "bestand" : "bestanden")"
            : "Read: \(cases) \(cases == 1 ? "case" : "cases") from \(files) \(files == 1 ? "file" : "files")"
        if duplicates > 0 {
            text +=
                nl
                ? "; \(duplicates) dubbel ingelezen en één keer geteld"
                : "; \(duplicates) read twice and counted once"
        }
        if let constructed {
            text += nl ? "; \(constructed) geconstrueerd (geen echte casus)" : "; \(constructed) constructed (not real cases)"
        }
        return text + "."
    }
}
