import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV: at most 100 problems per file, then how many more")
struct CSVProblemLimitTests {
    static let header = "id;datum;actor;soort;titel"

    /// `count` rows that each have an impossible date (31 February): one error per row.
    static func badDates(_ count: Int) -> String {
        ([header] + (1...count).map { "e\($0);31-2-2014;Gemeente;aanvraag;Aanvraag \($0)" }).joined(separator: "\n") + "\n"
    }

    @Test("1,000 bad rows: the first 100 errors, then '… en nog 900 fouten'")
    func thousandBadRows() throws {
        let result = CSVTestSupport.read(Self.badDates(1_000), file: "fout.csv")
        #expect(SpreadsheetCSVFormat.reportedProblemLimit == 100)
        #expect(result.diagnostics.count == 101)
        let shown = result.diagnostics.prefix(100)
        #expect(shown.allSatisfy { $0.severity == .error && $0.message.nl.contains("31") })
        #expect(shown.map { $0.location!.line } == Array(2...101))
        let summary = try #require(result.diagnostics.last)
        #expect(summary.severity == .error)
        #expect(summary.message.nl == "… en nog 900 fouten in dit bestand; alleen de eerste 100 problemen zijn gemeld")
        #expect(summary.message.en == "… and 900 more errors in this file; only the first 100 problems are reported")
        #expect(summary.location == SourceLocation(file: "fout.csv", line: 102, column: 6))
        #expect(summary.formatted(.nl).hasPrefix("fout.csv:102:6: fout: … en nog 900 fouten"))
        #expect(summary.formatted(.en).hasPrefix("fout.csv:102:6: error: … and 900 more errors"))
        #expect(summary.hint != nil)
        // Every row is still read, and every problem counted.
        #expect(result.journeys.first?.events.count == 1_000)
        #expect(result.errorCount == 1_000 && result.warningCount == 0)
    }

    @Test("errors and warnings are counted apart, exactly")
    func errorsAndWarnings() throws {
        // Each row: text after a closing quote (a warning, reported first) and a bad date (an error).
        let rows = (1...1_000).map { "e\($0);31-2-2014;Gemeente;aanvraag;\"Titel\"x" }
        let result = CSVTestSupport.read(([Self.header] + rows).joined(separator: "\n") + "\n")
        #expect(result.diagnostics.count == 101)
        #expect(result.diagnostics.prefix(100).allSatisfy { $0.severity == .warning })
        let summary = try #require(result.diagnostics.last)
        #expect(summary.severity == .error)
        #expect(summary.message.nl.hasPrefix("… en nog 1000 fouten en 900 waarschuwingen in dit bestand"))
        #expect(summary.message.en.hasPrefix("… and 1000 more errors and 900 warnings in this file"))
        #expect(result.errorCount == 1_000 && result.warningCount == 1_000)
    }

    @Test("exactly at the limit nothing is left out; one past it says so in the singular")
    func atTheLimit() throws {
        let hundred = CSVTestSupport.read(Self.badDates(100))
        #expect(hundred.diagnostics.count == 100)
        #expect(!hundred.diagnostics.contains { $0.message.nl.hasPrefix("…") })
        let hundredAndOne = CSVTestSupport.read(Self.badDates(101))
        #expect(hundredAndOne.diagnostics.count == 101)
        #expect(hundredAndOne.diagnostics.last?.message.nl.hasPrefix("… en nog 1 fout in dit bestand") == true)
        #expect(hundredAndOne.diagnostics.last?.message.en.hasPrefix("… and 1 more error in this file") == true)
    }

    @Test("only warnings left out: a warning")
    func onlyWarnings() throws {
        let rows = (1...150).map { "e\($0);2014;Gemeente;aanvraag;\"Titel\"x" }
        let result = CSVTestSupport.read(([Self.header] + rows).joined(separator: "\n") + "\n")
        let summary = try #require(result.diagnostics.last)
        #expect(summary.severity == .warning)
        #expect(summary.message.nl.hasPrefix("… en nog 50 waarschuwingen"))
        #expect(summary.message.en.hasPrefix("… and 50 more warnings"))
        #expect(!result.diagnostics.hasErrors)
        #expect(result.errorCount == 0 && result.warningCount == 150)
    }
}
