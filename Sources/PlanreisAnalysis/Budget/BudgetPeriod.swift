import PlanreisModel

extension BudgetSelection {
    /// The four quarters of the year, `[1 January, 1 April)` and so on.
    public var quarters: [DayInterval] {
        (0..<4).map { q in
            let start = CivilDate.dayNumber(year: year, month: 1 + 3 * q, day: 1)
            let end = q == 3 ? days.end : CivilDate.dayNumber(year: year, month: 4 + 3 * q, day: 1)
            return DayInterval(start: start, end: end)
        }
    }

    /// What an exception of `journey` is filed under: its municipality, else its region, else
    /// nothing (unknown).
    public static func area(of journey: Journey) -> BudgetArea? {
        if let m = journey.municipality, !key(m).isEmpty { return BudgetArea(name: m.trimmedSpaces, isRegion: false) }
        if let r = journey.region, !key(r).isEmpty { return BudgetArea(name: r.trimmedSpaces, isRegion: true) }
        return nil
    }
}

/// A municipality, or a region for cases that name no municipality.
public struct BudgetArea: Hashable, Sendable, Comparable {
    public var name: String
    /// The case names only a region ("Hart van Brabant"), no municipality.
    public var isRegion: Bool

    /// "Tilburg", or "Hart van Brabant (regio)".
    public func label(_ language: Language) -> String {
        isRegion ? name + (language == .nl ? " (regio)" : " (region)") : name
    }

    public static func < (a: BudgetArea, b: BudgetArea) -> Bool {
        (a.isRegion ? 1 : 0, BudgetSelection.key(a.name)) < (b.isRegion ? 1 : 0, BudgetSelection.key(b.name))
    }
}
