import Foundation
import PlanreisModel

/// The register's rules for exceptions: limits per household and per team per year, and how
/// many coordinators must approve. Read from a JSON file:
///
/// ```json
/// { "householdLimitCents": 50000, "teamLimitCents": 200000, "approvals": 2 }
/// ```
public struct RegisterSettings: Sendable, Equatable, Codable {
    /// Approved exception cost per household (case) per calendar year; default €500.
    public var householdLimitCents: Int64 = 50_000
    /// Approved exception cost per team (a municipality's cases) per calendar year; default €2,000.
    public var teamLimitCents: Int64 = 200_000
    /// Coordinators other than the author who must approve; one more when over a limit.
    public var approvals: Int = 2

    public init(householdLimitCents: Int64 = 50_000, teamLimitCents: Int64 = 200_000, approvals: Int = 2) {
        self.householdLimitCents = householdLimitCents
        self.teamLimitCents = teamLimitCents
        self.approvals = approvals
    }

    /// Reads settings from a JSON file; members left out keep their defaults.
    public static func read(path: String) throws -> RegisterSettings {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError.invalid(
                Localized(nl: "instellingenbestand \"\(path)\" kan niet gelezen worden", en: "settings file \"\(path)\" cannot be read"))
        }
        struct Partial: Decodable {
            var householdLimitCents: Int64?
            var teamLimitCents: Int64?
            var approvals: Int?
        }
        let partial: Partial
        do {
            partial = try JSONDecoder().decode(Partial.self, from: data)
        } catch {
            throw StoreError.invalid(
                Localized(
                    nl: "instellingenbestand \"\(path)\" is geen geldige JSON: \(error.localizedDescription)",
                    en: "settings file \"\(path)\" is not valid JSON: \(error.localizedDescription)"))
        }
        var settings = RegisterSettings()
        if let value = partial.householdLimitCents { settings.householdLimitCents = value }
        if let value = partial.teamLimitCents { settings.teamLimitCents = value }
        if let value = partial.approvals { settings.approvals = value }
        guard settings.approvals >= 1, settings.householdLimitCents >= 0, settings.teamLimitCents >= 0 else {
            throw StoreError.invalid(
                Localized(
                    nl: "instellingenbestand \"\(path)\": approvals moet minstens 1 zijn en limieten niet negatief",
                    en: "settings file \"\(path)\": approvals must be at least 1 and limits not negative"))
        }
        return settings
    }
}
