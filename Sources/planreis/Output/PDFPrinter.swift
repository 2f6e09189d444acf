import ArgumentParser
import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport

/// Prints the HTML report to PDF (on the paper of its print stylesheet) with headless Chromium.
enum PDFPrinter {
    static func print(html: String, to output: String, paper: Paper, language: Language) throws {
        guard let browser = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(findExecutable).first else {
            Console.error(
                language.pick(
                    "fout: voor PDF is Chromium nodig en dat is niet gevonden\n    tip: installeer het (Debian/Ubuntu: apt-get install chromium) of schrijf -o rapport.html en druk dat af vanuit de browser (\(paper.dutchName))",
                    "error: PDF needs Chromium, which was not found\n    hint: install it (Debian/Ubuntu: apt-get install chromium) or write -o report.html and print that from a browser (\(paper.cssSize))"
                )
            )
            throw ExitCode(1)
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("planreis-\(UUID().uuidString)")
        // The case's HTML passes through this folder: readable by the owner only.
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = directory.appendingPathComponent("planreis.html")
        let pdf = directory.appendingPathComponent("planreis.pdf")
        try Data(html.utf8).write(to: page)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let bytes = FileManager.default.contents(atPath: pdf.path), !bytes.isEmpty else {
            Console.error(language.pick("fout: Chromium kon de PDF niet maken", "error: Chromium could not make the PDF"))
            throw ExitCode(1)
        }
        try Files.write(Array(bytes), to: output)
    }

    private static func findExecutable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

extension Paper {
    /// The paper as a Dutch reader names it.
    fileprivate var dutchName: String {
        switch self {
        case .a3: "A3 liggend"
        case .a4: "A4 staand"
        }
    }
}
