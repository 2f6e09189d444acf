import Foundation
import Testing

/// End-to-end: the built `planreis` binary on the samples, its exit codes and its output.
@Suite("planreis command line")
struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary next to the test bundle (`.build/<config>/planreis`).
    static var binary: URL {
        var folder = Bundle.main.bundleURL
        for _ in 0..<3 where !FileManager.default.fileExists(atPath: folder.appendingPathComponent("planreis").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("planreis")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the binary in the repository with `environment` added to this process's environment.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = repository
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("PLANREIS_MAX_") }
            .merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func validateAcceptsEverySample() throws {
        let run = try Self.run(["validate", "Samples/claudia-wesley.planreis.xml", "Samples/it-westbrabant-casus-3.csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("claudia-wesley.planreis.xml: geldig (1 reis, 53 gebeurtenissen"))
    }

    @Test func validateReportsEveryProblemWithExitCode1() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("kapot.csv")
        let text =
            "id;datum;actor;soort;titel;verwijst_naar\r\nu1;31-02-2014;Gemeente;uitzondering;Woning;o9\r\nb1;2014;Gemeente;besluitt;Besluit;\r\n"
        try Data(text.utf8).write(to: file)
        let run = try Self.run(["validate", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("kapot.csv:2:4: fout: 31 februari 2014 bestaat niet"))
        #expect(run.stderr.contains("kapot.csv:2:44: fout: gebeurtenis \"u1\" verwijst naar onbekende gebeurtenis \"o9\""))
        #expect(run.stderr.contains("kapot.csv:3:18: fout: onbekende soort \"besluitt\""))
        let english = try Self.run(["validate", "--lang", "en", file.path])
        #expect(english.stderr.contains("kapot.csv:2:4: error: "))
    }

    /// Bytes that do not decode in the declared encoding: one clear message with its place, in
    /// every reader, and nothing that libxml2 would print on its own.
    @Test(arguments: ["log.xes", "journey.planreis.xml"])
    func undecodableBytesGiveOneMessageAndNoLibraryNoise(_ name: String) throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(name)
        var bytes = Array("<?xml version=\"1.0\" encoding=\"SHIFT_JIS\"?>\n".utf8)
        bytes += Array(
            (name.hasSuffix(".xes")
                ? "<log>\n<trace><string key=\"concept:name\" value=\"a"
                : "<planreis xmlns=\"urn:planreis:1\" version=\"1\">\n<journey id=\"a\" title=\"a").utf8)
        bytes += [0x81, 0x1F]
        bytes += Array("b\"/></trace></log>\n".utf8)
        try Data(bytes).write(to: file)
        let run = try Self.run(["validate", file.path])
        #expect(run.status == 1)
        let messages = run.stderr.components(separatedBy: "\n").filter { $0.contains("de bytes 0x81 0x1F") }
        #expect(messages.count == 1, "\(run.stderr)")
        #expect(messages.first?.hasPrefix("\(file.path):3:") == true, "\(run.stderr)")
        #expect(!run.stderr.contains("encoding error :") && !run.stderr.contains("I/O error") && !run.stderr.contains("encoder error"))
    }

    @Test func usageErrorsExitWith2() throws {
        #expect(try Self.run(["validate"]).status == 2)
        #expect(try Self.run(["convert", "Samples/claudia-wesley.planreis.xml", "-o", "x.docx"]).status == 2)
        #expect(try Self.run(["no-such-command"]).status == 2)
        #expect(try Self.run(["render", "Samples/claudia-wesley.planreis.xml", "-o", "x.gif"]).status == 2)
    }

    @Test func missingFileIsAnInputProblem() throws {
        let run = try Self.run(["validate", "Samples/bestaat-niet.planreis.xml"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bestaat niet"))
    }

    @Test func convertRoundTripThroughCSVLosesNothing() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let canonical = folder.appendingPathComponent("a.planreis.xml").path
        let csv = folder.appendingPathComponent("b.csv").path
        let back = folder.appendingPathComponent("c.planreis.xml").path
        #expect(try Self.run(["convert", "Samples/claudia-wesley.planreis.xml", "-o", canonical]).status == 0)
        #expect(try Self.run(["convert", canonical, "-o", csv]).status == 0)
        #expect(try Self.run(["convert", csv, "-o", back]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: canonical)) == Data(contentsOf: URL(fileURLWithPath: back)))
        // Dutch Excel opens it: BOM, semicolons, CRLF.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: bytes, as: UTF8.self).contains(";datum;") || String(decoding: bytes, as: UTF8.self).contains("datum;"))
        #expect(String(decoding: bytes, as: UTF8.self).contains("\r\n"))
    }

    @Test func analyzeNamesTheWaitForAChildProtectionWorker() throws {
        let run = try Self.run(["analyze", "Samples/claudia-wesley.planreis.xml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wachten op een jeugdbeschermer"))
        #expect(run.stdout.contains("| Jeugdbescherming | juli 2021 | ca. maart 2022 | 8 maanden volgens de bron; datums: 7–9 maanden |"))
        #expect(run.stdout.contains("**Langste stilstand:** Ondertoezichtstelling voor 9 maanden → Wachten op een jeugdbeschermer"))
        #expect(run.stdout.contains("niet geprijsd"))
    }

    @Test func renderWritesAtomicallyAndNothingOnFailure() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("cw.html")
        let run = try Self.run(["render", "Samples/claudia-wesley.planreis.xml", "-o", html.path])
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("Content-Security-Policy"))
        // In the attribute the quotes may be written as character references.
        #expect(page.contains("default-src 'none'") || page.contains("default-src &#39;none&#39;"))
        #expect(!page.contains("src=\"http") && !page.contains("href=\"http") && !page.contains("url(http"))
        // A broken input writes nothing at all.
        let broken = folder.appendingPathComponent("kapot.csv")
        try Data("datum;actor;soort;titel\r\n31-02-2014;A;interventie;X\r\n".utf8).write(to: broken)
        let none = folder.appendingPathComponent("none.html")
        #expect(try Self.run(["render", broken.path, "-o", none.path]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: none.path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["cw.html", "kapot.csv"])
    }
}
