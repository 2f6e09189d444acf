import Foundation
import Testing

/// End-to-end: `planreis convert … -o LOG.xes` and `-o - --format xes` write the same bytes,
/// leave no temporary file behind and report a failed write.
@Suite("planreis convert to XES")
struct ConvertXESTests {
    static let log = CommandLineTests.repository.deletingLastPathComponent()
        .appendingPathComponent("shared/data/xes/running-example.xes").path

    @Test func fileAndStandardOutputGetTheSameLog() throws {
        let folder = try CommandLineTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for input in ["Tests/Fixtures/hostile/vijandig.planreis.xml", Self.log] {
            let output = folder.appendingPathComponent("uit.xes")
            let toFile = try CommandLineTests.run(["convert", input, "-o", output.path])
            #expect(toFile.status == 0, "\(toFile.stderr)")
            let toStdout = try CommandLineTests.run(["convert", input, "-o", "-", "--format", "xes"])
            #expect(toStdout.status == 0, "\(toStdout.stderr)")
            let written = try Data(contentsOf: output)
            #expect(written.count > 1000)
            #expect(String(decoding: written, as: UTF8.self) == toStdout.stdout)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["uit.xes"])
            let permissions = try FileManager.default.attributesOfItem(atPath: output.path)[.posixPermissions] as? Int
            #expect(permissions == 0o600)
        }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFailedWriteToStandardOutputIsReported() throws {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["convert", Self.log, "-o", "-", "--format", "xes"]
        process.currentDirectoryURL = CommandLineTests.repository
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let err = Pipe()
        process.standardOutput = full
        process.standardError = err
        try process.run()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr.contains("kan \"-\" niet schrijven"), "\(stderr)")
    }
}
