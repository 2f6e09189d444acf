/// Small-cell suppression for released tables, as statistical offices apply it (CBS's rule for
/// output from microdata: no cell under a minimum). A count under the minimum is shown as
/// `< N`; a figure computed from it (its percentage, the amounts and statistics of its row)
/// is withheld; and where a shown total would let a reader recompute a suppressed cell, the
/// next smallest cell of the same group is suppressed too (secondary suppression).
///
/// A plain value: the set of suppressed cells, by key, computed before any writer runs
/// (`Cohort.suppressingSmallCells(below:)`, `Budget.suppressingSmallCells(below:)`); writers
/// only ask it.
public struct SmallCells: Hashable, Sendable {
    /// Counts under this are suppressed.
    public let minimum: Int
    /// Keys of the suppressed cells.
    public private(set) var cells: Set<String> = []
    /// Keys of the cells suppressed only to protect another (their count is not small): shown
    /// as `x`, as statistical offices mark them, never as `< N`.
    public private(set) var secondary: Set<String> = []

    public init(minimum: Int) {
        self.minimum = minimum
    }

    /// Whether the cell with this key is suppressed.
    public func hides(_ key: String) -> Bool { cells.contains(key) }

    /// The count as released: `< N` when it is small, `x` when it is withheld to protect
    /// another cell.
    public func text(_ count: Int, _ key: String) -> String {
        secondary.contains(key) ? "x" : hides(key) ? "< \(minimum)" : String(count)
    }

    /// Suppresses every count under the minimum (primary suppression).
    mutating func check(_ count: Int, _ key: String) {
        if count < minimum { cells.insert(key) }
    }

    /// Primary and secondary suppression over a group of cells that add up to a total the
    /// reader sees: if the suppressed cells could be recomputed from the total (one of them, or
    /// several adding up to less than the minimum), the smallest shown cells are suppressed too.
    mutating func checkAdditive(_ group: [(key: String, count: Int)]) {
        for cell in group { check(cell.count, cell.key) }
        var hidden = group.filter { hides($0.key) }
        guard !hidden.isEmpty else { return }
        var shown = group.filter { !hides($0.key) }.sorted { ($0.count, $0.key) < ($1.count, $1.key) }
        while !shown.isEmpty, hidden.count == 1 || hidden.reduce(0, { $0 + $1.count }) < minimum {
            let next = shown.removeFirst()
            cells.insert(next.key)
            if next.count >= minimum { secondary.insert(next.key) }
            hidden.append(next)
        }
    }

    /// Suppresses a cell whatever its count (a figure derived from suppressed cells).
    mutating func hide(_ key: String) {
        cells.insert(key)
    }
}
