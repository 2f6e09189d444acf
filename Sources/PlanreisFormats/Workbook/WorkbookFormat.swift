import PlanreisModel
import PlanreisText

/// Workbooks: `.xlsx` (Office Open XML) and `.ods` (OpenDocument). One sheet is read with the
/// spreadsheet CSV's column contract (the first visible sheet, or the one `ReadLimits.sheet`
/// names); every problem is placed at its cell (`casus.xlsx:Blad1!C4`). A date cell becomes a
/// day-precise date, a text cell keeps its own precision (`medio 2013`).
///
/// The zip container and every XML part are read defensively: at most 10,000 entries, no entry
/// name outside the folder, parts bounded by the byte limit (shared strings by a quarter of it),
/// a compression ratio of at most 100 for parts over 1 MiB, sizes that match their headers, no
/// DOCTYPE or entity declaration in any part, and at most `maxEvents` filled rows.
public enum WorkbookFormat {
    /// Which kind of workbook.
    public enum Kind: Sendable {
        case xlsx, ods
    }

    /// Reads sheet `sheet` (nil: the first visible one) of workbook `bytes` named `file`.
    public static func read(
        _ bytes: [UInt8], file: String, kind: Kind, limits: ReadLimits = .default, sheet: String? = nil
    )
        -> ReadResult
    {
        var diagnostics: [Diagnostic] = []
        let grid: SheetGrid?
        do {
            let archive = try WorkbookArchive(bytes, limits: containerLimits(limits))
            switch kind {
            case .xlsx:
                var reader = XLSXReader(file: file, limits: limits, archive: archive)
                grid = try reader.read(sheet: sheet)
                diagnostics = reader.diagnostics
            case .ods:
                var reader = ODSReader(file: file, limits: limits, archive: archive)
                grid = try reader.read(sheet: sheet)
                diagnostics = reader.diagnostics
            }
        } catch {
            return ReadResult(diagnostics: [error.diagnostic(file: file)])
        }
        guard let grid, !diagnostics.hasErrors else { return ReadResult(diagnostics: diagnostics) }
        let rows: [CSVRow]
        do {
            rows = try grid.laidOut()
        } catch {
            return ReadResult(diagnostics: [error.diagnostic(file: file)])
        }
        var reader = SpreadsheetReader(file: file)
        let result = reader.read(rows: rows)
        return placed(result, before: diagnostics + grid.diagnostics, sheet: grid.name, file: file)
    }

    /// The container bounds for these read limits: parts and their total at the byte limit,
    /// shared strings at a quarter of it (they are all held while the sheet is read).
    static func containerLimits(_ limits: ReadLimits) -> WorkbookArchive.Limits {
        var bounds = WorkbookArchive.Limits()
        bounds.maxTotalBytes = limits.maxBytes
        bounds.maxPartBytes = limits.maxBytes
        bounds.maxSharedStringBytes = max(limits.maxBytes / 4, 1)
        return bounds
    }

    /// `result` with every place in the sheet named as a cell of `sheet`.
    static func placed(_ result: ReadResult, before: [Diagnostic], sheet: String, file: String) -> ReadResult {
        func cell(_ location: SourceLocation?) -> SourceLocation? {
            guard var location, location.file == file, location.sheet == nil else { return location }
            location.sheet = sheet
            return location
        }
        var out = result
        out.diagnostics = (before + result.diagnostics).map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.location = cell(diagnostic.location)
            return diagnostic
        }
        out.sourceMaps = result.sourceMaps.map { map in
            var map = map
            map.journey = cell(map.journey)
            map.actors = map.actors.mapValues { $0.mapValues { cell($0)! } }
            map.events = map.events.mapValues { $0.mapValues { cell($0)! } }
            return map
        }
        return out
    }
}
