import Foundation
import Testing

/// End-to-end: `planreis anonymize` and the read limits on the built binary.
@Suite("planreis anonymize")
struct AnonymizeCommandTests {
    typealias CLI = CommandLineTests

    @Test func writesAValidExportWithoutNamesAndAReport() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("anoniem.planreis.xml").path
        let report = folder.appendingPathComponent("verslag.md").path
        let run = try CLI.run([
            "anonymize", "Samples/claudia-wesley.planreis.xml", "Samples/it-westbrabant-casus-1.planreis.xml",
            "-o", output, "--key", "geheim", "--report", report,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        for secret in ["Claudia", "Wesley", "claudia-wesley", "it-westbrabant-casus-1", "Instituut voor Publieke Waarden"] {
            #expect(!text.contains(secret), "\(secret) left in the export")
        }
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        #expect(markdown.hasPrefix("# Anonimisering\n\n2 casussen geanonimiseerd."))
        #expect(!markdown.contains("Claudia"))
        let validation = try CLI.run(["validate", output])
        #expect(validation.status == 0, "\(validation.stdout)\(validation.stderr)")
    }

    @Test func theSameKeyGivesTheSameExportAndTheReportGoesToStandardError() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let keyFile = folder.appendingPathComponent("sleutel").path
        try Data("geheim\n".utf8).write(to: URL(fileURLWithPath: keyFile))
        var outputs: [Data] = []
        for key in [["--key", "geheim"], ["--key-file", keyFile], ["--key", "anders"]] {
            let output = folder.appendingPathComponent("uit\(outputs.count).json").path
            let run = try CLI.run(["anonymize", "Samples/claudia-wesley.planreis.xml", "-o", output] + key)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stderr.contains("| naam van een gezinslid in tekst, vervangen door de rol |"))
            outputs.append(try Data(contentsOf: URL(fileURLWithPath: output)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] != outputs[2])
    }

    @Test func limitsRefuseWithTheFlagToRaiseThem() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CLI.run([
            "anonymize", "Samples/claudia-wesley.planreis.xml", "-o", folder.appendingPathComponent("x.json").path,
            "--max-bytes", "1K",
        ])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("Samples/claudia-wesley.planreis.xml:1:1: fout: het bestand is groter dan de grens van 1 KiB; niet gelezen")
        )
        #expect(run.stderr.contains("--max-bytes of de omgevingsvariabele PLANREIS_MAX_BYTES"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.json").path))
        let usage = try CLI.run(["anonymize", "Samples/claudia-wesley.planreis.xml", "-o", "x.json", "--max-depth", "diep"])
        #expect(usage.status == 2)
    }
}
