import Foundation
import Testing

/// End-to-end: `--min-cell` on compare and budget, and anonymised cohorts that stay comparable
/// (issue 15 item 4, issue 16 item 9).
@Suite("planreis --min-cell and anonymised cohorts")
struct SmallCellCommandTests {
    typealias CLI = CommandLineTests

    static let compare = ["compare", "Samples/cohort", "--as-of", "31-12-2014", "--started", "2014"]

    /// Every count in the JSON's count fields: null (withheld) or at least `minimum`.
    static func smallCounts(in json: Any, minimum: Int, path: String = "") -> [String] {
        let countKeys: Set<String> = ["cases", "entered", "ended", "endedEarly", "casesWithException", "exceptions"]
        var found: [String] = []
        if let object = json as? [String: Any] {
            // The distribution's "exceptions" is a bucket (0, 1, 2 exceptions), not a count.
            for (key, value) in object where !(path.contains("distribution") && key == "exceptions") {
                if countKeys.contains(key), let n = value as? Int, n < minimum { found.append("\(path)/\(key)=\(n)") }
                found += smallCounts(in: value, minimum: minimum, path: "\(path)/\(key)")
            }
        } else if let array = json as? [Any] {
            for (index, value) in array.enumerated() { found += smallCounts(in: value, minimum: minimum, path: "\(path)[\(index)]") }
        }
        return found
    }

    @Test func compareMinCell5ShowsNoCountUnder5() throws {
        let plain = try CLI.run(Self.compare + ["--format", "json"])
        #expect(plain.status == 0, "\(plain.stderr)")
        let before = try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8))
        #expect(!Self.smallCounts(in: before, minimum: 5).isEmpty, "the sample has small cells to suppress")

        let json = try CLI.run(Self.compare + ["--format", "json", "--min-cell", "5"])
        #expect(json.status == 0, "\(json.stderr)")
        let after = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8))
        #expect(Self.smallCounts(in: after, minimum: 5).isEmpty, "\(Self.smallCounts(in: after, minimum: 5))")
        let status = try #require((after as? [String: Any])?["statusOnDate"] as? [String: Any])
        #expect(status["intensief"] as? Int == 32)

        // Markdown: every count cell ("n (p%)" or a bare count in a count column) is ≥ 5 or withheld.
        let markdown = try CLI.run(Self.compare + ["--min-cell", "5"])
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.contains("| Monitorfase | x |"))
        #expect(markdown.stdout.contains("| Afgesloten | \\< 5 |"))
        for line in markdown.stdout.split(separator: "\n") where line.hasPrefix("|") {
            for cell in line.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                if let open = cell.firstIndex(of: "("), cell.hasSuffix("%)"),
                    let n = Int(cell[..<open].trimmingCharacters(in: .whitespaces))
                {
                    #expect(n >= 5, "\(line)")
                }
            }
        }
        let usage = try CLI.run(Self.compare + ["--min-cell", "1"])
        #expect(usage.status == 2)
    }

    @Test func budgetMinCellWithholdsSmallRowsAndTheirTotals() throws {
        // 2020: the sample's three exceptions (urgency in 2021 was granted on the ordinary criterion, no exception).
        let run = try CLI.run(["budget", "Samples/claudia-wesley.planreis.xml", "--year", "2020", "--min-cell", "5", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Self.smallCounts(in: json, minimum: 5).isEmpty, "\(Self.smallCounts(in: json, minimum: 5))")
        let total = try #require(json["total"] as? [String: Any])
        #expect(total["costCents"] is NSNull)
        let use = try #require(json["budget"] as? [String: Any])
        #expect(use["usedCents"] is NSNull)
        let markdown = try CLI.run(["budget", "Samples/claudia-wesley.planreis.xml", "--year", "2020", "--min-cell", "5"])
        #expect(markdown.stdout.contains("| **Totaal** | **\\< 5** | **–** |"))
        let plain = try CLI.run(["budget", "Samples/claudia-wesley.planreis.xml", "--year", "2020"])
        #expect(plain.stdout.contains("€ 33.872,00"))
        #expect(!markdown.stdout.contains("€ 33.872,00"))
    }

    @Test func anonymisedCohortStaysComparableAfterTranslatingTheDate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let export = folder.appendingPathComponent("anoniem.csv").path, report = folder.appendingPathComponent("verslag.md").path
        let run = try CLI.run(["anonymize", "Samples/cohort", "-o", export, "--key", "k", "--report", report])
        #expect(run.status == 0, "\(run.stderr)")
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        // The report tells the steward the one shift; the export never holds it.
        let marker = try #require(markdown.range(of: "hetzelfde aantal jaren verschoven: **"))
        let shiftText = markdown[marker.upperBound...].prefix { $0 != " " }
        let shift = try #require(Int(shiftText.replacingOccurrences(of: "+", with: "")))
        #expect(shift != 0 && shift % 4 == 0)

        func tables(_ arguments: [String]) throws -> [String: Any] {
            let run = try CLI.run(arguments + ["--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        }
        let original = try tables(Self.compare)
        let anonymised = try tables(["compare", export, "--as-of", "31-12-\(2014 + shift)", "--started", "\(2014 + shift)"])
        #expect(anonymised["cases"] as? Int == 55)
        for key in ["statusOnDate", "statusPercent", "safety", "exceptions"] {
            #expect(
                NSDictionary(dictionary: original[key] as! [String: Any]) == NSDictionary(dictionary: anonymised[key] as! [String: Any]),
                "\(key)")
        }
        #expect(
            NSDictionary(dictionary: original["phases"] as! [String: Any])
                == NSDictionary(dictionary: anonymised["phases"] as! [String: Any]))

        // Agencies: known kinds keep their type ("GGZ Breburg" and "GGZ WNB" are both "GGZ"), others a
        // pseudonym with the same count.
        func actors(_ json: [String: Any]) -> [String: Int] {
            var counts: [String: Int] = [:]
            for actor in json["actors"] as! [[String: Any]] { counts[actor["name"] as! String] = actor["cases"] as? Int }
            return counts
        }
        let before = actors(original), after = actors(anonymised)
        #expect(after["GGZ"] != nil && after["GGZ WNB"] == nil && after["GGZ Breburg"] == nil)
        #expect(after["GGZ"]! >= max(before["GGZ WNB"] ?? 0, before["GGZ Breburg"] ?? 0))
        let pseudonyms = after.filter { $0.key.hasPrefix("organisatie-") }
        #expect(!pseudonyms.isEmpty && before["Het Dok"] != nil)
        #expect(pseudonyms.values.contains(before["Het Dok"]!))
        let text = try String(contentsOfFile: export, encoding: .utf8)
        #expect(!text.contains("Het Dok") && !text.contains("Breburg"))
    }

    @Test func checkListsWhatStillLooksLikeANameOrNumber() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.csv")
        try Data(
            "casus;datum;actor;soort;titel;omschrijving\nc1;2021-03-01;Wijkteam;gebeurtenis;Gesprek;moeder spreekt met Zwaantje Rekelhof, dossier 4471\n"
                .utf8
        ).write(to: file)
        let run = try CLI.run(["anonymize", "--check", file.path])
        #expect(run.status == 1, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.contains("\"Zwaantje\": hoofdletterwoord dat op geen lijst staat"))
        #expect(run.stdout.contains("\"4471\": cijferreeks"))
        #expect(!run.stdout.contains("\"moeder\""))
        let clean = try CLI.run(["anonymize", "Samples/claudia-wesley.planreis.xml", "-o", folder.appendingPathComponent("a.csv").path])
        #expect(clean.status == 0)
        let usage = try CLI.run(["anonymize", "--check", file.path, "-o", "x.csv"])
        #expect(usage.status == 2)
    }
}
