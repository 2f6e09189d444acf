import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// Writes a swimlane timeline as a standalone SVG document: deterministic, escaped, with a
/// title and description for assistive technology and events in chronological order.
public enum SVGRenderer {
    /// What to draw and for whom.
    public struct Options: Hashable, Sendable {
        /// Width in user units; nil picks the width that prints largest on A3 landscape.
        public var width: Double?
        public var language: Language
        /// Marks that take keyboard focus (for the HTML report, whose script shows details);
        /// a standalone SVG is one accessible image instead.
        public var interactive: Bool
        /// The page the width is fitted to and a standalone SVG asks for when printed.
        public var paper: Paper

        public init(width: Double? = nil, language: Language = .nl, interactive: Bool = false, paper: Paper = .a3) {
            self.width = width
            self.language = language
            self.interactive = interactive
            self.paper = paper
        }
    }

    /// The timeline of `journey` as an SVG document; `stalls` from the analysis, when given, are
    /// shaded in the lane of the actor who holds the ball.
    public static func render(_ journey: Journey, options: Options = Options(), stalls: [PlanreisAnalysis.Stall] = []) -> String {
        let layout =
            options.width.map { SwimlaneLayout(journey, options: .init(width: $0, language: options.language), stalls: stalls) }
            ?? SwimlaneLayout.fitted(journey, language: options.language, stalls: stalls, page: options.paper.printable)
        return render(layout, of: journey, interactive: options.interactive, paper: options.paper)
    }

    /// The SVG of a layout made for `journey`.
    public static func render(_ layout: SwimlaneLayout, of journey: Journey, interactive: Bool = false, paper: Paper = .a3) -> String {
        var writer = SVGWriter(layout: layout, journey: journey, interactive: interactive, paper: paper)
        writer.write()
        return writer.output
    }
}

/// Accumulates the SVG text part by part.
struct SVGWriter {
    let layout: SwimlaneLayout
    let journey: Journey
    let interactive: Bool
    let paper: Paper
    var output = ""
    var language: Language { layout.options.language }

    init(layout: SwimlaneLayout, journey: Journey, interactive: Bool, paper: Paper = .a3) {
        self.layout = layout
        self.journey = journey
        self.interactive = interactive
        self.paper = paper
        output.reserveCapacity(4096 + journey.events.count * 700)
    }

    static func n(_ value: Double) -> String { Markup.number(value) }

    mutating func line(_ text: String) {
        output += text
        output += "\n"
    }

    mutating func write() {
        let w = Self.n(layout.width), h = Self.n(layout.height)
        let role = interactive ? "group" : "img"
        line(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"planreis-timeline\" viewBox=\"0 0 \(w) \(h)\" "
                + "width=\"\(w)\" height=\"\(h)\" role=\"\(role)\" aria-labelledby=\"pr-title pr-desc\" "
                + "font-family=\"\(MarkupText.attribute(TextMetrics.fontFamily))\" "
                + "data-lanes-top=\"\(Self.n(layout.lanesTop))\" data-lanes-bottom=\"\(Self.n(layout.lanesBottom))\">")
        let prefix = language.pick("Tijdlijn: ", "Timeline: ")
        line("<title id=\"pr-title\">\(MarkupText.text(prefix + BidiText.isolated(TextMetrics.singleLine(journey.title))))</title>")
        line("<desc id=\"pr-desc\">\(MarkupText.text(description()))</desc>")
        if !interactive {
            // Printed on its own, the picture scales to one page of its paper.
            line(
                "<style>@page { size: \(paper.cssSize); margin: 10mm; } "
                    + "@media print { svg.planreis-timeline { width: 100%; height: 100%; } }\n\(SVGStyle.styleSheet)</style>")
        }
        writeDefs()
        line("<rect class=\"pr-background\" x=\"0\" y=\"0\" width=\"\(w)\" height=\"\(h)\" fill=\"#FFFFFF\"/>")
        writeTitles()
        writeLanes()
        writeBands()
        writeGrid()
        writeAxis()
        writeStalls()
        writeGuides()
        writeArrows()
        writeEvents()
        line("<g class=\"pr-below\">")
        writeBottomAxis()
        writeUndatedCaption()
        writeLegend()
        line("</g>")
        line("</svg>")
    }

    /// A sentence for screen readers: what the picture shows and how time is drawn.
    func description() -> String {
        let nl = language == .nl
        let lanes = layout.lanes.count, events = journey.events.count
        var text =
            nl
            ? "Swimlane-tijdlijn met \(events) gebeurtenissen in \(lanes) banen, één per actor, gegroepeerd per soort organisatie."
            : "Swimlane timeline with \(events) events in \(lanes) lanes, one per actor, grouped by kind of organisation."
        if !layout.scale.breaks.isEmpty {
            let gaps = layout.scale.breaks.map { gap in
                let a = TimeScaleText.month(gap.startDay, language), b = TimeScaleText.month(gap.endDay - 1, language)
                return "\(a) – \(b)"
            }.joined(separator: ", ")
            text += nl ? " Rustige periodes zijn ingekort: \(gaps)." : " Quiet periods are compressed: \(gaps)."
        }
        text +=
            nl
            ? " De gebeurtenissen volgen hieronder in tijdsvolgorde."
            : " The events follow below in chronological order."
        return text
    }

    mutating func writeDefs() {
        line("<defs>")
        line(
            "<pattern id=\"pr-hatch\" patternUnits=\"userSpaceOnUse\" width=\"7\" height=\"7\" patternTransform=\"rotate(45)\">"
                + "<rect width=\"7\" height=\"7\" fill=\"#F4F4F4\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"7\" stroke=\"#E0E0E0\" stroke-width=\"2.5\"/></pattern>"
        )
        line(
            "<pattern id=\"pr-stall\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\" patternTransform=\"rotate(-45)\">"
                + "<rect width=\"8\" height=\"8\" fill=\"#FBF1EB\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#F1D5C4\" stroke-width=\"2\"/></pattern>"
        )
        line(
            "<linearGradient id=\"pr-fade-left\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"#FFFFFF\" stop-opacity=\"0.9\"/>"
                + "<stop offset=\"1\" stop-color=\"#FFFFFF\" stop-opacity=\"0\"/></linearGradient>")
        line(
            "<linearGradient id=\"pr-fade-right\" x1=\"0\" x2=\"1\" y1=\"0\" y2=\"0\"><stop offset=\"0\" stop-color=\"#FFFFFF\" stop-opacity=\"0\"/>"
                + "<stop offset=\"1\" stop-color=\"#FFFFFF\" stop-opacity=\"0.9\"/></linearGradient>")
        for kind in [SwimlaneLayout.Arrow.Kind.resolves, .answers, .delivers, .handover, .relates] {
            line(
                "<marker id=\"pr-arrow-\(kind.rawValue)\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" "
                    + "orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(Self.arrowColour(kind))\"/></marker>")
        }
        writeSymbolDefs()
        line("</defs>")
    }

    static func arrowColour(_ kind: SwimlaneLayout.Arrow.Kind) -> String {
        switch kind {
        case .resolves: Palette.darkGreen
        case .answers: Palette.darkOrange
        case .delivers: Palette.blue
        case .handover: Palette.darkPurple
        case .relates: Palette.grey
        }
    }

    mutating func writeTitles() {
        let t = layout.title
        line(
            "<text class=\"pr-title\" x=\"\(Self.n(t.rect.x))\" y=\"\(Self.n(t.rect.y + 0.95 * 20))\" font-size=\"20\" "
                + "font-weight=\"bold\" fill=\"#1A1A1A\">\(Markup.userText(t.text))</text>")
        if let s = layout.subtitle {
            line(
                "<text class=\"pr-subtitle\" x=\"\(Self.n(s.rect.x))\" y=\"\(Self.n(s.rect.y + 0.95 * 13))\" font-size=\"13\" "
                    + "fill=\"#555555\">\(MarkupText.text(s.text))</text>")
        }
    }
}

/// Short dates for descriptions and tooltips.
enum TimeScaleText {
    static func month(_ day: Int, _ language: Language) -> String {
        let (y, m, _) = CivilDate.date(fromDayNumber: day)
        return PartialDate(year: y, month: m).formatted(language)
    }
}
