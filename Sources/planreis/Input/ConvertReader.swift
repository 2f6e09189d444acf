import ArgumentParser
import Foundation
import PlanreisFormats
import PlanreisModel

/// Reads the input of `convert`, a file or a folder, batch by batch: an XES log one trace at a
/// time (streamed from the file), any other file whole. Shows progress on a terminal only.
struct ConvertReader {
    let language: Language
    let format: JourneyFormat?
    var limits: ReadLimits = LimitOptions.environment

    func read(_ input: String, _ body: (ReadResult) -> Void) {
        var isDirectory: ObjCBool = false
        var paths = [input]
        if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
            paths = InputCollector.files(in: input)
            if paths.isEmpty {
                body(
                    ReadResult(diagnostics: [
                        .error(
                            at: nil,
                            Localized(nl: "map \"\(input)\" bevat geen invoerbestanden", en: "folder \"\(input)\" holds no input files"),
                            hint: Localized(
                                nl: "planreis leest \(JourneyFormat.readableList(.nl))",
                                en: "planreis reads \(JourneyFormat.readableList(.en))"))
                    ]))
            }
        }
        let showProgress = Console.stderrIsTerminal
        for (index, path) in paths.enumerated() {
            var shown = false
            let fileDiagnostics = JourneyFormat.forEachJourney(
                contentsOf: path, format: format, limits: limits,
                progress: { traces, bytes in
                    guard showProgress, (format ?? JourneyFormat.detect(path: path)) == .xes else { return }
                    shown = true
                    let megabytes = bytes >> 20
                    Console.progress(
                        language.pick(
                            "\(path): \(traces) traces gelezen (\(megabytes) MB)", "\(path): \(traces) traces read (\(megabytes) MB)"))
                }
            ) { batch in
                if shown && !batch.diagnostics.isEmpty {
                    Console.progress(nil)
                    shown = false
                }
                body(batch)
            }
            if shown { Console.progress(nil) }
            if !fileDiagnostics.isEmpty { body(ReadResult(diagnostics: fileDiagnostics)) }
            if showProgress && paths.count > 20 && (index % 50 == 0 || index == paths.count - 1) {
                Console.progress(
                    language.pick("gelezen: \(index + 1)/\(paths.count) bestanden", "read: \(index + 1)/\(paths.count) files"))
                if index == paths.count - 1 { Console.progress(nil) }
            }
        }
    }
}
