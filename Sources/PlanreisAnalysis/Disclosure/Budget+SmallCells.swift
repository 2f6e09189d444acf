import PlanreisModel

extension Budget {
    /// Keys of the cells small-cell suppression knows, shared with the writers.
    public enum CellKey {
        public static let total = "total"
        public static let cases = "cases"
        /// The exceptions that pay off at their low estimate, that do not, and that cannot say.
        public static let payOffAtLow = "low/pay-off"
        public static let notPayOffAtLow = "low/not"
        public static let unknownAtLow = "low/unknown"
        public static func row(_ table: String, _ name: String?) -> String { "\(table)/" + (name.map { BudgetSelection.key($0) } ?? "") }
    }

    /// The budget with every row of fewer than `minimum` exceptions withheld: its count shown
    /// as `< N`, its amounts and return withheld; in the tables with a total row (municipality,
    /// category, legal basis) a second row is withheld where the total would give one away.
    /// Counts are of exceptions, the unit the budget counts; recurring obstacles named in fewer
    /// than `minimum` cases are left out. A pure function of the values.
    public func suppressingSmallCells(below minimum: Int) -> Budget {
        var cells = SmallCells(minimum: minimum)
        cells.check(total.exceptions, CellKey.total)
        cells.check(casesWithExceptions, CellKey.cases)
        for (table, rows) in [("municipality", perMunicipality), ("category", perCategory), ("basis", perLegalBasis)] {
            cells.checkAdditive(rows.map { (CellKey.row(table, $0.name), $0.exceptions) })
        }
        let low = lowEstimate
        cells.checkAdditive([
            (CellKey.payOffAtLow, low.payOff), (CellKey.notPayOffAtLow, low.doNotPayOff), (CellKey.unknownAtLow, low.unknown),
        ])
        // A payer's row counts the exceptions it pays for; payers overlap, so there is no total.
        for row in perPayer { cells.check(row.exceptions, CellKey.row("payer", row.name)) }
        var copy = self
        copy.smallCells = cells
        // An obstacle named in fewer than `minimum` cases could point at one household.
        copy.obstacles = obstacles.filter { $0.cases >= minimum }
        return copy
    }
}
