import PlanreisAnalysis
import PlanreisModel

/// The geometry of a swimlane timeline: lanes per actor grouped under headings, a compressed
/// calendar axis, marks and labels placed so that no label overlaps another label or a mark,
/// phase and safety bands, stalls, and arrows for links. Pure and deterministic: the same
/// journey and options always give the same numbers.
public struct SwimlaneLayout: Hashable, Sendable {
    /// Sizes and language of the picture.
    public struct Options: Hashable, Sendable {
        /// Width of the picture in SVG user units (about pixels on screen).
        public var width: Double
        public var language: Language
        /// Longest label before it is shortened with an ellipsis.
        public var maxLabelWidth: Double

        public init(width: Double = 1600, language: Language = .nl, maxLabelWidth: Double = 280) {
            self.width = max(width, 640)
            self.language = language
            self.maxLabelWidth = max(maxLabelWidth, 60)
        }
    }

    /// Where an event is drawn.
    public enum Placement: Hashable, Sendable {
        /// In a lane (index into `lanes`), in a row of stacked marks and labels.
        case lane(Int, row: Int)
        /// As a segment of a band (index into `bands`).
        case band(Int, row: Int)
        /// Listed apart because its date is a placeholder (1970-01-01) and means nothing.
        case undated
    }

    /// One placed event.
    public struct PlacedEvent: Hashable, Sendable {
        /// Index into `journey.events`.
        public var index: Int
        public var category: MarkCategory
        public var placement: Placement
        /// The symbol of a point, the bar of a period, the segment of a band.
        public var mark: Rect
        public var isPeriod: Bool
        /// The whole interval an imprecise point date can mean (a month, a season, a year).
        public var bracket: Rect?
        /// Parts of a period whose start or end is only known to a month, season or year.
        public var fuzzyStart: Rect?
        public var fuzzyEnd: Rect?
        /// The visible label (shortened when needed) and its estimated box; nil when there is no room.
        public var label: String
        public var labelRect: Rect?
        /// Whether the label sits inside its own band segment (phases, safety codes); a period's
        /// label is never on its bar but above it, a point's beside its symbol.
        public var labelInside: Bool
        /// "ca.", "?", or both, written after the label in a lighter tone.
        public var qualifier: String
        /// The full title, for tooltips and screen readers.
        public var fullTitle: String
        public var isApproximate: Bool
        public var isUncertain: Bool
        /// Where arrows start and end.
        public var anchor: Point

        /// The lane index, if drawn in a lane.
        public var lane: Int? {
            if case .lane(let lane, _) = placement { return lane }
            return nil
        }
    }

    public struct Point: Hashable, Sendable {
        public var x: Double
        public var y: Double
    }

    /// A group heading above its lanes.
    public struct Heading: Hashable, Sendable {
        public var group: ActorGroup
        public var title: String
        public var rect: Rect
        public var textRect: Rect
        /// Lanes under this heading.
        public var lanes: Range<Int>
    }

    /// One actor's lane.
    public struct Lane: Hashable, Sendable {
        public var actorID: String
        public var name: String
        /// The name broken into at most two lines.
        public var nameLines: [String]
        public var nameRects: [Rect]
        public var group: ActorGroup
        public var colour: String?
        /// The lane across the whole width.
        public var rect: Rect
        public var rowCount: Int
        /// Index of the group heading the lane sits under.
        public var heading: Int
    }

    /// A band for phases or safety colour codes, just under the axis.
    public struct Band: Hashable, Sendable {
        public var category: MarkCategory
        public var title: String
        public var rect: Rect
        public var titleRect: Rect
    }

    /// A stall (an explicit wait) shaded over the whole height of its lane.
    public struct Stall: Hashable, Sendable {
        public var eventIndex: Int
        public var lane: Int
        public var rect: Rect
    }

    /// A stall the analysis found, shaded in the lane of the actor who holds the ball.
    public struct AttributedStall: Hashable, Sendable {
        public var lane: Int
        public var rect: Rect
        /// "Stilstand (aanvraag → besluit): Urgentie-aanvraag, 2 maanden".
        public var title: String
    }

    /// A link drawn as an arrow; `shape` says how the curve bends.
    public struct Arrow: Hashable, Sendable {
        public enum Kind: String, Hashable, Sendable { case resolves, answers, delivers, relates, handover }
        public enum Shape: String, Hashable, Sendable { case sCurve = "s", arc = "arc" }
        public var kind: Kind
        public var from: Int
        public var to: Int?
        public var fromLane: Int?
        public var toLane: Int?
        public var start: Point
        public var end: Point
        public var shape: Shape
    }

    /// A vertical line across all lanes (a turning point).
    public struct Guide: Hashable, Sendable {
        public var eventIndex: Int
        public var x: Double
    }

    /// One legend entry: a swatch and its text.
    public struct LegendEntry: Hashable, Sendable {
        public enum Swatch: Hashable, Sendable {
            case mark(MarkCategory), period, bracket, qualifier, stall, attributedStall, axisBreak, arrow(Arrow.Kind)
            case band(fill: String, text: String)
        }
        public var swatch: Swatch
        public var text: String
        public var swatchRect: Rect
        public var textRect: Rect
    }

    /// A heading line over a section of the picture ("Legenda", "Zonder bruikbare datum").
    public struct Caption: Hashable, Sendable {
        public var text: String
        public var rect: Rect
    }

    public var options: Options
    public var width: Double
    public var height: Double
    public var title: Caption
    public var subtitle: Caption?
    public var scale: TimeScale
    public var axis: TimeAxis
    /// Top of the axis rows.
    public var axisY: Double
    /// Top of the repeated axis under tall lanes, nil when the lanes are short enough.
    public var bottomAxisY: Double?
    /// The area of lanes and bands to the right of the lane names.
    public var plot: Rect
    /// Top and bottom of the lanes.
    public var lanesTop: Double
    public var lanesBottom: Double
    public var headings: [Heading]
    public var lanes: [Lane]
    public var bands: [Band]
    /// Events in chronological order (undated ones last).
    public var events: [PlacedEvent]
    public var stalls: [Stall]
    /// Stalls from the analysis (`StallDetector`), when given.
    public var attributedStalls: [AttributedStall]
    public var arrows: [Arrow]
    public var guides: [Guide]
    public var undatedCaption: Caption?
    public var legendCaption: Caption
    public var legend: [LegendEntry]
}

extension SwimlaneLayout {
    /// Baseline of an axis row in the repeated axis under the lanes: months above years.
    public static func bottomAxisBaseline(_ row: Int) -> Double { row == 1 ? 15 : 32 }

    /// Lays out `journey`; `stalls` from the analysis are shaded in the lane of the actor who
    /// holds the ball (explicit waits are shaded anyway, quiet periods belong to nobody).
    public init(_ journey: Journey, options: Options = Options(), stalls: [PlanreisAnalysis.Stall] = []) {
        var builder = SwimlaneLayoutBuilder(journey: journey, options: options, analysedStalls: stalls)
        self = builder.build()
    }

    /// Every text box in the picture (labels, names, headings, axis, legend), for overlap checks.
    public var textRects: [Rect] {
        var rects = [title.rect]
        if let subtitle { rects.append(subtitle.rect) }
        rects += axis.labels.map { Rect(x: $0.x, y: axisY + 13 + Double($0.row) * 18 - 10.5, width: $0.width, height: 13.2) }
        rects += scale.breaks.indices.map(breakLabelRect)
        if let bottom = bottomAxisY {
            rects += axis.labels.map { Rect(x: $0.x, y: bottom + Self.bottomAxisBaseline($0.row) - 10.5, width: $0.width, height: 13.2) }
        }
        rects += headings.map(\.textRect)
        rects += lanes.flatMap(\.nameRects)
        rects += bands.map(\.titleRect)
        rects += events.compactMap(\.labelRect)
        if let undatedCaption { rects.append(undatedCaption.rect) }
        rects.append(legendCaption.rect)
        rects += legend.map(\.textRect)
        return rects
    }
}
