import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// The aligned view of a cohort as one inline SVG: one row per case, x = days since the case
/// started, a light bar per phase and small marks per kind of event, in the Okabe–Ito palette
/// (safe for colour blindness) and with a distinct shape per class. Light enough for thousands
/// of cases: per row one `<path>` per mark class, never an element per event.
package struct CohortAlignedView: Sendable {
    /// A class of marks: which kinds it draws, its colour, its shape.
    struct MarkClass: Sendable {
        enum Shape: Sendable { case tick, diamond, triangle, cross, square, bar, arrow }
        var name: String
        var kinds: Set<EventKind>
        /// For safety marks: the colour code drawn (nil: a score or no colour).
        var safety: SafetyColour? = nil
        var colour: String
        var shape: Shape
        var label: Localized
    }

    static let classes: [MarkClass] = [
        MarkClass(
            name: "m-req", kinds: [.request, .decision], colour: "#0072B2", shape: .tick,
            label: Localized(nl: "aanvraag, besluit", en: "request, decision")),
        MarkClass(name: "m-obs", kinds: [.obstacle], colour: "#D55E00", shape: .triangle, label: Localized(nl: "obstakel", en: "obstacle")),
        MarkClass(
            name: "m-exc", kinds: [.exception], colour: "#009E73", shape: .diamond,
            label: Localized(nl: "uitzondering (doorbraak)", en: "exception (breakthrough)")),
        MarkClass(name: "m-wait", kinds: [.wait], colour: "#E69F00", shape: .tick, label: Localized(nl: "wachten", en: "wait")),
        MarkClass(name: "m-hand", kinds: [.handover], colour: "#CC79A7", shape: .tick, label: Localized(nl: "overdracht", en: "handover")),
        MarkClass(
            name: "m-safe", kinds: [.safety], colour: "#56B4E9", shape: .square,
            label: Localized(nl: "veiligheid (score)", en: "safety (score)")),
        MarkClass(
            name: "m-safe-rood", kinds: [.safety], safety: .red, colour: Palette.safety(.colour(.red)).fill, shape: .square,
            label: Localized(nl: "veiligheid rood", en: "safety red")),
        MarkClass(
            name: "m-safe-oranje", kinds: [.safety], safety: .orange, colour: Palette.safety(.colour(.orange)).fill, shape: .square,
            label: Localized(nl: "veiligheid oranje", en: "safety orange")),
        MarkClass(
            name: "m-safe-geel", kinds: [.safety], safety: .yellow, colour: Palette.safety(.colour(.yellow)).fill, shape: .square,
            label: Localized(nl: "veiligheid geel", en: "safety yellow")),
        MarkClass(
            name: "m-safe-groen", kinds: [.safety], safety: .green, colour: Palette.safety(.colour(.green)).fill, shape: .square,
            label: Localized(nl: "veiligheid groen", en: "safety green")),
        MarkClass(
            name: "m-turn", kinds: [.turningPoint], colour: "#000000", shape: .cross,
            label: Localized(nl: "kantelpunt", en: "turning point")),
        MarkClass(
            name: "m-other", kinds: [.event, .intervention, .meeting], colour: "#8C8C8C", shape: .tick,
            label: Localized(nl: "gebeurtenis, interventie, beraad", en: "event, intervention, meeting")),
    ]

    /// How a row ends: closed (a black bar), broken off (a vermillion cross), still running on
    /// the reference date (a grey arrow).
    static let endings: [(CaseEnding, MarkClass)] = [
        (
            .closed,
            MarkClass(
                name: "e-closed", kinds: [], colour: "#000000", shape: .bar, label: Localized(nl: "afgesloten", en: "closed"))
        ),
        (
            .endedEarly,
            MarkClass(
                name: "e-early", kinds: [], colour: "#D55E00", shape: .cross,
                label: Localized(nl: "vroegtijdig beëindigd", en: "ended early"))
        ),
        (
            .running,
            MarkClass(
                name: "e-running", kinds: [], colour: "#767676", shape: .arrow,
                label: Localized(nl: "loopt nog op de peildatum", en: "still running on the reference date"))
        ),
    ]

    /// At most this many marks get their own hover text (activity and date); above it marks are
    /// drawn per class, one path per row.
    static let maxHoverMarks = 20_000

    /// Phase bars: light tints, ended cases get no bar after their end.
    static let bars: [(Phase, String, String)] = [
        (.intensive, "b-int", "#F5C98B"), (.monitor, "b-mon", "#BFE0F2"),
    ]

    public var language: Language
    /// Drawing width of the day axis in pixels.
    public var plotWidth: Int

    public init(language: Language, plotWidth: Int = 960) {
        self.language = language
        self.plotWidth = plotWidth
    }

    func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }

    /// The section: heading, legend, note and the SVG.
    public func render(_ cohort: Cohort) -> String {
        let rows = cohort.timelines.sorted { ($0.startDay, $0.id) < ($1.startDay, $1.id) }
        var html = "<section class=\"aligned\">\n<h2>\(t("Casussen naast elkaar", "Cases aligned"))</h2>\n"
        html += "<p class=\"note\">" + MarkupText.html(note(cohort)) + "</p>\n"
        html += legend() + "\n"
        html += svg(rows) + "\n</section>\n"
        return html
    }

    func note(_ cohort: Cohort) -> String {
        var text = t(
            "Eén rij per casus, op volgorde van startdatum; horizontaal de dagen sinds de start van de casus. Een balk toont de fase (intensief, monitor) tot het einde ervan of de peildatum. Het einde van een rij toont hoe de casus ervoor stond: afgesloten, vroegtijdig beëindigd, of nog lopend op de peildatum. Veiligheidsscores staan in hun kleurcode. Onnauwkeurige datums staan in het midden van wat ze kunnen betekenen; alleen gebeurtenissen tot de peildatum. Wijs een teken aan voor de activiteit en de datum.",
            "One row per case, by start date; across, the days since the case started. A bar shows the phase (intensive, monitoring) until it ended or the reference date. The end of a row shows how the case stood: closed, ended early, or still running on the reference date. Safety scores are drawn in their colour code. Imprecise dates sit at the middle of what they can mean; only events up to the reference date. Point at a mark for its activity and date."
        )
        if cohort.timelinesOmitted > 0 {
            text += t(
                " Alleen de eerste \(cohort.timelines.count) casussen staan erin; \(cohort.timelinesOmitted) zijn weggelaten.",
                " Only the first \(cohort.timelines.count) cases are drawn; \(cohort.timelinesOmitted) are left out.")
        }
        return text
    }

    func legend() -> String {
        var html = "<ul class=\"legend\">"
        for (phase, name, _) in Self.bars {
            html += "<li><svg width=\"18\" height=\"10\" aria-hidden=\"true\"><rect class=\"\(name)\" width=\"18\" height=\"10\"/></svg> "
            html += MarkupText.html(phase.label(language)) + "</li>"
        }
        for mark in Self.classes + Self.endings.map(\.1) {
            html += "<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><path class=\"\(mark.name)\" d=\""
            html +=
                Self.shape(mark.shape, x: 7, height: 10, top: 1) + "\"/></svg> " + MarkupText.html(mark.label(language)) + "</li>"
        }
        return html + "</ul>"
    }

    /// CSS for the marks and bars (goes into the page's inline style).
    public static var css: String {
        var css = ".aligned > svg { display: block; max-width: 100%; height: auto; }\n"
        css += ".legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .9rem; }\n"
        css += ".legend li { white-space: nowrap; }\n.legend svg { display: inline-block; vertical-align: middle; }\n"
        css += ".axis { stroke: #888; stroke-width: 1; }\n"
        css += ".axis-label { font-size: 11px; fill: #333; }\n.row-label { font-size: 10px; fill: #333; }\n"
        for (_, name, colour) in bars { css += ".\(name) { fill: \(colour); }\n" }
        for mark in classes + endings.map(\.1) {
            switch mark.shape {
            case .bar: css += ".\(mark.name) { stroke: \(mark.colour); stroke-width: 3; fill: none; }\n"
            case .tick, .cross: css += ".\(mark.name) { stroke: \(mark.colour); stroke-width: 1.5; fill: none; }\n"
            default: css += ".\(mark.name) { fill: \(mark.colour); stroke: none; }\n"
            }
        }
        return css
    }

    /// Path data for one mark centred at `x`, from `top` over `height` pixels.
    static func shape(_ shape: MarkClass.Shape, x: Int, height: Int, top: Int) -> String {
        let h = max(2, height), half = max(1, h / 2)
        switch shape {
        case .tick: return "M\(x) \(top)v\(h)"
        case .diamond: return "M\(x) \(top)l\(half) \(half)l-\(half) \(half)l-\(half) -\(half)z"
        case .triangle: return "M\(x - half) \(top)h\(2 * half)l-\(half) \(h)z"
        case .square: return "M\(x - half / 2) \(top + half / 2)h\(max(1, half))v\(max(1, half))h-\(max(1, half))z"
        case .cross: return "M\(x - half) \(top)l\(2 * half) \(h)m0 -\(h)l-\(2 * half) \(h)"
        case .bar: return "M\(x) \(top)v\(h)"
        case .arrow: return "M\(x) \(top)l\(half) \(half)l-\(half) \(half)z"
        }
    }
}
