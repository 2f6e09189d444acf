import PlanreisModel
import PlanreisXML

extension XESTraceBuilder {
    /// The model's semantic checks on the journey, without its per-event warning about the
    /// epoch placeholder: the reader counts those and reports them once per file.
    func checked(_ journey: Journey, map: SourceMap, tally: inout XESTally) -> [Diagnostic] {
        for (index, event) in journey.events.enumerated() where event.date.isEpochPlaceholder {
            tally.add(.epochPlaceholder, at: map.event(index, .date))
        }
        return journey.check(map, reportingPlaceholders: false)
    }
}

extension XMLProblem {
    /// The problem as a located diagnostic for an XES file (the planreis XML hints left out
    /// where they would mislead).
    func xesDiagnostic(file: String) -> Diagnostic {
        switch kind {
        case .empty:
            return .error(
                at: position.map { SourceLocation(file: file, line: $0.line, column: $0.column) },
                Localized(nl: "het document is leeg", en: "the document is empty"),
                hint: Localized(nl: "een XES-bestand begint met <log>", en: "an XES file starts with <log>"))
        case .other where message.hasPrefix("the file ") || message.hasPrefix("the input could not"):
            return .error(
                at: position.map { SourceLocation(file: file, line: $0.line, column: $0.column) },
                Localized(nl: "kan \"\(file)\" niet lezen: \(message)", en: "cannot read \"\(file)\": \(message)"),
                hint: Localized(
                    nl: "controleer of het bestand bestaat en (als .gz) niet beschadigd is",
                    en: "check that the file exists and (if .gz) is not damaged"))
        default:
            return diagnostic(file: file)
        }
    }
}

extension XESTally {
    /// One warning per kind of recurring dirt, with a count, examples and the first place.
    func summary() -> [Diagnostic] {
        var out: [Diagnostic] = []
        for topic in XESTally.Topic.allCases {
            guard let entry = entries[topic], entry.count > 0 else { continue }
            let n = entry.count
            let examples = entry.examples.map { "\"\($0)\"" }.joined(separator: ", ")
            let (message, hint) = Self.explanation(topic, count: n, examples: examples)
            out.append(.warning(at: entry.first, message, hint: hint))
        }
        return out
    }

    private static func explanation(_ topic: XESTally.Topic, count n: Int, examples: String) -> (Localized, Localized?) {
        func l(_ nl: String, _ en: String) -> Localized { Localized(nl: nl, en: en) }
        let times = (nl: n == 1 ? "1 keer" : "\(n) keer", en: n == 1 ? "once" : "\(n) times")
        switch topic {
        case .epochPlaceholder:
            return (
                l(
                    "\(n) \(n == 1 ? "gebeurtenis heeft" : "gebeurtenissen hebben") de datum 1 januari 1970, een plaatshouder voor 'geen datum' (de eerste staat hier)",
                    "\(n) \(n == 1 ? "event has" : "events have") the date 1 January 1970, a placeholder for 'no date' (the first is here)"),
                l("ze blijven bewaard maar tellen niet mee in duur en tijdas", "they are kept but left out of durations and axes")
            )
        case .missingTimestamp:
            return (
                l(
                    "\(n) \(n == 1 ? "gebeurtenis heeft" : "gebeurtenissen hebben") geen time:timestamp; ze krijgen de plaatshouder 1 januari 1970",
                    "\(n) \(n == 1 ? "event has" : "events have") no time:timestamp; they get the placeholder 1 January 1970"),
                l("ze blijven bewaard maar tellen niet mee in duur en tijdas", "they are kept but left out of durations and axes")
            )
        case .unreadableTimestamp:
            return (
                l(
                    "onleesbaar tijdstip \(times.nl), bijvoorbeeld \(examples); bewaard als kenmerk",
                    "unreadable timestamp \(times.en), for example \(examples); kept as a tag"),
                l(
                    "een XES-tijdstip ziet eruit als 2011-10-01T00:38:44.546+02:00",
                    "an XES timestamp looks like 2011-10-01T00:38:44.546+02:00")
            )
        case .nonStandardTransition:
            return (
                l(
                    "niet-standaard lifecycle:transition \(times.nl): \(examples); bewaard als kenmerk",
                    "non-standard lifecycle:transition \(times.en): \(examples); kept as a tag"),
                l("alleen start en complete vormen samen een periode", "only start and complete together make a period")
            )
        case .attributeWithoutKey:
            return (
                l(
                    "\(n) \(n == 1 ? "attribuut zonder" : "attributen zonder") key overgeslagen",
                    "\(n) \(n == 1 ? "attribute" : "attributes") without a key skipped"),
                l("elk XES-attribuut heeft key=\"…\" nodig", "every XES attribute needs key=\"…\"")
            )
        case .nestedAttribute:
            return (
                l(
                    "geneste list- of container-attributen (\(examples)) zijn platgeslagen tot kenmerken 'ouder/kind'",
                    "nested list or container attributes (\(examples)) were flattened into 'parent/child' tags"), nil
            )
        case .logAttribute:
            return (
                l(
                    "\(n) \(n == 1 ? "attribuut" : "attributen") op logniveau overgeslagen (\(examples))",
                    "\(n) log-level \(n == 1 ? "attribute" : "attributes") skipped (\(examples))"),
                l("alleen sporen (traces) en hun gebeurtenissen worden reizen", "only traces and their events become journeys")
            )
        case .unknownElement:
            return (
                l(
                    "onbekend element \(times.nl) overgeslagen: \(examples)",
                    "unknown element skipped \(times.en): \(examples)"), nil
            )
        case .startAfterEnd:
            return (
                l(
                    "start_timestamp ligt \(times.nl) na time:timestamp (\(examples)); die gebeurtenissen zijn een moment, de start is bewaard als kenmerk",
                    "start_timestamp is after time:timestamp \(times.en) (\(examples)); those events are a point, the start is kept as a tag"
                ), nil
            )
        case .duplicateTrace:
            return (
                l(
                    "dubbele trace-naam \(times.nl) (\(examples)); de latere heten naam-2, naam-3, …",
                    "duplicate trace name \(times.en) (\(examples)); the later ones are called name-2, name-3, …"),
                l("geef elke trace een eigen concept:name", "give every trace its own concept:name")
            )
        case .traceWithoutName:
            return (
                l(
                    "\(n) \(n == 1 ? "trace heeft" : "traces hebben") geen concept:name; ze heten trace-1, trace-2, … naar hun plaats",
                    "\(n) \(n == 1 ? "trace has" : "traces have") no concept:name; they are called trace-1, trace-2, … by position"), nil
            )
        case .eventWithoutName:
            return (
                l(
                    "\(n) \(n == 1 ? "gebeurtenis heeft" : "gebeurtenissen hebben") geen concept:name; titel \"\(XESTraceBuilder.untitled)\"",
                    "\(n) \(n == 1 ? "event has" : "events have") no concept:name; title \"\(XESTraceBuilder.untitled)\""), nil
            )
        case .roundedAmount:
            return (
                l(
                    "bedrag \(times.nl) afgerond op hele centen (\(examples))",
                    "amount rounded to whole cents \(times.en) (\(examples))"), nil
            )
        case .unreadableAmount:
            return (
                l(
                    "onleesbaar bedrag \(times.nl) (\(examples)); bewaard als kenmerk",
                    "unreadable amount \(times.en) (\(examples)); kept as a tag"),
                l(
                    "schrijf een decimaal getal met een punt, bijvoorbeeld 1250.50",
                    "write a decimal number with a point, for example 1250.50")
            )
        }
    }
}
