/// Maps calendar days to x: proportional to the calendar inside busy stretches, with long quiet
/// stretches compressed into fixed-width breaks so that years without events do not eat the page.
public struct TimeScale: Hashable, Sendable {
    /// A stretch of days drawn to scale; `endDay` is exclusive.
    public struct Segment: Hashable, Sendable {
        public var startDay: Int
        public var endDay: Int
        public var x0: Double
        public var x1: Double
    }

    /// A compressed quiet stretch; days inside it map linearly onto its narrow column.
    public struct Break: Hashable, Sendable {
        public var startDay: Int
        public var endDay: Int
        public var x0: Double
        public var x1: Double

        public var days: Int { endDay - startDay }
    }

    public var segments: [Segment]
    public var breaks: [Break]
    /// Scale inside segments.
    public var pixelsPerDay: Double
    /// Whether there was nothing to draw to scale (no dated events): the axis then shows no dates.
    public var isEmpty = false

    /// Width of one break column.
    public static let breakWidth = 48.0

    /// Builds a scale for `anchors` (day ranges that must be drawn to scale: points, starts and
    /// ends of periods) over `x0...x1`. Quiet gaps longer than `max(minimumGap, span / 10)` days
    /// become breaks; `margin` keeps marks at the edge of a busy stretch clear of a break.
    public init(anchors: [Range<Int>], x0: Double, x1: Double, minimumGap: Int = 240, margin: Double = 16) {
        let sorted = anchors.filter { !$0.isEmpty }.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        guard let first = sorted.first else {
            segments = [Segment(startDay: 0, endDay: 1, x0: x0, x1: x1)]
            breaks = []
            pixelsPerDay = x1 - x0
            isEmpty = true
            return
        }
        let last = sorted.map(\.upperBound).max()!
        let threshold = max(minimumGap, (last - first.lowerBound) / 10)

        // Busy stretches: anchors closer together than the threshold.
        var clusters: [Range<Int>] = []
        var current = first
        for range in sorted.dropFirst() {
            if range.lowerBound - current.upperBound <= threshold {
                current = current.lowerBound..<max(current.upperBound, range.upperBound)
            } else {
                clusters.append(current)
                current = range
            }
        }
        clusters.append(current)

        let width = x1 - x0
        func scale(_ clusters: [Range<Int>]) -> Double {
            let days = clusters.reduce(0) { $0 + $1.count }
            let available = width - Double(clusters.count - 1) * Self.breakWidth
            return max(available, width * 0.25) / Double(max(days, 1))
        }
        // Pad every stretch so its edge marks stay clear of breaks and plot edges, then merge
        // stretches whose remaining gap would not be worth a break.
        var padded = clusters
        for _ in 0..<3 {
            let ppd = scale(padded)
            let pad = min(Int((margin / ppd).rounded(.up)), threshold / 3)
            var merged: [Range<Int>] = []
            for cluster in clusters {
                let range = (cluster.lowerBound - pad)..<(cluster.upperBound + pad)
                if let previous = merged.last,
                    Double(range.lowerBound - previous.upperBound) * ppd < Self.breakWidth * 1.5
                {
                    merged[merged.count - 1] = previous.lowerBound..<range.upperBound
                } else {
                    merged.append(range)
                }
            }
            if merged == padded { break }
            padded = merged
        }

        let ppd = scale(padded)
        var segments: [Segment] = []
        var breaks: [Break] = []
        var x = x0
        for (index, range) in padded.enumerated() {
            if index > 0 {
                let previous = padded[index - 1]
                breaks.append(Break(startDay: previous.upperBound, endDay: range.lowerBound, x0: x, x1: x + Self.breakWidth))
                x += Self.breakWidth
            }
            let end = x + Double(range.count) * ppd
            segments.append(Segment(startDay: range.lowerBound, endDay: range.upperBound, x0: x, x1: end))
            x = end
        }
        self.segments = segments
        self.breaks = breaks
        self.pixelsPerDay = ppd
    }

    /// First and last day drawn (the latter exclusive).
    public var dayRange: Range<Int> { segments.first!.startDay..<segments.last!.endDay }

    /// The x of the start of `day` (fractional days allowed); clamps outside the range.
    public func x(_ day: Double) -> Double {
        let first = segments.first!, last = segments.last!
        if day <= Double(first.startDay) { return first.x0 }
        if day >= Double(last.endDay) { return last.x1 }
        // Binary search over segments by start day.
        var low = 0, high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Double(segments[mid].startDay) <= day { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        if day <= Double(segment.endDay) {
            return segment.x0 + (day - Double(segment.startDay)) * pixelsPerDay
        }
        let gap = breaks[low]
        return gap.x0 + (day - Double(gap.startDay)) / Double(max(gap.days, 1)) * (gap.x1 - gap.x0)
    }

    public func x(_ day: Int) -> Double { x(Double(day)) }
}
