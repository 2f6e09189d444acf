import PlanreisModel
import PlanreisText

/// The list of undated events' caption and the legend, below the lanes.
extension SVGWriter {
    mutating func writeUndatedCaption() {
        guard let caption = layout.undatedCaption else { return }
        writeCaption(caption)
    }

    mutating func writeCaption(_ caption: SwimlaneLayout.Caption) {
        line(
            "<text x=\"\(Self.n(caption.rect.x))\" y=\"\(Self.n(caption.rect.y + 0.95 * 12))\" font-size=\"12\" font-weight=\"bold\" "
                + "fill=\"#2E3A46\">\(MarkupText.text(caption.text))</text>")
    }

    mutating func writeLegend() {
        line("<g class=\"pr-legend\">")
        writeCaption(layout.legendCaption)
        for entry in layout.legend {
            let r = entry.swatchRect
            let cy = r.midY
            switch entry.swatch {
            case .mark(let category):
                line(SymbolPath.svg(category.style, cx: r.midX, cy: cy, size: 6))
            case .band(let fill, _):
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(cy - 6))\" width=\"\(Self.n(r.width))\" height=\"12\" rx=\"2\" fill=\"\(fill)\"/>"
                )
            case .period:
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(cy + 1))\" width=\"\(Self.n(r.width))\" height=\"5\" rx=\"1.5\" "
                        + "fill=\"\(Markup.tint(Palette.blue, 0.5))\" stroke=\"\(Palette.blue)\" stroke-width=\"1\"/>")
            case .bracket:
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(cy - 4))\" width=\"\(Self.n(r.width))\" height=\"8\" fill=\"\(Markup.tint(Palette.grey, 0.14))\"/>"
                        + "<path d=\"M\(Self.n(r.x)),\(Self.n(cy - 4)) v8 M\(Self.n(r.x)),\(Self.n(cy)) H\(Self.n(r.maxX)) M\(Self.n(r.maxX)),\(Self.n(cy - 4)) v8\" "
                        + "fill=\"none\" stroke=\"\(Markup.tint(Palette.grey, 0.75))\" stroke-width=\"1.3\"/>"
                        + SymbolPath.svg(MarkCategory.event.style, cx: r.midX, cy: cy, size: 4.5))
            case .qualifier:
                line(
                    "<path d=\"M\(Self.n(r.x)),\(Self.n(cy)) H\(Self.n(r.maxX))\" stroke=\"\(Palette.grey)\" stroke-width=\"1.3\" "
                        + "stroke-dasharray=\"3 2\"/>")
            case .stall:
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" "
                        + "fill=\"url(#pr-hatch)\" stroke=\"#C8C8C8\" stroke-width=\"0.8\"/>")
            case .attributedStall:
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" "
                        + "fill=\"url(#pr-stall)\" stroke=\"#E3B8A0\" stroke-width=\"0.8\"/>")
            case .axisBreak:
                line(
                    "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" fill=\"#EDEFF2\"/>"
                        + "<path d=\"M\(Self.n(r.x + 3)),\(Self.n(r.y)) l3,3.5 l-3,3.5 l3,3.5 l-3,3.5 M\(Self.n(r.maxX - 3)),\(Self.n(r.y)) "
                        + "l-3,3.5 l3,3.5 l-3,3.5 l3,3.5\" fill=\"none\" stroke=\"#8A929B\" stroke-width=\"1\"/>")
            case .arrow(let kind):
                let dash = kind == .relates || kind == .handover ? " stroke-dasharray=\"4 3\"" : ""
                line(
                    "<path d=\"M\(Self.n(r.x)),\(Self.n(cy)) H\(Self.n(r.maxX - 2))\" fill=\"none\" stroke=\"\(Self.arrowColour(kind))\" "
                        + "stroke-width=\"1.4\"\(dash) marker-end=\"url(#pr-arrow-\(kind.rawValue))\"/>")
            }
            line(
                "<text x=\"\(Self.n(entry.textRect.x))\" y=\"\(Self.n(entry.textRect.y + 0.95 * 12))\" font-size=\"12\" "
                    + "fill=\"#333A42\">\(MarkupText.text(entry.text))</text>")
        }
        line("</g>")
    }
}
