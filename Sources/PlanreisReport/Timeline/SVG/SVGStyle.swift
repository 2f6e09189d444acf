/// The timeline's shared drawing: one symbol per kind of mark, defined once and placed with
/// `<use>`, and the style rules for labels and bars, so that a mark costs a few attributes
/// instead of a polygon and a dozen presentation attributes.
public enum SVGStyle {
    /// Style rules for the timeline's classes. A standalone SVG carries them in its own
    /// `<style>`; a page that embeds the interactive SVG (the HTML report, the workbench's case
    /// page) must include them in its style sheet. Without them labels keep their size and
    /// colour (inherited from their group) but lose their halo, and bars lose their colour.
    public static let styleSheet: String = {
        var rules = [
            ".pr-label{paint-order:stroke;stroke:#FFFFFF;stroke-width:3px;stroke-linejoin:round}",
            ".pr-q{fill:#5A6068;font-style:italic}",
            ".pr-bar{stroke-width:1px}",
            ".pr-bp{fill:none;stroke-width:1.3px}",
            ".pr-dash{stroke-dasharray:3 2}",
            ".pr-fz{fill:none;stroke-width:1px;stroke-dasharray:2 2}",
            ".pr-fl{fill:url(#pr-fade-left)}",
            ".pr-fr{fill:url(#pr-fade-right)}",
        ]
        rules.append(".pr-arrow{fill:none;stroke-width:1.4px;stroke-opacity:0.85}")
        for kind in [SwimlaneLayout.Arrow.Kind.resolves, .answers, .delivers, .handover, .relates] {
            let dash = kind == .relates || kind == .handover ? ";stroke-dasharray:4 3" : ""
            rules.append(
                ".pr-arrow-\(kind.rawValue){stroke:\(SVGWriter.arrowColour(kind));marker-end:url(#pr-arrow-\(kind.rawValue))\(dash)}")
        }
        for category in MarkCategory.allCases where category.style.shape != .band {
            let style = category.style, k = ".pr-k-\(category.rawValue) "
            let colour = style.fill == Palette.white ? style.stroke : style.fill
            rules.append(k + ".pr-bar{fill:\(Markup.tint(colour, 0.5));stroke:\(style.stroke)}")
            rules.append(k + ".pr-br{fill:\(Markup.tint(style.stroke, 0.14))}")
            rules.append(k + ".pr-bp{stroke:\(Markup.tint(style.stroke, 0.75))}")
            rules.append(k + ".pr-fz{stroke:\(style.stroke)}")
        }
        return rules.joined(separator: "\n")
    }()

    /// Size (half the width) of a point's symbol and of the small symbol before a period's label.
    static let pointSize = 6.0
    static let periodSize = 4.5

    /// The id of a category's symbol: `pr-p-…` for points, `pr-s-…` for the small one of periods.
    static func symbolID(_ category: MarkCategory, period: Bool) -> String {
        (period ? "pr-s-" : "pr-p-") + category.rawValue
    }
}

extension SVGWriter {
    /// One `<g>` per symbol the events use, centred on the origin, for `<use>`.
    mutating func writeSymbolDefs() {
        var used: Set<String> = []
        var defs: [(String, String)] = []
        for placed in layout.events where placed.category.style.shape != .band {
            let id = SVGStyle.symbolID(placed.category, period: placed.isPeriod)
            guard used.insert(id).inserted else { continue }
            let size = placed.isPeriod ? SVGStyle.periodSize : SVGStyle.pointSize
            defs.append((id, SymbolPath.svg(placed.category.style, cx: 0, cy: 0, size: size)))
        }
        for (id, body) in defs.sorted(by: { $0.0 < $1.0 }) {
            line("<g id=\"\(id)\">\(body)</g>")
        }
    }

    /// A placed copy of a symbol.
    func use(_ category: MarkCategory, period: Bool, x: Double, y: Double) -> String {
        "<use href=\"#\(SVGStyle.symbolID(category, period: period))\" x=\"\(Self.n(x))\" y=\"\(Self.n(y))\"/>"
    }
}
