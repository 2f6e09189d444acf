import Foundation
import Testing

/// `validate` on a spreadsheet with 1,000 bad rows: 100 problems, one that counts the rest, exact totals.
@Suite("planreis validate: problems per CSV file capped")
struct CSVProblemLimitCommandTests {
    @Test func thousandBadRowsGiveAHundredProblemsAndACount() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("duizend.csv")
        let rows = (1...1_000).map { "e\($0);31-2-2014;Gemeente;aanvraag;Aanvraag \($0)" }
        try Data((["id;datum;actor;soort;titel"] + rows).joined(separator: "\n").utf8).write(to: file)

        let dutch = try CommandLineTests.run(["validate", file.path])
        #expect(dutch.status == 1)
        let problems = dutch.stderr.components(separatedBy: "\n").filter { $0.hasPrefix(file.path + ":") }
        #expect(problems.count == 101)
        #expect(
            problems.last?.hasSuffix(":102:6: fout: … en nog 900 fouten in dit bestand; alleen de eerste 100 problemen zijn gemeld") == true
        )
        #expect(dutch.stdout.contains("duizend.csv: ongeldig (1000 fouten, 0 waarschuwingen)"))

        let english = try CommandLineTests.run(["validate", "--lang", "en", file.path])
        #expect(english.status == 1)
        #expect(english.stderr.contains(":102:6: error: … and 900 more errors in this file; only the first 100 problems are reported"))
        #expect(english.stdout.contains("duizend.csv: invalid (1000 errors, 0 warnings)"))
    }
}
