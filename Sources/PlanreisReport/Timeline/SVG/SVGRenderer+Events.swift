import PlanreisModel
import PlanreisText

/// Event marks: symbols, brackets over imprecise dates, bars with faded uncertain ends, band
/// segments, and their labels; one focusable group per event, in chronological order.
extension SVGWriter {
    mutating func writeEvents() {
        line("<g class=\"pr-events\" font-size=\"12\" fill=\"#1A1A1A\">")
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
            // The page's details panel shows the full text; the mark carries its name only once.
            open += " tabindex=\"0\" role=\"button\" aria-label=\"\(MarkupText.attribute(accessibleText(placed)))\">"
        } else {
            open += "><title>\(MarkupText.text(BidiText.isolated(placed.fullTitle) + " — " + dateText(event)))</title>"
        }
        line(open)
        let style = placed.category.style
        let cy = placed.mark.midY
        if style.shape == .band {
            writeBandSegment(placed, event: event)
        } else if placed.isPeriod {
            let r = placed.mark
            line(
                "<rect class=\"pr-bar\" x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y))\" width=\"\(Self.n(r.width))\" "
                    + "height=\"\(Self.n(r.height))\" rx=\"1.5\"/>")
            // Ends known only to a month, season or year fade out, with a dashed middle line.
            for (fuzzy, fade) in [(placed.fuzzyStart, "pr-fl"), (placed.fuzzyEnd, "pr-fr")] {
                guard let f = fuzzy, f.width >= 1 else { continue }
                line(
                    "<rect class=\"\(fade)\" x=\"\(Self.n(f.x))\" y=\"\(Self.n(f.y - 1))\" width=\"\(Self.n(f.width))\" "
                        + "height=\"\(Self.n(f.height + 2))\"/><path class=\"pr-fz\" d=\"M\(Self.n(f.x)),\(Self.n(cy))h\(Self.n(f.width))\"/>"
                )
            }
            if let l = placed.labelRect {
                // The period's symbol stands before its label, above the bar.
                line(use(placed.category, period: true, x: l.x - 7, y: l.midY))
            }
        } else {
            if let b = placed.bracket {
                // The interval an imprecise date can mean: a light box between two ticks.
                let dash = placed.isApproximate || placed.isUncertain ? " pr-dash" : ""
                line(
                    "<rect class=\"pr-br\" x=\"\(Self.n(b.x))\" y=\"\(Self.n(b.y))\" width=\"\(Self.n(b.width))\" height=\"\(Self.n(b.height))\"/>"
                        + "<path class=\"pr-bp\(dash)\" d=\"M\(Self.n(b.x)),\(Self.n(b.y))v\(Self.n(b.height))m0,\(Self.n(-b.height / 2))"
                        + "h\(Self.n(b.width))m0,\(Self.n(-b.height / 2))v\(Self.n(b.height))\"/>")
            }
            line(use(placed.category, period: false, x: placed.mark.midX, y: cy))
        }
        if let r = placed.labelRect, style.shape != .band {
            // Size and colour come from the events' group; the halo from the style sheet.
            var text = "<text class=\"pr-label\" x=\"\(Self.n(r.x))\" y=\"\(Self.n(r.y + 0.95 * 12))\">" + Markup.userText(placed.label)
            if !placed.qualifier.isEmpty {
                text += "<tspan class=\"pr-q\">\(MarkupText.text(placed.qualifier))</tspan>"
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
                "<text class=\"pr-band-label\" x=\"\(Self.n(l.x))\" y=\"\(Self.n(l.y + 0.95 * 11))\" font-size=\"11\" fill=\"\(textColour)\">"
                    + "\(Markup.userText(placed.label))</text>")
        }
    }
}
