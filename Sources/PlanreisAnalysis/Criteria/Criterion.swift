import PlanreisModel

/// How a criterion is judged from a journey's data. The kinds are fixed in code; which ones a
/// set uses, with which thresholds and labels, is data (`Templates/criteria/*.csv`).
public enum CriterionTest: Hashable, Sendable {
    /// A safety colour among these was recorded (`kleur`, value `rood oranje`).
    case colour(Set<SafetyColour>)
    /// At least `count` events tagged with `key` fall within `days` days (`frequentie`, value `geweld 2 30`).
    case frequency(key: String, count: Int, days: Int)
    /// A safety scale score below `limit` was recorded (`schaal-onder`, value `5`).
    case scaleBelow(Int)
    /// At least `atLeast` distinct values of tags with `key` (`tel-labels`, value `leefgebied 5`).
    case tagCount(key: String, atLeast: Int)
    /// A doormodderen stall (goals not met) longer than `days` days (`geen-vooruitgang`, value `365`).
    case noProgress(days: Int)
    /// A tag with `key` on the journey or an event (`label-sleutel`, value `eerdere-hulpverlening`).
    case tagKey(String)
    /// Earlier help that did not help: a tag with `key`, or a doormodderen stall (`hulpgeschiedenis`,
    /// value `eerdere-hulpverlening`).
    case helpHistory(String)
    /// Only the registration can tell (`registratie`): met when it records the criterion.
    case registration
}

/// One criterion of a selection checklist.
public struct Criterion: Hashable, Sendable {
    public var id: String
    public var label: Localized
    public var test: CriterionTest
    /// Text that, found in a journey tag `criterium: …`, means the registration recorded the
    /// criterion as met.
    public var registration: String?

    public init(id: String, label: Localized, test: CriterionTest, registration: String? = nil) {
        self.id = id
        self.label = label
        self.test = test
        self.registration = registration
    }
}

/// A named checklist (seed 000, Bijlage 1, by default).
public struct CriteriaSet: Hashable, Sendable {
    public var name: String
    public var criteria: [Criterion]

    public init(name: String, criteria: [Criterion]) {
        self.name = name
        self.criteria = criteria
    }
}

/// What the data says about one criterion.
public enum CriterionOutcome: String, Hashable, Sendable {
    case met
    case notMet = "not-met"
    case unknown

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.met, .nl): "voldaan"
        case (.notMet, .nl): "niet voldaan"
        case (.unknown, .nl): "onbekend"
        case (.met, .en): "met"
        case (.notMet, .en): "not met"
        case (.unknown, .en): "unknown"
        }
    }
}

/// One criterion judged: the outcome, the events that decide it, and why.
public struct CriterionResult: Hashable, Sendable {
    public var criterion: Criterion
    public var outcome: CriterionOutcome
    /// Indices into `Journey.events`.
    public var events: [Int]
    public var reason: Localized

    public init(criterion: Criterion, outcome: CriterionOutcome, events: [Int], reason: Localized) {
        self.criterion = criterion
        self.outcome = outcome
        self.events = events
        self.reason = reason
    }
}
