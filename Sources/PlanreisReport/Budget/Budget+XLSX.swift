import PlanreisAnalysis
import PlanreisModel

extension Budget {
    /// The budget review as a workbook: one sheet per table of the CSV, money in euro cells,
    /// with the same figures.
    public func xlsx(_ language: Language) -> [UInt8] { longTable(language).xlsx }
}
