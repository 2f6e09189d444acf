import PlanreisModel

/// Ticks and labels of the time axis, in two rows (years over months, or months over days),
/// placed so that no two labels touch and none runs into a break.
public struct TimeAxis: Hashable, Sendable {
    /// A text on the axis with its estimated box.
    public struct Label: Hashable, Sendable {
        public var text: String
        public var x: Double
        public var width: Double
        /// 0 = the upper (coarse) row, 1 = the lower (fine) row.
        public var row: Int
    }

    /// Vertical grid lines: `major` at year (or month) boundaries, the rest at the fine ticks.
    public struct GridLine: Hashable, Sendable {
        public var x: Double
        public var major: Bool
    }

    /// How finely the lower row divides time.
    public enum Granularity: Hashable, Sendable {
        case days(step: Int), months(step: Int), years(step: Int)
    }

    public var granularity: Granularity
    public var labels: [Label]
    public var gridLines: [GridLine]
    /// Text for each break of the scale ("3 jaar"), same order as `TimeScale.breaks`.
    public var breakLabels: [String]

    static let fontSize = 11.0

    public init(scale: TimeScale, language: Language, plotMaxX: Double) {
        let ppd = scale.pixelsPerDay
        // The widest month name must fit in the shortest month (or quarter, half year) with room
        // to spare, so that no month label is ever skipped and the rhythm stays even.
        let monthLabel = (1...12).map { TextMetrics.width(of: Self.monthAbbreviation($0, language), size: Self.fontSize) }.max()! + 9
        switch true {
        case ppd >= 24: granularity = .days(step: 1)
        case ppd * 7 >= 40: granularity = .days(step: 7)
        case 28 * ppd >= monthLabel: granularity = .months(step: 1)
        case 89 * ppd >= monthLabel: granularity = .months(step: 3)
        case 181 * ppd >= monthLabel: granularity = .months(step: 6)
        default:
            let year = 365.25 * ppd
            granularity = .years(step: [1, 2, 5, 10, 25, 50, 100].first { Double($0) * year >= 40 } ?? 100)
        }
        var builder = Builder(scale: scale, language: language, plotMaxX: plotMaxX)
        if !scale.isEmpty { builder.build(granularity) }
        labels = builder.labels
        gridLines = builder.gridLines
        breakLabels = scale.breaks.map { Self.duration(days: $0.days, language: language) }
    }

    /// A rounded duration for people: "3 jaar", "14 mnd", "5 wkn", "4 dgn".
    public static func duration(days: Int, language: Language) -> String {
        let nl = language == .nl
        if days >= 700 {
            let years = (Double(days) / 365.25 * 2).rounded() / 2
            let text = years == years.rounded() ? String(Int(years)) : "\(Int(years))½"
            return nl ? "\(text) jaar" : "\(text) yrs"
        }
        if days >= 60 {
            let months = Int((Double(days) / 30.44).rounded())
            return nl ? "\(months) mnd" : "\(months) mo"
        }
        if days >= 14 {
            let weeks = Int((Double(days) / 7).rounded())
            return nl ? "\(weeks) wkn" : "\(weeks) wks"
        }
        return nl ? "\(days) \(days == 1 ? "dag" : "dgn")" : "\(days) \(days == 1 ? "day" : "days")"
    }

    static func monthAbbreviation(_ month: Int, _ language: Language) -> String {
        let nl = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return (language == .nl ? nl : en)[month - 1]
    }

    static func monthName(_ month: Int, _ year: Int, _ language: Language) -> String {
        PartialDate(year: year, month: month).formatted(language)
    }
}

extension TimeAxis {
    /// Walks the segments and places ticks and labels left to right, skipping labels that would
    /// touch the previous one in their row or cross the end of their segment.
    struct Builder {
        let scale: TimeScale
        let language: Language
        let plotMaxX: Double
        var labels: [Label] = []
        var gridLines: [GridLine] = []
        var rowEnds: [Double] = [-.infinity, -.infinity]
        var candidates: [[(Label, Bool)]] = [[], []]

        init(scale: TimeScale, language: Language, plotMaxX: Double) {
            self.scale = scale
            self.language = language
            self.plotMaxX = plotMaxX
        }

        mutating func build(_ granularity: Granularity) {
            for segment in scale.segments {
                let (y0, m0, _) = CivilDate.date(fromDayNumber: segment.startDay)
                let (y1, m1, _) = CivilDate.date(fromDayNumber: segment.endDay - 1)
                let limit = segment === scale.segments.last! ? plotMaxX : segment.x1 - 2
                switch granularity {
                case .years(let step):
                    for year in y0...y1 {
                        let day = CivilDate.dayNumber(year: year, month: 1, day: 1)
                        if year % step == 0 || day <= segment.startDay {
                            place(String(year), startDay: day, segment: segment, row: 0, limit: limit, grid: true, major: true)
                        }
                    }
                case .months(let step):
                    for year in y0...y1 {
                        let day = CivilDate.dayNumber(year: year, month: 1, day: 1)
                        place(String(year), startDay: day, segment: segment, row: 0, limit: limit, grid: true, major: true)
                        if step < 12 {
                            // January in the fine row too, so the rhythm of months is unbroken.
                            place(
                                TimeAxis.monthAbbreviation(1, language), startDay: day, segment: segment, row: 1, limit: limit, grid: false,
                                major: false, onlyInside: true)
                        }
                        for month in stride(from: 1 + step, through: 12, by: step)
                        where (year, month) >= (y0, m0) && (year, month) <= (y1, m1) {
                            let first = CivilDate.dayNumber(year: year, month: month, day: 1)
                            place(
                                TimeAxis.monthAbbreviation(month, language), startDay: first, segment: segment, row: 1, limit: limit,
                                grid: true, major: false)
                        }
                    }
                case .days(let step):
                    var (year, month) = (y0, m0)
                    while (year, month) <= (y1, m1) {
                        let first = CivilDate.dayNumber(year: year, month: month, day: 1)
                        place(
                            TimeAxis.monthName(month, year, language), startDay: first, segment: segment, row: 0, limit: limit, grid: true,
                            major: true)
                        let days = CivilDate.daysInMonth(year: year, month: month)
                        for day in 1...days {
                            let number = first + day - 1
                            let keep = step == 1 ? day > 1 : CivilDate.weekday(dayNumber: number) == 0
                            guard keep else { continue }
                            place(String(day), startDay: number, segment: segment, row: 1, limit: limit, grid: true, major: false)
                        }
                        (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
                    }
                }
                flush()
            }
        }

        /// Offers a label for the unit starting on `startDay`: at the unit's start, or at the
        /// segment's start when the unit began before it (a busy stretch starting in June still
        /// says which year it is). Grid lines only where the unit really starts inside the segment.
        mutating func place(
            _ text: String, startDay: Int, segment: TimeScale.Segment, row: Int, limit: Double,
            grid: Bool, major: Bool, onlyInside: Bool = false
        ) {
            let inside = startDay >= segment.startDay && startDay < segment.endDay
            if !inside && (onlyInside || startDay >= segment.endDay) { return }
            let tickX = inside ? scale.x(startDay) : segment.x0
            if grid && inside && startDay > segment.startDay {
                gridLines.append(GridLine(x: tickX, major: major))
            }
            let width = TextMetrics.width(of: text, size: TimeAxis.fontSize, bold: row == 0)
            let x = tickX + 3
            guard x + width <= limit else { return }
            candidates[row].append((Label(text: text, x: x, width: width, row: row), !inside || startDay == segment.startDay))
        }

        /// Settles the offered labels of one segment: a label standing in for a unit that began
        /// before the segment gives way to the first real tick it would crowd; then left to right,
        /// a label that would touch the previous one is dropped.
        mutating func flush() {
            for row in 0..<2 {
                var offered = candidates[row].sorted { $0.0.x < $1.0.x }
                if offered.count > 1, offered[0].1, offered[1].0.x < offered[0].0.x + offered[0].0.width + 6 {
                    offered.removeFirst()
                }
                for (label, _) in offered where label.x >= rowEnds[row] + 6 {
                    labels.append(label)
                    rowEnds[row] = label.x + label.width
                }
                candidates[row] = []
            }
        }
    }
}

extension TimeScale.Segment {
    static func === (a: Self, b: Self) -> Bool { a.startDay == b.startDay && a.endDay == b.endDay }
}
