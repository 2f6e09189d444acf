import PlanreisModel

/// Settings of an analysis.
public struct AnalysisOptions: Hashable, Sendable {
    /// Quiet periods longer than this many days are reported as "geen informatie".
    public var quietThresholdDays: Int
    /// Length of the windows before and after the first exception, in months.
    public var comparisonMonths: Int
    /// How many stalls the summary lists (all are in the JSON).
    public var topStalls: Int
    /// Closed gaps certainly shorter than this many days are not stalls.
    public var minStallDays: Int

    public init(
        quietThresholdDays: Int = 90, comparisonMonths: Int = 12, topStalls: Int = 10,
        minStallDays: Int = StallDetector.defaultMinStallDays
    ) {
        self.quietThresholdDays = quietThresholdDays
        self.comparisonMonths = comparisonMonths
        self.topStalls = topStalls
        self.minStallDays = minStallDays
    }
}

/// Everything the analysis found in one journey: stalls, the cost-benefit of each exception,
/// doormodderen versus doorbreken, and warnings. Plain values; writers turn them into text.
public struct Analysis: Hashable, Sendable {
    /// The journey analysed (writers take titles, dates and lane names from it).
    public var journey: Journey
    public var options: AnalysisOptions
    public var stalls: StallReport
    /// One per exception, in file order.
    public var exceptions: [CostBenefit]
    /// Nil when the journey has no dated exception.
    public var comparison: CostComparison?
    /// What is missing or could not be judged.
    public var warnings: [Diagnostic]
    /// The selection checklist judged from the data (empty without a criteria set).
    public var criteria: [CriterionResult] = []
    /// The checklist's name.
    public var criteriaName: String?

    public init(
        journey: Journey, options: AnalysisOptions, stalls: StallReport, exceptions: [CostBenefit],
        comparison: CostComparison?, warnings: [Diagnostic]
    ) {
        self.journey = journey
        self.options = options
        self.stalls = stalls
        self.exceptions = exceptions
        self.comparison = comparison
        self.warnings = warnings
    }

    /// The lane name of an actor id (the id itself when the journey does not know it).
    public func actorName(_ id: String?) -> String? {
        guard let id else { return nil }
        return journey.actor(withID: id)?.name ?? id
    }
}

/// Analyses journeys with one price list and one set of options.
public struct Analyzer: Sendable {
    public var priceList: PriceList
    public var options: AnalysisOptions
    /// The selection checklist to judge; nil for none.
    public var criteria: CriteriaSet?

    public init(priceList: PriceList = .empty, options: AnalysisOptions = AnalysisOptions(), criteria: CriteriaSet? = nil) {
        self.priceList = priceList
        self.options = options
        self.criteria = criteria
    }

    public func analyze(_ journey: Journey) -> Analysis {
        let stalls = StallDetector(quietThresholdDays: options.quietThresholdDays, minStallDays: options.minStallDays).report(for: journey)
        let (exceptions, costWarnings) = CostBenefitAnalyzer(priceList: priceList).costBenefits(for: journey)
        let comparison = CostComparison.compare(journey, priceList: priceList, months: options.comparisonMonths)
        var warnings = stalls.warnings + costWarnings
        let placeholders = journey.events.filter { $0.date.isEpochPlaceholder }.count
        if placeholders > 0 {
            warnings.append(
                .warning(
                    at: nil,
                    Localized(
                        nl: "\(placeholders) gebeurtenis(sen) met plaatshouderdatum 1 januari 1970 tellen niet mee",
                        en: "\(placeholders) event(s) with placeholder date 1 January 1970 are left out")))
        }
        var analysis = Analysis(
            journey: journey, options: options, stalls: stalls, exceptions: exceptions, comparison: comparison, warnings: warnings)
        if let criteria {
            analysis.criteria = criteria.evaluate(journey, stalls: stalls)
            analysis.criteriaName = criteria.name
        }
        return analysis
    }
}
