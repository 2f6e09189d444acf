import Foundation
import PlanreisFormats
import PlanreisModel

/// Reads many inputs: files, and folders searched (not recursively into hidden folders) for
/// files planreis can read. Shows progress on a terminal only.
struct InputCollector {
    let language: Language
    /// Inputs past these are refused with a clear error (`LimitOptions`; the environment's by default).
    var limits: ReadLimits = LimitOptions.environment

    /// Reads every journey of the inputs into memory, with every problem found.
    func collect(_ inputs: [String]) -> JourneyLoader.Loaded {
        var journeys: [PlanreisModel.Journey] = []
        let diagnostics = forEachJourney(inputs) { journeys.append($0) }
        return JourneyLoader.Loaded(journeys: journeys, diagnostics: diagnostics)
    }

    /// Files named and files found in folders, in order; an empty folder is a warning.
    static func paths(_ inputs: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let found = files(in: input)
                if found.isEmpty {
                    diagnostics.append(
                        .warning(
                            at: nil,
                            Localized(nl: "map \"\(input)\" bevat geen invoerbestanden", en: "folder \"\(input)\" holds no input files")))
                }
                paths += found
            } else {
                paths.append(input)
            }
        }
        return paths
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
