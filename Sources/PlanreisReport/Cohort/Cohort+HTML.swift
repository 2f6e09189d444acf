import PlanreisAnalysis
import PlanreisModel

extension Cohort {
    /// The cohort as one self-contained HTML page: the tables and, when the cohort kept its
    /// timelines, the aligned view of all cases.
    public func html(_ language: Language) -> String {
        let document = CohortDocument(self, language: language)
        var body = AnalysisHTMLWriter(language: language, headingOffset: 0).render(document.blocks)
        body += CohortCharts(language: language).render(self)
        if !timelines.isEmpty { body += CohortAlignedView(language: language).render(self) }
        let title = (language.pick("Cohort op ", "Cohort on ")) + PartialDate(dayNumber: selection.asOf).formatted(language)
        return HTMLPage.render(title: title, language: language, body: body, extraCSS: CohortAlignedView.css + "\n" + CohortCharts.css)
    }
}
