import PlanreisModel
import PlanreisText

/// Event marks: symbols, brackets over imprecise dates, bars with faded uncertain ends, band
/// segments, and their labels; one focusable group per event, in chronological order.
extension SVGWriter {
    mutating func writeEvents() {
        line("<g class=\"pr-events\">")
        for placed in layout.events {
            writeEvent(placed)
        }
        line("</g>")
    }

    /// "Obstakel: Geen urgentie. Woningcorporatie, mei 2017 (afgewezen)".
    func accessibleText(_ placed: SwimlaneLayout.PlacedEvent) -> String {
        let event = journey.events[placed.index]
        let actor = journey.actor(withID: event.actor)?.name ?? event.actor
        var text = "\(placed.category.label(language)): \(BidiText.isolated(placed.fullTitle)). "
        text += "\(BidiText.isolated(TextMetrics.singleLine(actor))), \(dateText(event))"
        if let value = event.value, event.kind != .decision {
            text += " (\(BidiText.isolated(TextMetrics.singleLine(valueText(value)))))"
        }
        return text
    }

    func valueText(_ value: EventValue) -> String {
        if case .handoverTo(let id) = value { return journey.actor(withID: id)?.name ?? id }
        return value.formatted(language)
    }

    /// The date at its own precision, and the end of a period.
    func dateText(_ event: Event) -> String {
        var text = event.date.formatted(language)
        if let end = event.end { text += " – " + end.formatted(language) }
        return text
    }

    mutating func writeEvent(_ placed: SwimlaneLayout.PlacedEvent) {
        let event = journey.events[placed.index]
        var open = "<g class=\"pr-event pr-k-\(placed.category.rawValue)\" data-event-index=\"\(placed.index)\""
        if let lane = placed.lane { open += " data-lane=\"\(lane)\"" }
        if interactive {
            open += " tabindex=\"0\" role=\"button\" aria-label=\"\(MarkupText.attribute(accessibleText(placed)))\""
        }
        line(open + ">")
        line("<title>\(MarkupText.text(BidiText.isolated(placed.fullTitle) + " — " + dateText(event)))</title>")
        let style = placed.category.style
        let cy = placed.mark.midY
        if style.shape == .band {
            writeBandSegment(placed, event: event)
        } else if placed.isPeriod {
            let r = placed.mark
            line(
                "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" rx=\"3\" "
                    + "fill=\"\(Markup.tint(style.fill == Palette.white ? style.stroke : style.fill, 0.22))\" stroke=\"\(style.stroke)\" stroke-width=\"1.2\"/>"
            )
            for (fuzzy, gradient) in [(placed.fuzzyStart, "left"), (placed.fuzzyEnd, "right")] {
                guard let f = fuzzy, f.width >= 1 else { continue }
                line(
                    "<rect x=\"\(Self.n(f.x))\" y=\"\(Self.n(f.y - 1))\" width=\"\(Self.n(f.width))\" height=\"\(Self.n(f.height + 2))\" "
                        + "fill=\"url(#pr-fade-\(gradient))\"/>")
                line(
                    "<line x1=\"\(Self.n(f.x))\" y1=\"\(Self.n(cy))\" x2=\"\(Self.n(f.maxX))\" y2=\"\(Self.n(cy))\" stroke=\"\(style.stroke)\" "
                        + "stroke-width=\"1\" stroke-dasharray=\"2 2\"/>")
            }
            if r.width >= 16 {
                line(SymbolPath.svg(style, cx: r.x + 8, cy: cy, size: 4.5))
            }
        } else {
            if let b = placed.bracket {
                let dash = placed.isApproximate || placed.isUncertain ? " stroke-dasharray=\"3 2\"" : ""
                line(
                    "<rect x=\"\(Self.n(b.x))\" y=\"\(Self.n(b.y))\" width=\"\(Self.n(b.width))\" height=\"\(Self.n(b.height))\" "
                        + "fill=\"\(Markup.tint(style.stroke, 0.14))\"/>")
                line(
                    "<path d=\"M\(Self.n(b.x)),\(Self.n(b.y)) v\(Self.n(b.height)) M\(Self.n(b.x)),\(Self.n(cy)) H\(Self.n(b.maxX)) "
                        + "M\(Self.n(b.maxX)),\(Self.n(b.y)) v\(Self.n(b.height))\" fill=\"none\" stroke=\"\(Markup.tint(style.stroke, 0.75))\" "
                        + "stroke-width=\"1.3\"\(dash)/>")
            }
            line(SymbolPath.svg(style, cx: placed.mark.midX, cy: cy, size: 6))
        }
        if let r = placed.labelRect, style.shape != .band {
            var text = "<text class=\"pr-label\" x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y + 0.95 * 12))\" font-size=\"12\" fill=\"#1A1A1A\""
            if !placed.labelInside {
                text += " paint-order=\"stroke\" stroke=\"#FFFFFF\" stroke-width=\"3\" stroke-linejoin=\"round\""
            }
            text += ">" + Markup.userText(placed.label)
            if !placed.qualifier.isEmpty {
                text += "<tspan fill=\"#5A6068\" font-style=\"italic\">\(MarkupText.text(placed.qualifier))</tspan>"
            }
            line(text + "</text>")
        }
        line("</g>")
    }

    mutating func writeBandSegment(_ placed: SwimlaneLayout.PlacedEvent, event: Event) {
        let r = placed.mark
        let (fill, textColour) = placed.category == .phase ? Palette.phase(event.phase) : Palette.safety(event.value)
        let dash = placed.isApproximate || placed.isUncertain || event.phase == .endedEarly ? " stroke-dasharray=\"3 2\"" : ""
        line(
            "<rect x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" height=\"\(Self.n(r.height))\" rx=\"2\" "
                + "fill=\"\(fill)\" stroke=\"#FFFFFF\" stroke-width=\"1\"\(dash)/>")
        if let l = placed.labelRect {
            line(
                "<text class=\"pr-label\" x=\"\(Self.n(l.x))\" y=\"\(Self.n(l.y + 0.95 * 11))\" font-size=\"11\" fill=\"\(textColour)\">"
                    + "\(Markup.userText(placed.label))</text>")
        }
    }
}
