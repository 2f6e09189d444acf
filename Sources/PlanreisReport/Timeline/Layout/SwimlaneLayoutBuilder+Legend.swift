import PlanreisModel

extension SwimlaneLayoutBuilder {
    /// Events whose date is the 1970-01-01 placeholder, listed in a strip below the lanes.
    func buildUndated(top: Double, placed: inout [Layout.PlacedEvent]) -> (caption: Layout.Caption, bottom: Double) {
        let m = Metrics.self
        let text =
            language.pick(
                "Zonder bruikbare datum (1 januari 1970 is een plaatshouder), buiten de tijdas gehouden",
                "Without a usable date (1 January 1970 is a placeholder), kept off the time axis")
        let caption = Layout.Caption(
            text: text,
            rect: m.textRect(x: m.margin, baseline: top + 12, width: TextMetrics.width(of: text, size: 12, bold: true), size: 12))
        var x = m.margin + 10, y = top + 22
        let maxWidth = labelMaxX - x - m.markSize - m.labelGap
        for index in undated.sorted(by: { rank[$0] < rank[$1] }) {
            let event = journey.events[index]
            let actor = laneOfActor[event.actor].map { actors[$0].name } ?? event.actor
            let full = fullTitle(event) + " — " + TextMetrics.singleLine(actor)
            let label = TextMetrics.truncated(full, toWidth: min(maxWidth, options.maxLabelWidth * 1.5), size: m.labelSize)
            let width = TextMetrics.width(of: label, size: m.labelSize)
            let itemWidth = m.markSize + m.labelGap + width
            if x + itemWidth > labelMaxX, x > m.margin + 10 {
                x = m.margin + 10
                y += m.rowHeight
            }
            let cy = y + m.rowHeight / 2
            placed.append(
                Layout.PlacedEvent(
                    index: index, category: MarkCategory(event), placement: .undated,
                    mark: Rect(x: x, y: cy - m.markSize / 2, width: m.markSize, height: m.markSize), isPeriod: false,
                    label: label,
                    labelRect: m.textRect(x: x + m.markSize + m.labelGap, baseline: cy + 4.2, width: width, size: m.labelSize),
                    labelInside: false, qualifier: "", fullTitle: fullTitle(event), isApproximate: false, isUncertain: false,
                    anchor: Layout.Point(x: x + m.markSize / 2, y: cy)))
            x += itemWidth + 2 * m.itemGap
        }
        return (caption, y + m.rowHeight)
    }

    /// A legend of what the picture uses, flowed into rows.
    func buildLegend(
        top: Double, placed: [Layout.PlacedEvent], arrows: [Layout.Arrow], hasBreaks: Bool, hasAttributedStalls: Bool
    ) -> (caption: Layout.Caption, entries: [Layout.LegendEntry], bottom: Double) {
        typealias Entry = Layout.LegendEntry
        let m = Metrics.self
        let nl = language == .nl
        var swatches: [(Entry.Swatch, String)] = []
        let categories = Set(placed.map(\.category))
        for category in MarkCategory.allCases where categories.contains(category) && category.style.shape != .band {
            swatches.append((.mark(category), category.label(language)))
        }
        var bandSeen = Set<String>()
        for event in placed where event.category.style.shape == .band {
            let value = journey.events[event.index].value
            let (fill, text) = event.category == .phase ? Palette.phase(journey.events[event.index].phase) : Palette.safety(value)
            let word: String
            switch value {
            case .phase(let phase)?: word = phase.label(language)
            case .colour(let colour)?: word = event.category.label(language) + ": " + colour.word(language)
            case .score?: word = event.category.label(language) + (nl ? ": score 0–10" : ": score 0–10")
            default: word = event.category.label(language)
            }
            if bandSeen.insert(word).inserted { swatches.append((.band(fill: fill, text: text), word)) }
        }
        if placed.contains(where: { $0.isPeriod && $0.lane != nil && $0.category != .wait }) {
            swatches.append((.period, nl ? "Periode" : "Period"))
        }
        if placed.contains(where: { $0.bracket != nil || $0.fuzzyStart != nil || $0.fuzzyEnd != nil }) {
            swatches.append(
                (
                    .bracket,
                    nl
                        ? "Datum op maand, seizoen of jaar: de hele mogelijke periode"
                        : "Date to the month, season or year: the whole possible period"
                ))
        }
        if placed.contains(where: { !$0.qualifier.isEmpty }) {
            swatches.append(
                (.qualifier, nl ? "(ca.) datum bij benadering, (?) datum onzeker" : "(c.) approximate date, (?) uncertain date"))
        }
        if placed.contains(where: { $0.category == .wait && $0.isPeriod }) {
            swatches.append((.stall, nl ? "Stilstand: wachttijd" : "Stall: waiting time"))
        }
        if hasAttributedStalls {
            swatches.append(
                (
                    .attributedStall,
                    nl ? "Stilstand volgens de analyse, bij wie de bal ligt" : "Stall found by the analysis, with who holds the ball"
                ))
        }
        if hasBreaks {
            swatches.append((.axisBreak, nl ? "Ingekorte rustige periode" : "Compressed quiet period"))
        }
        let arrowKinds = Set(arrows.map(\.kind))
        let arrowWords: [(Layout.Arrow.Kind, String, String)] = [
            (.resolves, "uitzondering lost obstakel op", "exception resolves obstacle"),
            (.answers, "aanvraag → besluit", "request → decision"),
            (.delivers, "besluit → uitvoering", "decision → delivery"),
            (.handover, "overdracht naar", "handover to"),
            (.relates, "verwijst naar", "refers to"),
        ]
        for (kind, dutch, english) in arrowWords where arrowKinds.contains(kind) {
            swatches.append((.arrow(kind), nl ? dutch : english))
        }

        let captionText = nl ? "Legenda" : "Legend"
        let caption = Layout.Caption(
            text: captionText,
            rect: m.textRect(x: m.margin, baseline: top + 12, width: TextMetrics.width(of: captionText, size: 12, bold: true), size: 12))
        var entries: [Entry] = []
        var x = m.margin + 10, y = top + 22
        for (swatch, text) in swatches {
            let swatchWidth: Double
            switch swatch {
            case .arrow, .period, .bracket, .stall, .attributedStall: swatchWidth = 28
            case .band: swatchWidth = 22
            default: swatchWidth = 14
            }
            let shown = TextMetrics.truncated(text, toWidth: labelMaxX - m.margin - 40 - swatchWidth, size: m.labelSize)
            let textWidth = TextMetrics.width(of: shown, size: m.labelSize)
            let total = swatchWidth + 6 + textWidth
            if x + total > labelMaxX, x > m.margin + 10 {
                x = m.margin + 10
                y += m.rowHeight
            }
            let cy = y + m.rowHeight / 2
            entries.append(
                Entry(
                    swatch: swatch, text: shown,
                    swatchRect: Rect(x: x, y: cy - 7, width: swatchWidth, height: 14),
                    textRect: m.textRect(x: x + swatchWidth + 6, baseline: cy + 4.2, width: textWidth, size: m.labelSize)))
            x += total + 24
        }
        return (caption, entries, y + m.rowHeight)
    }
}
