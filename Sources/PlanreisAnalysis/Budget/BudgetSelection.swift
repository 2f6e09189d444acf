import PlanreisModel

/// Which exceptions an exception budget ("maatwerkbudget") covers, and how much was available.
public struct BudgetSelection: Hashable, Sendable {
    /// The calendar year: an exception counts when the days it covers meet this year, with the
    /// share of its amounts that falls in the year (see `ExceptionDays`, `DaySpread`).
    public var year: Int
    /// Only cases of this municipality (compared without case and surrounding spaces), or of this
    /// region for cases that name no municipality; nil for all.
    public var municipality: String?
    /// The budget available for the year, if given.
    public var available: Money?

    public init(year: Int, municipality: String? = nil, available: Money? = nil) {
        self.year = year
        self.municipality = municipality
        self.available = available
    }

    /// The year's days `[1 January, 1 January next year)`.
    public var days: DayInterval {
        DayInterval(
            start: CivilDate.dayNumber(year: year, month: 1, day: 1), end: CivilDate.dayNumber(year: year + 1, month: 1, day: 1))
    }

    /// Whether `journey` belongs to the selected municipality (or region, when it names no municipality).
    public func admits(_ journey: Journey) -> Bool {
        guard let municipality else { return true }
        guard let area = Self.area(of: journey) else { return false }
        return Self.key(area.name) == Self.key(municipality)
    }

    /// Whether a payer is the municipality, whose budget pays: "gemeente", "gemeente Tilburg",
    /// "municipality", or the case's own municipality by name.
    public static func isMunicipality(_ payer: String?, of journey: Journey) -> Bool {
        guard let payer else { return false }
        let k = key(payer)
        if k == "gemeente" || k.hasPrefix("gemeente ") || k == "municipality" || k.hasPrefix("municipality of ") { return true }
        return journey.municipality.map(key) == k
    }

    /// A name compared without case, surrounding spaces or repeated inner spaces.
    package static func key(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
