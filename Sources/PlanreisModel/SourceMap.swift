/// What a reader knows about where each part of a journey stood in its file, so that checks
/// on the model can point at the exact line and column.
public struct SourceMap: Hashable, Sendable {
    /// A part of an actor or event.
    public enum Field: Hashable, Sendable {
        case whole, id, actor, kind, date, end, title, value, group, link(Int), cost(Int)
    }

    public var file: String
    public var journey: SourceLocation?
    public var actors: [Int: [Field: SourceLocation]] = [:]
    public var events: [Int: [Field: SourceLocation]] = [:]

    public init(file: String, journey: SourceLocation? = nil) {
        self.file = file
        self.journey = journey
    }

    /// The location of an event's field, falling back to the whole event, then the journey.
    public func event(_ index: Int, _ field: Field = .whole) -> SourceLocation? {
        events[index]?[field] ?? events[index]?[.whole] ?? journey
    }

    public func actor(_ index: Int, _ field: Field = .whole) -> SourceLocation? {
        actors[index]?[field] ?? actors[index]?[.whole] ?? journey
    }
}
