import Foundation
import PlanreisFormats
import PlanreisModel

/// Reads many inputs: files, and folders searched (not recursively into hidden folders) for
/// files planreis can read. Shows progress on a terminal only.
struct InputCollector {
    let language: Language

    func collect(_ inputs: [String]) -> JourneyLoader.Loaded {
        var paths: [String] = []
        var result = JourneyLoader.Loaded()
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = Self.files(in: input)
                if found.isEmpty {
                    result.diagnostics.append(
                        .warning(
                            at: nil,
                            Localized(nl: "map \"\(input)\" bevat geen invoerbestanden", en: "folder \"\(input)\" holds no input files")))
                }
                paths += found
            } else {
                paths.append(input)
            }
        }
        let loader = JourneyLoader(language: language)
        let showProgress = Console.stderrIsTerminal && paths.count > 20
        for (index, path) in paths.enumerated() {
            let loaded = loader.load(path)
            result.journeys += loaded.journeys
            result.diagnostics += loaded.diagnostics
            if showProgress && (index % 50 == 0 || index == paths.count - 1) {
                Console.progress(
                    language == .nl ? "gelezen: \(index + 1)/\(paths.count) bestanden" : "read: \(index + 1)/\(paths.count) files")
            }
        }
        if showProgress { Console.progress(nil) }
        return result
    }

    /// Input files below a folder, sorted for a stable order.
    static func files(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let path = (folder as NSString).appendingPathComponent(relative)
            if JourneyFormat.detect(path: path) != nil, !name.lowercased().hasPrefix("prijslijst") {
                found.append(path)
            }
        }
        return found.sorted()
    }
}
