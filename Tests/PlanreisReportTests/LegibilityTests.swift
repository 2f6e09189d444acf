import PlanreisModel
import Testing

@testable import PlanreisReport

/// No bar or line runs through a label: a period's bar lies under its label, never across it,
/// and labels stay clear of the lines between lanes (the browser check asserts the same on the
/// rendered page).
@Suite struct LegibilityTests {
    /// Every text box against every period bar; a sweep over left edges.
    static func labelsOnBars(_ layout: SwimlaneLayout) -> [(label: Rect, bar: Rect)] {
        let bars = layout.events.filter { $0.isPeriod && $0.category.style.shape != .band }.map(\.mark)
        let labels = layout.textRects
        var found: [(Rect, Rect)] = []
        let items = (labels.map { ($0, true) } + bars.map { ($0, false) }).sorted { $0.0.x < $1.0.x }
        var open: [(Rect, Bool)] = []
        for item in items {
            open.removeAll { $0.0.maxX <= item.0.x }
            for other in open where other.1 != item.1 && other.0.intersects(item.0) {
                found.append(item.1 ? (item.0, other.0) : (other.0, item.0))
            }
            open.append(item)
        }
        return found
    }

    /// Text boxes a lane's bottom line runs through.
    static func labelsOnLaneLines(_ layout: SwimlaneLayout) -> [Rect] {
        let labels = layout.events.compactMap { $0.lane == nil ? nil : $0.labelRect } + layout.lanes.flatMap(\.nameRects)
        return layout.lanes.flatMap { lane in
            labels.filter { $0.y < lane.rect.maxY && lane.rect.maxY < $0.maxY && $0.x < lane.rect.maxX && lane.rect.x < $0.maxX }
        }
    }

    @Test(arguments: LayoutTests.journeys.map(\.0))
    func noLabelOnABarOrALaneLine(name: String) throws {
        let journey = try #require(LayoutTests.journeys.first { $0.0 == name }?.1)
        let layout = SwimlaneLayout(journey)
        let onBars = Self.labelsOnBars(layout)
        #expect(onBars.isEmpty, "\(onBars.count) labels on a period bar, first: \(String(describing: onBars.first))")
        let onLines = Self.labelsOnLaneLines(layout)
        #expect(onLines.isEmpty, "\(onLines.count) labels on a lane line, first: \(String(describing: onLines.first))")
    }

    @Test func aPeriodsLabelSitsAboveItsOwnBar() throws {
        let journey = try Fixtures.sample("claudia-wesley.planreis.xml")
        let layout = SwimlaneLayout(journey)
        let periods = layout.events.filter { $0.isPeriod && $0.lane != nil }
        #expect(periods.count >= 5)
        for period in periods {
            let label = try #require(period.labelRect)
            #expect(label.maxY <= period.mark.y, "label of event \(period.index) reaches into its bar")
            #expect(!period.labelInside)
            // The label starts over its bar (after the symbol) unless the right edge pushed it left.
            #expect(label.x <= period.mark.x + 14 || label.maxX >= layout.width - 30)
        }
        // The two periods the issue names: each label lies wholly above its bar.
        for title in ["Kinderen logeren geregeld bij familie van vader", "Doelen worden niet bereikt"] {
            let index = try #require(journey.events.firstIndex { $0.title == title })
            let placed = try #require(layout.events.first { $0.index == index })
            let label = try #require(placed.labelRect)
            #expect(placed.isPeriod && !label.intersects(placed.mark))
        }
    }

    @Test func theCheckFindsALabelOnABar() throws {
        // The sweep is not vacuous: a label moved onto its bar is reported.
        var layout = SwimlaneLayout(Fixtures.allKinds)
        let index = try #require(layout.events.firstIndex { $0.isPeriod && $0.lane != nil })
        layout.events[index].labelRect = layout.events[index].mark
        #expect(!Self.labelsOnBars(layout).isEmpty)
    }

    @Test func theSVGDrawsBarsUnderTheirLabelsWithAHalo() throws {
        let journey = try Fixtures.sample("claudia-wesley.planreis.xml")
        let svg = SVGRenderer.render(journey)
        #expect(svg.contains("<rect class=\"pr-bar\""))
        #expect(svg.contains("paint-order:stroke;stroke:#FFFFFF"))
        // Arrows are drawn before the events, so their curves pass behind the labels' halo.
        let arrows = try #require(svg.range(of: "class=\"pr-arrow"))
        let events = try #require(svg.range(of: "<g class=\"pr-events\""))
        #expect(arrows.lowerBound < events.lowerBound)
    }
}
