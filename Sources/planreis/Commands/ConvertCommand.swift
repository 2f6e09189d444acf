import ArgumentParser
import Foundation
import PlanreisFormats
import PlanreisModel

/// `planreis convert IN -o OUT`: between .planreis.xml, .csv, .json and XES, losing nothing.
/// IN may be a folder (every readable file in it); OUT may be a folder (`DIR/`: one file per
/// journey). XES logs are streamed trace by trace, in and out.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Zet planreizen om tussen .planreis.xml, .csv, .json en XES (.xes, .xes.gz) zonder iets te verliezen.",
        discussion: """
            Voorbeelden:
              planreis convert log.xes.gz -o reizen/          één .planreis.xml per trace in de map reizen/
              planreis convert log.xes -o alles.planreis.xml  alle traces in één bestand
              planreis convert reizen/ -o log.xes             alle leesbare bestanden in de map als één XES-log
            """)

    @Argument(help: "Invoerbestand of map (alle leesbare bestanden erin).")
    var input: String

    @Option(
        name: .shortAndLong,
        help:
            "Uitvoerbestand; het type volgt uit de extensie (of --format). Eindigt het op / of is het een map: één bestand per reis. - schrijft naar stdout."
    )
    var output: String

    @Option(name: .customLong("from"), help: FormatHelp.inputFormat)
    var inputFormat: JourneyFormat?

    @Option(help: FormatHelp.outputFormat)
    var format: JourneyFormat?

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    /// Whether `-o` names a folder: it ends in a slash or is an existing folder.
    var outputIsFolder: Bool {
        var isDirectory: ObjCBool = false
        return output.hasSuffix("/") || (FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) && isDirectory.boolValue)
    }

    func validate() throws {
        if output.lowercased().hasSuffix(".gz") {
            throw ValidationError(
                "Gecomprimeerd schrijven ('\(output)') kan niet. Schrijf .xes en comprimeer daarna, bijvoorbeeld: gzip log.xes")
        }
        if !outputIsFolder && format == nil && JourneyFormat.detect(path: output) == nil {
            throw ValidationError(
                "Onbekend uitvoertype voor '\(output)'. Gebruik .planreis.xml, .csv, .json of .xes, een map (eindigend op /), of geef --format xml|csv|json|xes."
            )
        }
    }

    func run() throws {
        let lang = language.lang
        let outputFormat = format ?? (outputIsFolder ? .planreisXML : JourneyFormat.detect(path: output)!)
        var target: any ConvertTarget
        do {
            if outputIsFolder {
                target = try FolderTarget(folder: output, format: outputFormat)
            } else if outputFormat == .xes {
                target = try XESLogTarget(path: output)
            } else {
                target = SingleFileTarget(path: output, format: outputFormat)
            }
        } catch {
            Console.error(cannotWrite(error, lang))
            throw ExitCode(1)
        }

        var failed = false
        var skipped = 0
        var writeError: Error?
        ConvertReader(language: lang, format: inputFormat, limits: limits.readLimits).read(input) { batch in
            Console.report(batch.diagnostics, language: lang)
            guard !batch.hasErrors else {
                failed = true
                skipped += batch.journeys.count
                return
            }
            guard writeError == nil, !(failed && !(target is FolderTarget)) else { return }
            do {
                for journey in batch.journeys { try target.accept(journey) }
            } catch {
                writeError = error
            }
        }
        if let writeError {
            try? target.finish(keep: false)
            Console.error(cannotWrite(writeError, lang))
            throw ExitCode(1)
        }
        let keep = !failed || target is FolderTarget
        do {
            try target.finish(keep: keep)
        } catch {
            Console.error(cannotWrite(error, lang))
            throw ExitCode(1)
        }
        if failed {
            if let folder = target as? FolderTarget {
                Console.error(
                    lang == .nl
                        ? "\(folder.written) \(folder.written == 1 ? "reis" : "reizen") geschreven; \(skipped) met fouten niet: los eerst de fouten op"
                        : "\(folder.written) \(folder.written == 1 ? "journey" : "journeys") written; \(skipped) with errors not: fix the errors first"
                )
            } else {
                Console.error(lang.pick("niets geschreven: los eerst de fouten op", "nothing written: fix the errors first"))
            }
            throw ExitCode(1)
        }
    }

    private func cannotWrite(_ error: Error, _ lang: Language) -> String {
        lang.pick(
            "fout: kan \"\(output)\" niet schrijven: \(error.localizedDescription)",
            "error: cannot write \"\(output)\": \(error.localizedDescription)")
    }
}
