import PlanreisModel

extension CalendarShift {
    /// One shift for every journey of an export (issue 16, item 9), so that cases stay
    /// comparable: chosen by the key like a journey's own shift, among the multiples of 4 that
    /// keep the calendar of every year any of the journeys touches.
    static func choose(for journeys: [Journey], key: AnonymizationKey) -> CalendarShift {
        let dates = journeys.flatMap { journey in
            journey.events.flatMap { [$0.date] + ($0.end.map { [$0] } ?? []) }
        }.filter { !$0.isEpochPlaceholder }
        guard let years = yearRange(of: dates) else { return .none }
        for pool in [candidates, cycles] {
            let fitting = pool.filter { fits($0, years: years, dates: dates) }
            if !fitting.isEmpty {
                let n = fitting[key.choice(for: "\u{0}export", among: fitting.count)]
                return CalendarShift(
                    years: n,
                    days: CivilDate.dayNumber(year: years.lowerBound + n, month: 1, day: 1)
                        - CivilDate.dayNumber(year: years.lowerBound, month: 1, day: 1))
            }
        }
        return .none
    }
}
