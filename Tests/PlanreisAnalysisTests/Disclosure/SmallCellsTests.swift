import Testing

@testable import PlanreisAnalysis

/// Small-cell suppression as a pure function over table values.
@Suite struct SmallCellsTests {
    @Test func primaryAndSecondarySuppression() {
        var cells = SmallCells(minimum: 5)
        // One small cell in a group with a shown total: the smallest other cell goes too, as x.
        cells.checkAdditive([("a", 32), ("b", 3), ("c", 12), ("d", 8)])
        #expect(cells.hides("b") && cells.hides("d"))
        #expect(!cells.hides("a") && !cells.hides("c"))
        #expect(cells.text(3, "b") == "< 5")
        #expect(cells.text(8, "d") == "x")
        #expect(cells.text(32, "a") == "32")
    }

    @Test func suppressedCellsThatTogetherStaySmallTakeAnotherOne() {
        var cells = SmallCells(minimum: 5)
        cells.checkAdditive([("a", 1), ("b", 2), ("c", 20), ("d", 30)])
        // 1 + 2 = 3 would still be under 5 when recomputed from the total: c goes too.
        #expect(cells.hides("a") && cells.hides("b") && cells.hides("c") && !cells.hides("d"))
        var none = SmallCells(minimum: 5)
        none.checkAdditive([("a", 5), ("b", 9)])
        #expect(none.cells.isEmpty)
    }

    @Test func aGroupWithTwoLargeSuppressedCellsNeedsNoMore() {
        var cells = SmallCells(minimum: 5)
        cells.checkAdditive([("a", 4), ("b", 3), ("c", 40)])
        #expect(cells.cells == ["a", "b"])
    }
}
