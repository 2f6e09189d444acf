import PlanreisAnalysis
import PlanreisModel

extension Cohort {
    /// The cohort tables as Markdown, in Dutch (or English), rounded as evaluation reports round.
    public func markdown(_ language: Language) -> String {
        AnalysisMarkdownWriter(language: language).render(CohortDocument(self, language: language).blocks)
    }
}
