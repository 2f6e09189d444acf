import Foundation
import PlanreisFormats
import PlanreisModel
import Testing

@testable import PlanreisAnalysis

/// Anonymising every sample keeps it valid and keeps every figure the analysis computes, and
/// leaves none of the household's names.
@Suite struct AnonymizerSampleTests {
    static let samplesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    /// Every `*.planreis.xml` in Samples/ and its subfolders, and the hostile journey of the tests.
    static let samples: [String] = {
        let enumerator = FileManager.default.enumerator(atPath: samplesFolder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".planreis.xml") { found.append(path) }
        }
        return found.sorted() + ["../Tests/Fixtures/hostile/vijandig.planreis.xml"]
    }()

    static let priceList = PriceList.shipped().priceList

    static func read(_ name: String) throws -> [Journey] {
        let bytes = try Array(Data(contentsOf: samplesFolder.appendingPathComponent(name)))
        let result = PlanreisXMLFormat.read(bytes, file: name)
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.formatted(.en) })")
        return result.journeys
    }

    @Test func samplesAreFound() {
        #expect(Self.samples.count >= 4)
        #expect(Self.samples.contains("claudia-wesley.planreis.xml"))
    }

    @Test(arguments: samples)
    func figuresAreUnchangedAndOutputValidates(_ name: String) throws {
        let originals = try Self.read(name)
        let result = Anonymizer(key: AnonymizationKey(secret: "test-sleutel")).anonymize(originals)
        #expect(result.journeys.count == originals.count)

        // The output validates, in every format, and reads back as the same journeys.
        // (OCEL 2.0 is written only; the leak check below covers it.)
        for format in JourneyFormat.allCases where format.isReadable {
            let bytes = format.write(result.journeys)
            let reread = format.read(bytes, file: "anoniem.\(format.rawValue)")
            #expect(!reread.hasErrors, "\(format): \(reread.diagnostics.filter { $0.severity == .error }.map { $0.formatted(.en) })")
            #expect(reread.journeys.count == originals.count)
        }

        let analyzer = Analyzer(priceList: Self.priceList)
        for (original, anonymised) in zip(originals, result.journeys) {
            #expect(anonymised.id != original.id)
            #expect(anonymised.source == nil)
            let before = analyzer.analyze(original), after = analyzer.analyze(anonymised)

            // Stalls: the same stalls with the same lengths, in the same order.
            #expect(Self.stallFigures(before.stalls.stalls) == Self.stallFigures(after.stalls.stalls))
            #expect(Self.stallFigures(before.stalls.quietPeriods) == Self.stallFigures(after.stalls.quietPeriods))
            #expect(before.stalls.total == after.stalls.total)
            #expect(before.stalls.quietTotal == after.stalls.quietTotal)
            #expect(
                before.stalls.perActor.map { "\($0.total)/\($0.count)" }.sorted()
                    == after.stalls.perActor.map { "\($0.total)/\($0.count)" }.sorted())
            #expect(
                before.stalls.caseSpan.map { DurationRange(from: $0.start, to: $0.end) }
                    == after.stalls.caseSpan.map { DurationRange(from: $0.start, to: $0.end) })

            // Phases.
            let phasesBefore = PhaseTimeline(original, asOf: Int.max).spans, phasesAfter = PhaseTimeline(anonymised, asOf: Int.max).spans
            #expect(
                phasesBefore.map {
                    "\($0.phase) \(String(describing: $0.days)) \(String(describing: $0.dayRange)) \(String(describing: $0.next))"
                }
                    == phasesAfter.map {
                        "\($0.phase) \(String(describing: $0.days)) \(String(describing: $0.dayRange)) \(String(describing: $0.next))"
                    })

            // Cost-benefit per exception, and muddling on versus breaking through.
            #expect(before.exceptions.count == after.exceptions.count)
            for (a, b) in zip(before.exceptions, after.exceptions) {
                #expect(a.event == b.event)
                #expect(a.cost == b.cost)
                #expect(a.avoided?.cost == b.avoided?.cost)
                #expect(a.avoided?.expected == b.avoided?.expected)
                #expect(a.net == b.net)
                #expect(a.returnPerEuro == b.returnPerEuro)
                #expect(
                    a.payers.map { [$0.pays, $0.avoided, $0.saves ?? .zero] } == b.payers.map { [$0.pays, $0.avoided, $0.saves ?? .zero] })
            }
            #expect(before.comparison?.beforeCost == after.comparison?.beforeCost)
            #expect(before.comparison?.afterCost == after.comparison?.afterCost)
            #expect(before.comparison.map { $0.after.end - $0.before.start } == after.comparison.map { $0.after.end - $0.before.start })

            // Every real date moved by the same multiple of 4 years; placeholders stayed.
            var shifts = Set<Int>()
            for (e, f) in zip(original.events, anonymised.events) {
                for (d, g) in zip([e.date] + (e.end.map { [$0] } ?? []), [f.date] + (f.end.map { [$0] } ?? [])) {
                    #expect(d.precision == g.precision && d.qualifier == g.qualifier && d.spanDays == g.spanDays)
                    if d.isEpochPlaceholder { #expect(d == g) } else { shifts.insert(g.year - d.year) }
                }
            }
            #expect(shifts.count == 1)
            #expect(shifts.allSatisfy { $0 != 0 && $0 % 4 == 0 && abs($0) <= 40 })
        }
    }

    static func stallFigures(_ stalls: [Stall]) -> [String] {
        stalls.map { "\($0.kind) \($0.duration.minDays)-\($0.duration.maxDays) open:\($0.isOpen) events:\($0.events)" }
    }

    @Test(arguments: samples)
    func noHouseholdNameIsLeft(_ name: String) throws {
        let originals = try Self.read(name)
        let result = Anonymizer(key: AnonymizationKey(secret: "test-sleutel")).anonymize(originals)
        var secrets = Set<String>()
        for journey in originals {
            secrets.insert(journey.id.lowercased())
            if let source = journey.source { secrets.insert(source.lowercased()) }
            for member in journey.household { if let n = member.name { secrets.formUnion(Anonymizer.nameVariants(n)) } }
        }
        for format in JourneyFormat.allCases {
            let text = String(decoding: format.write(result.journeys), as: UTF8.self).lowercased()
            for secret in secrets { #expect(!text.contains(secret), "\(format) still holds a name or id of \(name)") }
        }
        #expect(result.report[.householdNameField] == originals.reduce(0) { $0 + $1.household.filter { $0.name != nil }.count })
        if name == "claudia-wesley.planreis.xml" {
            #expect(secrets.isSuperset(of: ["claudia", "wesley"]))
            #expect(result.report[.householdName] > 10)
            let text = String(decoding: JourneyFormat.planreisXML.write(result.journeys), as: UTF8.self)
            #expect(text.contains("<title>Moeder en vader</title>"))
            #expect(text.contains("Moeder vraagt samen met haar hulpverlener urgentie aan"))
        }
    }

    @Test func theSameKeyGivesTheSameOutputAndAnotherKeyAnother() throws {
        let originals = try Self.read("claudia-wesley.planreis.xml")
        func run(_ key: AnonymizationKey) -> [UInt8] { JourneyFormat.planreisXML.write(Anonymizer(key: key).anonymize(originals).journeys) }
        #expect(run(AnonymizationKey(secret: "a")) == run(AnonymizationKey(secret: "a")))
        #expect(run(AnonymizationKey(secret: "a")) != run(AnonymizationKey(secret: "b")))
        let ids = (0..<5).map { _ in Anonymizer(key: .random()).anonymize(originals).journeys[0].id }
        #expect(Set(ids).count == 5)
        #expect(ids.allSatisfy { $0.hasPrefix("casus-") && $0.count == 18 })
    }

    @Test func reportCountsWithoutNames() throws {
        let originals = try Self.read("claudia-wesley.planreis.xml")
        let report = Anonymizer(key: AnonymizationKey(secret: "k")).anonymize(originals).report
        for language in Language.allCases {
            let text = report.markdown(language)
            #expect(!text.lowercased().contains("claudia") && !text.lowercased().contains("wesley"))
            #expect(text.contains("| \(AnonymizationReport.Kind.householdName.label(language)) | \(report[.householdName]) |"))
        }
        #expect(report.journeys == 1)
        #expect(report[.journeyID] == 1)
        // The journey's source and every event's source (a document, an interview) are left out.
        #expect(report[.source] == 1 + originals[0].events.filter { $0.source != nil || $0.statedDuration?.source != nil }.count)
        #expect(report[.date] == originals[0].events.reduce(0) { $0 + 1 + ($1.end == nil ? 0 : 1) })
        #expect(report[.eventID] == originals[0].events.filter { $0.id != nil }.count)
    }
}

/// One shift per export by default, one per case on request; organisations treated alike.
@Suite struct AnonymizerExportTests {
    static func shifts(_ originals: [Journey], _ anonymised: [Journey]) -> [Int] {
        zip(originals, anonymised).map { original, copy in
            let pair = zip(original.events, copy.events).first { !$0.0.date.isEpochPlaceholder }!
            return pair.1.date.year - pair.0.date.year
        }
    }

    @Test func oneShiftPerExportByDefaultAndPerCaseOnRequest() throws {
        let originals = try AnonymizerSampleTests.samples.flatMap { try AnonymizerSampleTests.read($0) }
        let key = AnonymizationKey(secret: "export")
        let export = Anonymizer(key: key).anonymize(originals)
        let shifts = Self.shifts(originals, export.journeys)
        #expect(Set(shifts).count == 1)
        #expect(export.report.exportShiftYears == shifts[0])
        #expect(export.report.markdown(.nl).contains("**\(shifts[0] > 0 ? "+" : "")\(shifts[0]) jaar**"))
        // The shift is in the report only, never in the export.
        let perCase = Anonymizer(key: key, options: AnonymizationOptions(shift: .perCase)).anonymize(originals)
        #expect(perCase.report.exportShiftYears == nil)
        #expect(Set(Self.shifts(originals, perCase.journeys)).count > 1)
        #expect(!perCase.report.markdown(.nl).contains("hetzelfde aantal jaren verschoven"))
    }

    @Test func organisationsKeepTheirKindOrGetOnePseudonymPerExport() {
        func journey(_ id: String, _ lanes: [String]) -> Journey {
            Journey(
                id: id, title: "t", actors: lanes.map { Actor(id: Anonymizer.slug($0), name: $0, group: .health) },
                events: lanes.map {
                    Event(actor: Anonymizer.slug($0), kind: .intervention, date: PartialDate(year: 2020, month: 1, day: 1), title: "x")
                })
        }
        let result = Anonymizer(key: AnonymizationKey(secret: "k")).anonymize([
            journey("a", ["GGZ Breburg", "Het Dok", "Politie (wijkagent)"]), journey("b", ["GGZ WNB", "Het Dok", "Sterk Huis"]),
        ])
        let names = result.journeys.map { $0.actors.map(\.name) }
        #expect(names[0] == ["GGZ", "organisatie-1", "Politie (wijkagent)"])
        #expect(names[1] == ["GGZ", "organisatie-1", "organisatie-2"])
        #expect(result.report.organisations == 2)
    }
}

/// The title derived from a "k-<surname>" id loses the surname even when no list has it.
@Suite struct AnonymizerIDTitleTests {
    @Test func titleDerivedFromTheIDLosesTheSurname() {
        let journey = Journey(
            id: "k-zwartebol", title: "K-Zwartebol: melding buren", description: "Zwartebol belt; familie zwartebol verhuist.",
            actors: [Actor(id: "a", name: "Wijkteam", group: .socialWork)],
            events: [Event(actor: "a", kind: .event, date: PartialDate(year: 2020, month: 1, day: 1), title: "Zwartebol belt")])
        let result = Anonymizer(key: AnonymizationKey(secret: "k")).anonymize([journey]).journeys[0]
        let text = [result.id, result.title, result.description ?? "", result.events[0].title].joined(separator: "\n")
        #expect(!text.lowercased().contains("zwartebol"), "\(text)")
        #expect(result.title.hasSuffix("melding buren"))
    }
}
