import PlanreisModel

/// *Doormodderen* (muddling on): a period in which help runs while its goals are recorded as not
/// met. The evidence is a period event (any kind, any lane) whose title or one of whose tags says
/// so (`doelen niet bereikt`, `goals not met`, `doormodderen`, …; see `markers`). The stall runs
/// from the period's start to its end and is charged to the event's named `owner`, else to the
/// actor responsible for direction when it began (see `StallContext.director(on:)`), else to
/// nobody; never to the household unless the data names it as owner.
///
/// A point event with such a title says nothing about how long it lasted: it is noted, not counted.
///
/// The second evidence is help without direction (`undirectedHelp`): a help period in a care
/// lane while the journey's case director lane has not yet acted.
public struct MuddlingRule: StallRule {
    public init() {}

    /// Lower-case phrases that mark goals as not met, matched inside titles and tag values.
    public static let markers = [
        "doelen niet bereikt", "doelen worden niet bereikt", "doelen niet behaald", "doelen worden niet behaald",
        "doelen niet gehaald", "doelen worden niet gehaald", "doormodderen", "goals not met", "goals are not met",
        "goals not reached", "muddling on",
    ]

    /// Whether an event is recorded as goals not met.
    public static func marks(_ event: Event) -> Bool {
        let texts = [event.title] + event.tags.map { $0.value } + event.tags.map(\.text)
        return texts.contains { text in
            let folded = text.lowercased()
            return markers.contains { folded.contains($0) }
        }
    }

    public func apply(to context: StallContext) -> StallRuleOutput {
        var output = StallRuleOutput()
        for index in context.usable where Self.marks(context.event(index)) {
            let event = context.event(index)
            guard event.end != nil else {
                output.warnings.append(
                    .warning(
                        at: nil,
                        Localized(
                            nl: "\(context.name(index)) noemt niet bereikte doelen maar heeft geen einddatum; niet als doormodderen geteld",
                            en: "\(context.name(index)) records goals not met but has no end date; not counted as muddling on"),
                        hint: Localized(
                            nl: "geef de periode waarin de doelen niet bereikt werden (end=\"…\")",
                            en: "give the period in which the goals were not met (end=\"…\")")))
                continue
            }
            let director = context.director(on: event.date.earliestDay)
            output.stalls.append(
                Stall(
                    kind: .muddling, actor: context.charge(owner: event.owner, director), title: Localized(event.title),
                    start: event.date, end: StallContext.endDate(of: event), events: [index],
                    statedDuration: event.statedDuration))
        }
        output.stalls += undirectedHelp(in: context, besides: output.stalls)
        return output
    }
}
