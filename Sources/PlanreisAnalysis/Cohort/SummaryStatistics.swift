/// Count, total, mean, median, minimum and maximum of whole numbers (days, exceptions), with the
/// mean and median rounded half up to whole numbers as evaluation reports round. Every output
/// (Markdown, CSV, JSON, HTML) shows these very values.
public struct SummaryStatistics: Hashable, Sendable {
    /// How many values.
    public var count: Int
    /// Their sum; with `count` it gives the exact mean.
    public var total: Int
    public var min: Int?
    public var max: Int?
    /// Total / count, rounded half up; nil without values.
    public var mean: Int?
    /// The middle value, or the mean of the middle two rounded half up; nil without values.
    public var median: Int?

    /// Statistics of values sorted in ascending order.
    public init(sorted values: [Int]) {
        count = values.count
        total = values.reduce(0, +)
        min = values.first
        max = values.last
        mean = values.isEmpty ? nil : Rounding.halfUp(total, count)
        median = Self.median(sorted: values)
    }

    /// The median of sorted values, the middle two averaged and rounded half up.
    public static func median(sorted values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let mid = values.count / 2
        return values.count % 2 == 1 ? values[mid] : Rounding.halfUp(values[mid - 1] + values[mid], 2)
    }
}
