import Foundation
import Testing

/// `--max-bytes`, `--max-depth`, `--max-text`, `--max-events` on every command that reads input;
/// the `PLANREIS_MAX_*` variables still apply, and a flag wins over its variable.
@Suite("planreis: read limits as flags on every command")
struct LimitFlagCommandTests {
    static let sample = "Samples/claudia-wesley.planreis.xml"

    @Test(arguments: [
        ("--max-bytes", "1K", "het bestand is groter dan de grens van 1 KiB; niet gelezen"),
        ("--max-depth", "2", "elementen zijn dieper genest dan de grens van 2 niveaus; niet gelezen"),
        ("--max-text", "10", "een tekst, attribuutwaarde, cel of tag is langer dan de grens van 10 bytes; niet gelezen"),
        ("--max-events", "10", "het bestand heeft meer dan 10 gebeurtenissen; niet gelezen"),
    ])
    func validateRefusesTheSampleUnderALoweredLimit(flag: String, value: String, message: String) throws {
        let run = try CommandLineTests.run(["validate", flag, value, Self.sample])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\(Self.sample):"))
        #expect(run.stderr.contains(": fout: " + message), "\(run.stderr)")
        let variable = "PLANREIS_MAX_" + flag.dropFirst("--max-".count).uppercased()
        #expect(run.stderr.contains("tip: vertrouwt u het bestand, verhoog dan de grens met \(flag) of de omgevingsvariabele \(variable)"))
        #expect(run.stdout.contains("claudia-wesley.planreis.xml: ongeldig (1 fout, 0 waarschuwingen)"))
        // Without the flag the same sample is fine.
        #expect(try CommandLineTests.run(["validate", Self.sample]).status == 0)
    }

    @Test func everyCommandThatReadsInputTakesTheFlags() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands: [[String]] = [
            ["validate", Self.sample],
            ["convert", Self.sample, "-o", folder.appendingPathComponent("x.json").path],
            ["analyze", Self.sample],
            ["render", Self.sample, "-o", folder.appendingPathComponent("x.html").path],
            ["compare", Self.sample, "--as-of", "31-12-2022"],
            ["budget", Self.sample, "--year", "2021"],
            ["anonymize", Self.sample, "-o", folder.appendingPathComponent("y.json").path],
        ]
        for command in commands {
            let run = try CommandLineTests.run(command + ["--max-bytes", "1K"])
            #expect(run.status == 1, "\(command[0]): \(run.stderr)")
            #expect(run.stderr.contains("fout: het bestand is groter dan de grens van 1 KiB; niet gelezen"), "\(command[0]): \(run.stderr)")
            let english = try CommandLineTests.run(command + ["--max-events", "10", "--lang", "en"])
            #expect(english.status == 1, "\(command[0]): \(english.stderr)")
            #expect(english.stderr.contains("error: the file has more than 10 events; not read"), "\(command[0]): \(english.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func theEnvironmentStillAppliesAndAFlagWinsOverIt() throws {
        let limited = ["PLANREIS_MAX_EVENTS": "10"]
        let byEnvironment = try CommandLineTests.run(["validate", Self.sample], environment: limited)
        #expect(byEnvironment.status == 1)
        #expect(byEnvironment.stderr.contains("meer dan 10 gebeurtenissen"))
        let raised = try CommandLineTests.run(["validate", "--max-events", "100", Self.sample], environment: limited)
        #expect(raised.status == 0, "\(raised.stderr)")
        let lowered = try CommandLineTests.run(["validate", "--max-bytes", "2K", Self.sample], environment: ["PLANREIS_MAX_BYTES": "1G"])
        #expect(lowered.status == 1)
        #expect(lowered.stderr.contains("groter dan de grens van 2 KiB"))
    }

    @Test func aBadFlagValueIsAUsageError() throws {
        for command in [["validate", Self.sample], ["render", Self.sample, "-o", "x.html"], ["compare", Self.sample, "--as-of", "2022"]] {
            let run = try CommandLineTests.run(command + ["--max-text", "veel"])
            #expect(run.status == 2, "\(command[0]): \(run.stderr)")
            #expect(run.stderr.contains("--max-text \"veel\" is geen geldige grens"))
        }
    }
}
