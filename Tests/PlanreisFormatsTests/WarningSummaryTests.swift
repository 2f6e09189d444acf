import PlanreisFormats
import PlanreisModel
import Testing

@Suite struct WarningSummaryTests {
    static func warning(_ file: String, _ line: Int, _ name: String) -> Diagnostic {
        .warning(
            at: SourceLocation(file: file, line: line, column: 1),
            Localized(nl: "besluit \"\(name)\" zonder uitkomst", en: "decision \"\(name)\" without outcome"))
    }

    @Test func fivePerKindPerFileThenTheExactCountOfTheRest() {
        var diagnostics = (1...92).map { Self.warning("a.csv", $0 + 1, "b\($0)") }
        diagnostics += (1...3).map { Self.warning("b.csv", $0, "x\($0)") }
        diagnostics.append(.error(at: SourceLocation(file: "a.csv", line: 50, column: 2), Localized("kapot")))
        let result = WarningSummary.summarise(diagnostics)
        #expect(result.errorCount == 1)
        #expect(result.warningCount == 95)
        #expect(result.omitted.warnings == 87)
        let shown = result.diagnostics.map { "\($0.location!.file):\($0.location!.line) \($0.message.nl)" }
        #expect(
            shown == [
                "a.csv:2 besluit \"b1\" zonder uitkomst", "a.csv:3 besluit \"b2\" zonder uitkomst",
                "a.csv:4 besluit \"b3\" zonder uitkomst", "a.csv:5 besluit \"b4\" zonder uitkomst",
                "a.csv:6 besluit \"b5\" zonder uitkomst", "a.csv:7 … en nog 87 keer: besluit … zonder uitkomst",
                "a.csv:50 kapot",
                "b.csv:1 besluit \"x1\" zonder uitkomst", "b.csv:2 besluit \"x2\" zonder uitkomst",
                "b.csv:3 besluit \"x3\" zonder uitkomst",
            ])
        #expect(result.diagnostics[5].message.en == "… and 87 more times: decision … without outcome")
    }

    @Test func kindsIgnoreQuotedPartsAndNumbers() {
        let a = Diagnostic.warning(at: nil, Localized(nl: "einde 3 mei 2017 ligt voor \"x\"", en: ""))
        let b = Diagnostic.warning(at: nil, Localized(nl: "einde 14 mei 2019 ligt voor \"yy\"", en: ""))
        let c = Diagnostic.warning(at: nil, Localized(nl: "onbekende actor \"x\"", en: ""))
        #expect(WarningSummary.kind(of: a) == WarningSummary.kind(of: b))
        #expect(WarningSummary.kind(of: a) != WarningSummary.kind(of: c))
    }

    @Test func errorsAndFewWarningsAreLeftAlone() {
        let errors = (1...20).map { Diagnostic.error(at: SourceLocation(file: "f", line: $0, column: 1), Localized("fout \"\($0)\"")) }
        let warnings = (1...5).map { Self.warning("f", 100 + $0, "w\($0)") }
        let result = WarningSummary.summarise(errors + warnings)
        #expect(result.diagnostics == errors + warnings)
        #expect(result.omitted.isEmpty)
    }
}
