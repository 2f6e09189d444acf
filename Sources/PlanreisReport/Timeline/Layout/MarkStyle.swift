import PlanreisModel

/// The shape of an event mark; every kind has its own, so the picture reads without colour.
public enum MarkShape: String, Hashable, Sendable {
    case circle, square, triangle, diamond, octagon, star, chevron, ring, hourglass, sparkle, band
}

/// What a mark stands for in the legend: a kind, and for decisions also the outcome.
public enum MarkCategory: String, Hashable, Sendable, CaseIterable {
    case event, intervention, request, decisionGranted, decisionRefused, decision, handover, obstacle,
        exception, wait, meeting, turningPoint, phase, safety

    public init(_ event: Event) {
        switch event.kind {
        case .event: self = .event
        case .intervention: self = .intervention
        case .request: self = .request
        case .decision:
            switch event.outcome {
            case .granted?: self = .decisionGranted
            case .refused?: self = .decisionRefused
            case nil: self = .decision
            }
        case .handover: self = .handover
        case .obstacle: self = .obstacle
        case .exception: self = .exception
        case .wait: self = .wait
        case .meeting: self = .meeting
        case .turningPoint: self = .turningPoint
        case .phase: self = .phase
        case .safety: self = .safety
        }
    }

    /// Shape, colours and an inner glyph, from the Okabe–Ito palette (safe for colour-blind readers).
    public var style: MarkStyle {
        switch self {
        case .event: MarkStyle(shape: .circle, fill: Palette.black, stroke: Palette.black)
        case .intervention: MarkStyle(shape: .square, fill: Palette.blue, stroke: Palette.blue)
        case .request: MarkStyle(shape: .triangle, fill: Palette.orange, stroke: Palette.darkOrange)
        case .decisionGranted: MarkStyle(shape: .diamond, fill: Palette.green, stroke: Palette.green, glyph: .check)
        case .decisionRefused: MarkStyle(shape: .diamond, fill: Palette.white, stroke: Palette.vermillion, glyph: .cross)
        case .decision: MarkStyle(shape: .diamond, fill: Palette.grey, stroke: Palette.grey)
        case .handover: MarkStyle(shape: .chevron, fill: Palette.purple, stroke: Palette.darkPurple)
        case .obstacle: MarkStyle(shape: .octagon, fill: Palette.vermillion, stroke: Palette.vermillion, glyph: .bar)
        case .exception: MarkStyle(shape: .star, fill: Palette.green, stroke: Palette.darkGreen)
        case .wait: MarkStyle(shape: .hourglass, fill: Palette.grey, stroke: Palette.grey)
        case .meeting: MarkStyle(shape: .ring, fill: Palette.white, stroke: Palette.sky)
        case .turningPoint: MarkStyle(shape: .sparkle, fill: Palette.yellow, stroke: Palette.black)
        case .phase: MarkStyle(shape: .band, fill: Palette.blue, stroke: Palette.blue)
        case .safety: MarkStyle(shape: .band, fill: Palette.orange, stroke: Palette.orange)
        }
    }

    /// Legend text.
    public func label(_ language: Language) -> String {
        let nl = language == .nl
        switch self {
        case .event: return nl ? "Gebeurtenis" : "Event"
        case .intervention: return nl ? "Interventie" : "Intervention"
        case .request: return nl ? "Aanvraag" : "Request"
        case .decisionGranted: return nl ? "Besluit: toegekend" : "Decision: granted"
        case .decisionRefused: return nl ? "Besluit: afgewezen" : "Decision: refused"
        case .decision: return nl ? "Besluit" : "Decision"
        case .handover: return nl ? "Overdracht" : "Handover"
        case .obstacle: return nl ? "Obstakel" : "Obstacle"
        case .exception: return nl ? "Uitzondering (doorbraak)" : "Exception (breakthrough)"
        case .wait: return nl ? "Wachten (stilstand)" : "Wait (stall)"
        case .meeting: return nl ? "Beraad" : "Meeting"
        case .turningPoint: return nl ? "Kantelpunt" : "Turning point"
        case .phase: return nl ? "Fase" : "Phase"
        case .safety: return nl ? "Veiligheid" : "Safety"
        }
    }
}

/// How a mark is drawn.
public struct MarkStyle: Hashable, Sendable {
    /// A small sign drawn inside the shape.
    public enum Glyph: String, Hashable, Sendable { case check, cross, bar }

    public var shape: MarkShape
    public var fill: String
    public var stroke: String
    public var glyph: Glyph?

    public init(shape: MarkShape, fill: String, stroke: String, glyph: Glyph? = nil) {
        self.shape = shape
        self.fill = fill
        self.stroke = stroke
        self.glyph = glyph
    }
}

/// Okabe–Ito colours plus a few darker companions for outlines and text.
public enum Palette {
    public static let black = "#222222"
    public static let orange = "#E69F00"
    public static let darkOrange = "#9A6A00"
    public static let sky = "#56B4E9"
    public static let green = "#009E73"
    public static let darkGreen = "#00684C"
    public static let yellow = "#F0E442"
    public static let blue = "#0072B2"
    public static let vermillion = "#D55E00"
    public static let purple = "#CC79A7"
    public static let darkPurple = "#8E4A72"
    public static let grey = "#767676"
    public static let white = "#FFFFFF"

    /// Band colour and text colour of a phase.
    public static func phase(_ phase: Phase?) -> (fill: String, text: String) {
        switch phase {
        case .intensive?: ("#0072B2", "#FFFFFF")
        case .monitor?: ("#A6D4F2", "#102A3A")
        case .closed?: ("#D9D9D9", "#222222")
        case .endedEarly?: ("#EFEFEF", "#222222")
        case nil: ("#E4E4E4", "#222222")
        }
    }

    /// Band colour and text colour of a safety colour code or a 0–10 score.
    public static func safety(_ value: EventValue?) -> (fill: String, text: String) {
        switch value {
        case .colour(.red)?: ("#D55E00", "#FFFFFF")
        case .colour(.orange)?: ("#E69F00", "#1A1A1A")
        case .colour(.yellow)?: ("#F0E442", "#1A1A1A")
        case .colour(.green)?: ("#009E73", "#1A1A1A")
        case .score(let s)?:
            // Light (safe) to dark (unsafe) blue-grey; the number is always written on it.
            s >= 7 ? ("#DCE6EE", "#1A1A1A") : s >= 4 ? ("#9DB4C6", "#1A1A1A") : ("#4D6A80", "#FFFFFF")
        default: ("#E4E4E4", "#1A1A1A")
        }
    }
}
