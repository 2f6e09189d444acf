import Foundation
import PlanreisModel
import PlanreisReport
import Testing

/// Whole-output comparisons of the SVG with committed files in `Golden/`. After an intended
/// change, re-record with `PLANREIS_RECORD=1 swift test --filter GoldenTests` and review the diff.
@Suite struct GoldenTests {
    static var recording: Bool { ProcessInfo.processInfo.environment["PLANREIS_RECORD"] == "1" }

    static var cases: [String] {
        ["alle-soorten", "stilte", "vijandig"] + Fixtures.sampleFiles.map { String($0.dropLast(".planreis.xml".count)) }
    }

    static func journey(_ name: String) throws -> Journey {
        switch name {
        case "alle-soorten": return Fixtures.allKinds
        case "stilte": return Fixtures.quietGap
        case "vijandig": return Fixtures.hostile
        default: return try Fixtures.sample(name + ".planreis.xml")
        }
    }

    static func compare(_ actual: String, with file: String) throws {
        let url = Fixtures.golden.appendingPathComponent(file)
        if recording {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("no golden file \(file); record it with PLANREIS_RECORD=1 swift test --filter GoldenTests")
            return
        }
        if expected != actual {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line].prefix(300)) : "<end>"
            let got = line < b.count ? String(b[line].prefix(300)) : "<end>"
            Issue.record(
                "\(file) differs at line \(line + 1)\n  expected: \(want)\n  actual:   \(got)\nre-record with PLANREIS_RECORD=1 if the change is intended"
            )
        }
    }

    @Test(arguments: cases)
    func svg(name: String) throws {
        try Self.compare(SVGRenderer.render(Self.journey(name)), with: name + ".svg")
    }

    @Test func englishSVG() throws {
        try Self.compare(SVGRenderer.render(Fixtures.allKinds, options: .init(language: .en)), with: "alle-soorten.en.svg")
    }
}
