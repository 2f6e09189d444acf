import PlanreisModel

/// What reading one input file produced: the journeys, where their parts stood, and every problem found.
public struct ReadResult: Sendable {
    /// The journeys read, in file order (possibly partial when there were errors).
    public var journeys: [Journey]
    /// One source map per journey, same order as `journeys`.
    public var sourceMaps: [SourceMap]
    /// Every problem found, errors and warnings.
    public var diagnostics: [Diagnostic]

    public init(journeys: [Journey] = [], sourceMaps: [SourceMap] = [], diagnostics: [Diagnostic] = []) {
        self.journeys = journeys
        self.sourceMaps = sourceMaps
        self.diagnostics = diagnostics
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }
}
