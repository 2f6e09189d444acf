/// Greedy first-fit placement of horizontal extents into rows: each item goes into the lowest
/// row whose last item ends (plus a gap) before the item starts. Items must be offered in order
/// of their start, which makes this a single sweep; rows never hold overlapping items.
struct RowPacker {
    private(set) var rowEnds: [Double] = []
    let gap: Double

    init(gap: Double) {
        self.gap = gap
    }

    /// The row index for an item spanning `start..<end`; records it.
    mutating func place(start: Double, end: Double) -> Int {
        for (row, rowEnd) in rowEnds.enumerated() where rowEnd + gap <= start {
            rowEnds[row] = end
            return row
        }
        rowEnds.append(end)
        return rowEnds.count - 1
    }

    var rowCount: Int { rowEnds.count }
}
