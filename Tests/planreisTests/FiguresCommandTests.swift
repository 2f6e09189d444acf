import Foundation
import Testing

/// The command line of issue 16: each case once, a municipality that matches nothing, Dutch
/// usage errors with the real reason, the per-case export.
@Suite("planreis command line: figures")
struct FiguresCommandTests {
    typealias CLI = CommandLineTests

    @Test func theSameFileTwiceCountsOnceWithOneWarning() throws {
        let file = "Samples/claudia-wesley.planreis.xml"
        let once = try CLI.run(["budget", file, "--year", "2020", "--format", "json"])
        let twice = try CLI.run(["budget", file, file, "--year", "2020", "--format", "json"])
        #expect(once.status == 0 && twice.status == 0)
        let a = try #require(try JSONSerialization.jsonObject(with: Data(once.stdout.utf8)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(twice.stdout.utf8)) as? [String: Any])
        #expect((a["total"] as? [String: Any])?["costCents"] as? Int == (b["total"] as? [String: Any])?["costCents"] as? Int)
        #expect((b["input"] as? [String: Any])?["duplicates"] as? Int == 1)
        #expect(twice.stderr.components(separatedBy: "2 keer gelezen").count == 2)
        #expect(once.stderr.isEmpty || !once.stderr.contains("keer gelezen"))
    }

    @Test func samplesHoldNoHostileJourney() throws {
        let run = try CLI.run(["budget", "Samples", "--year", "2020"])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("onerror") && !run.stdout.contains("script"))
        #expect(run.stdout.contains("Hart van Brabant (regio)"))
        #expect(run.stdout.contains("Gelezen: "))
    }

    @Test func aMunicipalityThatMatchesNothingListsTheNames() throws {
        let run = try CLI.run(["budget", "Samples", "--year", "2020", "--municipality", "Breda"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("'Breda'") && run.stderr.contains("Hart van Brabant (regio)"))
        let region = try CLI.run(["budget", "Samples", "--year", "2020", "--municipality", "hart van brabant"])
        #expect(region.status == 0 && region.stdout.contains("3 uitzonderingen in 1 casus"))
    }

    @Test func usageErrorsAreDutchAndGiveTheRealReason() throws {
        let negative = try CLI.run(["budget", "Samples", "--year", "2020", "--budget", "-5"])
        #expect(negative.status == 2)
        #expect(negative.stderr.contains("moet groter dan nul zijn"))
        #expect(!negative.stderr.contains("Missing"))
        let missing = try CLI.run(["compare", "Samples"])
        #expect(missing.status == 2 && missing.stderr.contains("Verplicht argument ontbreekt: '--as-of <as-of>'"))
        #expect(missing.stderr.contains("Gebruik: planreis compare"))
        let english = try CLI.run(["compare", "Samples", "--lang", "en"])
        #expect(english.stderr.contains("Missing expected argument"))
        let unknown = try CLI.run(["budget", "Samples", "--year", "2020", "--bogus"])
        #expect(unknown.stderr.contains("Onbekende optie '--bogus'"))
    }

    @Test func perCaseExportHasOneRowPerCase() throws {
        let run = try CLI.run(["compare", "Samples/cohort", "--as-of", "31-12-2014", "--started", "2014", "--per-case"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\r\n")
        #expect(lines.count == 56)
        #expect(lines.first?.hasPrefix("case_id,start_date,start_precision,") == true)
        let refused = try CLI.run(["compare", "Samples/cohort", "--as-of", "31-12-2014", "--per-case", "--format", "md"])
        #expect(refused.status == 2 && refused.stderr.contains("--per-case schrijft csv of json"))
    }
}
