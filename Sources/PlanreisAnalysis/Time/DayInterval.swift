import PlanreisModel

/// A half-open run of whole days `[start, end)`, as day numbers since 1970-01-01.
public struct DayInterval: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    /// An interval; `end` before `start` gives an empty interval at `start`.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    /// Number of days covered.
    public var days: Int { end - start }

    public var isEmpty: Bool { end <= start }

    public func overlaps(_ other: DayInterval) -> Bool { start < other.end && other.start < end }

    /// The part of `self` inside `other`, or nil when they do not overlap.
    public func clamped(to other: DayInterval) -> DayInterval? {
        let s = max(start, other.start), e = min(end, other.end)
        return s < e ? DayInterval(start: s, end: e) : nil
    }

    public static func < (a: DayInterval, b: DayInterval) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

extension DayInterval {
    /// Total days covered by `intervals`, counting overlaps once.
    public static func unionDays(_ intervals: [DayInterval]) -> Int {
        union(intervals).reduce(0) { $0 + $1.days }
    }

    /// The intervals merged into disjoint, sorted runs (touching runs are joined).
    public static func union(_ intervals: [DayInterval]) -> [DayInterval] {
        var merged: [DayInterval] = []
        for interval in intervals.filter({ !$0.isEmpty }).sorted() {
            if let last = merged.last, interval.start <= last.end {
                merged[merged.count - 1].end = max(last.end, interval.end)
            } else {
                merged.append(interval)
            }
        }
        return merged
    }
}
