import PlanreisAnalysis
import PlanreisModel

extension Cohort {
    /// The cohort tables as a workbook: one sheet per table of the CSV, with the same figures.
    public func xlsx(_ language: Language) -> [UInt8] { longTable(language).xlsx }
}
