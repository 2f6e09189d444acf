import Foundation
import PlanreisFormats
import Testing

/// Every command that reads journeys names, in its `--help`, every ending `JourneyFormat`
/// reads: the list is built from the formats, so a format added there shows up everywhere.
@Suite("help names every input format")
struct HelpFormatTests {
    @Test(arguments: ["validate", "convert", "render", "analyze", "compare", "budget", "anonymize"])
    func readingCommandNamesEveryFormat(_ command: String) throws {
        let run = try CommandLineTests.run([command, "--help"])
        #expect(run.status == 0)
        // Help wraps lines; compare the words with the wrapping taken out.
        let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for format in JourneyFormat.allCases {
            for ending in format.extensions where ending != "tsv" && ending != "txt" && ending != "xml" {
                #expect(help.contains("." + ending), "\(command) --help does not name .\(ending)")
            }
        }
    }
}
