import PlanreisAnalysis
import PlanreisModel
import Testing

@testable import PlanreisReport

@Suite struct LayoutTests {
    static var journeys: [(String, Journey)] {
        var list = [
            ("alle soorten", Fixtures.allKinds), ("stilte", Fixtures.quietGap), ("vijandig", Fixtures.hostile),
            ("gegenereerd", Fixtures.generated(events: 400)),
        ]
        for file in Fixtures.sampleFiles {
            if let journey = try? Fixtures.sample(file) { list.append((file, journey)) }
        }
        return list
    }

    /// Pairs of intersecting rectangles, found with a sweep over left edges.
    static func intersections(_ rects: [(Rect, Int)], ignoringSameOwner: Bool = false) -> [(Int, Int)] {
        let sorted = rects.sorted { $0.0.x < $1.0.x }
        var found: [(Int, Int)] = []
        for i in sorted.indices {
            var j = i + 1
            while j < sorted.count, sorted[j].0.x < sorted[i].0.maxX {
                if sorted[i].0.intersects(sorted[j].0), !(ignoringSameOwner && sorted[i].1 == sorted[j].1) {
                    found.append((sorted[i].1, sorted[j].1))
                }
                j += 1
            }
        }
        return found
    }

    @Test(arguments: journeys.map(\.0))
    func noTwoTextBoxesIntersect(name: String) throws {
        let journey = try #require(Self.journeys.first { $0.0 == name }?.1)
        let layout = SwimlaneLayout(journey)
        let rects = layout.textRects.enumerated().map { ($0.element, $0.offset) }
        #expect(rects.count > journey.events.count / 2)
        let clashes = Self.intersections(rects)
        #expect(
            clashes.isEmpty,
            "\(clashes.count) overlapping text boxes, first: \(clashes.first.map { "\(rects[$0.0].0) \(rects[$0.1].0)" } ?? "")")
    }

    @Test(arguments: journeys.map(\.0))
    func labelsDoNotCoverOtherMarks(name: String) throws {
        let journey = try #require(Self.journeys.first { $0.0 == name }?.1)
        let layout = SwimlaneLayout(journey)
        var marks: [(Rect, Int)] = []
        for event in layout.events {
            for mark in [event.mark, event.bracket, event.fuzzyStart, event.fuzzyEnd].compactMap({ $0 }) {
                marks.append((mark, event.index))
            }
        }
        var clashes: [(Int, Int)] = []
        var labels = 0
        for event in layout.events {
            guard let label = event.labelRect else { continue }
            labels += 1
            // A label may sit inside its own band segment; it touches no other event's mark.
            for (mark, owner) in marks where owner != event.index && label.intersects(mark) {
                clashes.append((event.index, owner))
            }
        }
        #expect(labels > 0)
        #expect(clashes.isEmpty, "labels over marks of other events (label, mark): \(clashes.prefix(3))")
    }

    @Test func ownLabelBesideAPointMarkDoesNotCoverIt() {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        for event in layout.events where !event.labelInside {
            guard let label = event.labelRect else { continue }
            #expect(!label.intersects(event.mark), "label of event \(event.index) covers its own mark")
            if let bracket = event.bracket { #expect(!label.intersects(bracket)) }
        }
    }

    @Test func lanesFollowGroupOrderWithHouseholdFirst() {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        #expect(layout.lanes.map(\.actorID) == ["gezin", "gemeente", "wijkteam", "vt", "corporatie"])
        #expect(layout.headings.map(\.group) == [.household, .municipality, .socialWork, .safetyJustice, .housing])
        // Lanes stack downwards without gaps or overlaps, each under its heading.
        for (a, b) in zip(layout.lanes, layout.lanes.dropFirst()) {
            #expect(a.rect.maxY <= b.rect.y)
        }
        for heading in layout.headings {
            #expect(heading.rect.maxY <= layout.lanes[heading.lanes.lowerBound].rect.y)
        }
    }

    @Test func explicitOrderComesFirst() {
        var journey = Fixtures.allKinds
        journey.actors[3].order = 1  // wijkteam
        let layout = SwimlaneLayout(journey)
        #expect(layout.lanes.first?.actorID == "wijkteam")
        #expect(layout.lanes.dropFirst().first?.actorID == "gezin")
    }

    @Test func undeclaredActorsGetALaneOfTheirOwn() {
        var journey = Fixtures.allKinds
        journey.events.append(Event(actor: "onbekend", kind: .event, date: Fixtures.date("2021-03-03"), title: "Wie?"))
        let layout = SwimlaneLayout(journey)
        #expect(layout.lanes.last?.actorID == "onbekend")
        #expect(layout.events.count == journey.events.count)
    }

    @Test func threeQuietYearsTakeWellUnderHalfTheWidth() {
        let layout = SwimlaneLayout(Fixtures.quietGap)
        let scale = layout.scale
        #expect(scale.breaks.count == 1)
        let gapStart = CivilDate.dayNumber(year: 2017, month: 7, day: 1)
        let gapEnd = CivilDate.dayNumber(year: 2020, month: 7, day: 1)
        let share = (scale.x(gapEnd) - scale.x(gapStart)) / layout.plot.width
        #expect(share < 0.15, "the quiet gap takes \(share) of the plot")
        // The break lies between the last event before the gap and the first one after it.
        #expect(scale.breaks[0].startDay > CivilDate.dayNumber(year: 2017, month: 6, day: 11))
        #expect(scale.breaks[0].endDay < CivilDate.dayNumber(year: 2020, month: 7, day: 5))
        #expect(scale.breaks[0].days > 3 * 365 - 60)
        #expect(layout.axis.breakLabels == ["3 jaar"])
        let svg = SVGRenderer.render(Fixtures.quietGap)
        #expect(svg.contains("class=\"pr-break\""))
    }

    @Test func busyStretchesAreProportional() {
        let scale = SwimlaneLayout(Fixtures.quietGap).scale
        let march = scale.x(CivilDate.dayNumber(year: 2021, month: 4, day: 1)) - scale.x(CivilDate.dayNumber(year: 2021, month: 3, day: 1))
        let april = scale.x(CivilDate.dayNumber(year: 2021, month: 5, day: 1)) - scale.x(CivilDate.dayNumber(year: 2021, month: 4, day: 1))
        #expect(abs(march / 31 - april / 30) < 1e-9)
    }

    @Test func aMonthPreciseEventSpansItsMonth() throws {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        let index = try #require(Fixtures.allKinds.events.firstIndex { $0.title == "Ruzie thuis" })  // mei 2017
        let placed = try #require(layout.events.first { $0.index == index })
        let bracket = try #require(placed.bracket)
        let may = layout.scale.x(CivilDate.dayNumber(year: 2017, month: 5, day: 1))
        let june = layout.scale.x(CivilDate.dayNumber(year: 2017, month: 6, day: 1))
        #expect(abs(bracket.x - may) < 1e-9)
        #expect(abs(bracket.maxX - june) < 1e-9)
        #expect(abs(placed.mark.midX - (may + june) / 2) < 1e-9)
    }

    @Test func aDayPreciseEventHasNoBracket() throws {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        let index = try #require(Fixtures.allKinds.events.firstIndex { $0.title == "Start ambulante hulp" })
        let placed = try #require(layout.events.first { $0.index == index })
        #expect(placed.bracket == nil)
        let day = CivilDate.dayNumber(year: 2017, month: 6, day: 12)
        #expect(abs(placed.mark.midX - (layout.scale.x(day) + layout.scale.x(day + 1)) / 2) < 1e-9)
    }

    @Test func approximateAndUncertainDatesAreMarked() throws {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        let approximate = try #require(layout.events.first { $0.fullTitle == "Woning toegekend" })
        #expect(approximate.isApproximate && approximate.qualifier == " (ca.)")
        var journey = Fixtures.allKinds
        journey.events[0].date = Fixtures.date("2017?")
        let uncertain = try #require(SwimlaneLayout(journey).events.first { $0.index == 0 })
        #expect(uncertain.qualifier == " (?)")
        #expect(SVGRenderer.render(journey).contains("stroke-dasharray=\"3 2\""))
    }

    @Test func placeholderDatesStayOffTheAxis() throws {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        let placed = try #require(layout.events.first { $0.fullTitle == "Melding zonder datum" })
        #expect(placed.placement == .undated)
        #expect(layout.scale.dayRange.lowerBound > CivilDate.dayNumber(year: 2016, month: 1, day: 1))
        #expect(layout.undatedCaption != nil)
        #expect(placed.mark.y > layout.lanesBottom)
    }

    @Test func phasesAndSafetyBecomeBands() {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        #expect(layout.bands.map(\.category) == [.phase, .safety])
        let segments = layout.events.filter { if case .band = $0.placement { return true } else { return false } }
        #expect(segments.count == 4)
        // A phase runs until the next one starts.
        let phases = segments.filter { $0.category == .phase }.sorted { $0.mark.x < $1.mark.x }
        #expect(abs(phases[0].mark.maxX - phases[1].mark.x) < 1e-9)
    }

    @Test func linksBecomeArrowsInReadingDirection() {
        let journey = Fixtures.allKinds
        let layout = SwimlaneLayout(journey)
        let index = { (title: String) in journey.events.firstIndex { $0.title == title }! }
        let kinds = Dictionary(layout.arrows.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(kinds[.resolves]?.from == index("Tijdelijke woning via gemeente"))
        #expect(kinds[.resolves]?.to == index("Geen urgentie zonder inkomen"))
        #expect(kinds[.answers]?.from == index("Aanvraag urgentie"))
        #expect(kinds[.answers]?.to == index("Urgentie afgewezen"))
        #expect(kinds[.handover]?.toLane == layout.lanes.firstIndex { $0.actorID == "gemeente" })
    }

    @Test func waitsAreShadedOverTheirLane() throws {
        let layout = SwimlaneLayout(Fixtures.allKinds)
        let stall = try #require(layout.stalls.first)
        let lane = layout.lanes[stall.lane]
        #expect(lane.actorID == "gemeente")
        #expect(stall.rect.y == lane.rect.y && stall.rect.height == lane.rect.height)
    }

    @Test func aTenThousandCharacterTitleIsShortened() throws {
        let journey = Fixtures.hostile
        let layout = SwimlaneLayout(journey)
        let placed = try #require(layout.events.first { $0.index == journey.events.count - 1 })
        #expect(placed.label.hasSuffix("…"))
        #expect(try #require(placed.labelRect).width <= layout.options.maxLabelWidth + 1)
        #expect(layout.width == 1600)
        #expect(placed.fullTitle.count > 9000)
    }

    @Test func eventsAreInChronologicalOrder() {
        let journey = Fixtures.allKinds
        let layout = SwimlaneLayout(journey)
        let dated = layout.events.filter { $0.placement != .undated }.map { journey.events[$0.index].date }
        #expect(zip(dated, dated.dropFirst()).allSatisfy { !($1 < $0) })
        #expect(layout.events.last?.placement == .undated)
    }

    @Test func sameInputSameOutput() {
        let journey = Fixtures.generated(events: 300)
        #expect(SwimlaneLayout(journey) == SwimlaneLayout(journey))
        #expect(SVGRenderer.render(journey) == SVGRenderer.render(journey))
    }

    @Test func manyEventsStillNeverOverlap() {
        let journey = Fixtures.generated(events: 2_000)
        let layout = SwimlaneLayout(journey)
        let rects = layout.textRects.enumerated().map { ($0.element, $0.offset) }
        #expect(Self.intersections(rects).isEmpty)
        #expect(layout.events.count == journey.events.count)
    }

    @Test func anEmptyJourneyStillLaysOut() {
        let layout = SwimlaneLayout(Journey(id: "leeg", title: ""))
        #expect(layout.events.isEmpty && layout.lanes.isEmpty)
        #expect(layout.height > 0)
        #expect(SVGRenderer.render(Journey(id: "leeg", title: "")).hasSuffix("</svg>\n"))
    }
}

extension LayoutTests {
    @Test(arguments: [Language.nl, .en])
    func noMonthLabelIsSkipped(language: Language) {
        for journey in [Fixtures.allKinds, Fixtures.quietGap] {
            let layout = SwimlaneLayout(journey, options: .init(width: 1200, language: language))
            guard case .months(let step) = layout.axis.granularity else { continue }
            var monthStarts = 0
            for segment in layout.scale.segments {
                var (y, m, _) = CivilDate.date(fromDayNumber: segment.startDay)
                while true {
                    (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
                    let day = CivilDate.dayNumber(year: y, month: m, day: 1)
                    if day >= segment.endDay { break }
                    if (m - 1) % step == 0 { monthStarts += 1 }
                }
            }
            let fine = layout.axis.labels.filter { $0.row == 1 }.count
            #expect(fine >= monthStarts, "\(fine) month labels for \(monthStarts) month starts")
        }
    }
}

extension LayoutTests {
    @Test func analysedStallsAreShadedWithWhoeverHoldsTheBall() throws {
        let journey = Fixtures.allKinds
        let report = StallDetector().report(for: journey)
        let attributable = report.stalls.filter { $0.kind != .wait && $0.kind != .quiet && $0.actor != nil }
        try #require(!attributable.isEmpty)
        let layout = SwimlaneLayout(journey, stalls: report.stalls)
        #expect(layout.attributedStalls.count == attributable.count)
        for stall in layout.attributedStalls {
            let lane = layout.lanes[stall.lane]
            #expect(stall.rect.y == lane.rect.y && stall.rect.height == lane.rect.height)
            #expect(stall.title.hasPrefix("Stilstand ("))
        }
        // The request → decision stall lies with the deciding corporation.
        let decision = try #require(layout.attributedStalls.first { $0.title.contains("aanvraag → besluit") })
        #expect(layout.lanes[decision.lane].actorID == "corporatie")
        let svg = SVGRenderer.render(journey, stalls: report.stalls)
        #expect(svg.contains("class=\"pr-attributed-stall\""))
        #expect(svg.contains("Stilstand volgens de analyse"))
        #expect(!SVGRenderer.render(journey).contains("pr-attributed-stall"))
    }
}
