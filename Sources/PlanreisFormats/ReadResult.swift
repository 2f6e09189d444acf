import PlanreisModel

/// What reading one input file produced: the journeys, where their parts stood, and every problem found.
public struct ReadResult: Sendable {
    /// The journeys read, in file order (possibly partial when there were errors).
    public var journeys: [Journey]
    /// One source map per journey, same order as `journeys`.
    public var sourceMaps: [SourceMap]
    /// Every problem found, errors and warnings; past a reader's limit (the spreadsheet reader
    /// lists 100), one last diagnostic counts the rest instead.
    public var diagnostics: [Diagnostic]
    /// The problems left out of `diagnostics`, counted.
    public var omitted: OmittedProblems

    public init(
        journeys: [Journey] = [], sourceMaps: [SourceMap] = [], diagnostics: [Diagnostic] = [], omitted: OmittedProblems = OmittedProblems()
    ) {
        self.journeys = journeys
        self.sourceMaps = sourceMaps
        self.diagnostics = diagnostics
        self.omitted = omitted
    }

    /// True when any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.hasErrors }

    /// Errors found, the omitted ones included (the diagnostic that counts them is not one).
    public var errorCount: Int {
        diagnostics.count { $0.severity == .error } + omitted.errors - (omitted.errors > 0 ? 1 : 0)
    }

    /// Warnings found, the omitted ones included.
    public var warningCount: Int {
        diagnostics.count { $0.severity == .warning } + omitted.warnings - (omitted.errors == 0 && omitted.warnings > 0 ? 1 : 0)
    }
}
