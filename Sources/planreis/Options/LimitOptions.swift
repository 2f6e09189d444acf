import ArgumentParser
import Foundation
import PlanreisFormats
import PlanreisModel

/// `--max-bytes`, `--max-depth`, `--max-text`, `--max-events`: the read limits of a command.
/// Without a flag, the environment variable (`PLANREIS_MAX_BYTES`, …) applies, else the
/// default (128 MiB, 100 levels, 1 MiB, 1,000,000 events).
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-bytes"), help: "Grootste invoerbestand (standaard 128M; K, M of G mag).")
    var maxBytes: String?

    @Option(name: .customLong("max-depth"), help: "Diepste nesting van XML-elementen (standaard 100).")
    var maxDepth: String?

    @Option(name: .customLong("max-text"), help: "Langste tekst, attribuut, cel of tag in bytes (standaard 1M).")
    var maxText: String?

    @Option(name: .customLong("max-events"), help: "Meeste gebeurtenissen per bestand (standaard 1000000).")
    var maxEvents: String?

    @Option(name: .customLong("sheet"), help: "Werkblad van een .xlsx- of .ods-werkmap (standaard het eerste zichtbare).")
    var sheet: String?

    /// The limits from the environment alone (invalid values are left at their default).
    static var environment: ReadLimits { ReadLimits.from(environment: ProcessInfo.processInfo.environment).limits }

    private var flags: [(ReadLimits.Limit, String?)] {
        [(.bytes, maxBytes), (.depth, maxDepth), (.textLength, maxText), (.events, maxEvents)]
    }

    func validate() throws {
        let (_, problems) = ReadLimits.from(environment: ProcessInfo.processInfo.environment)
        if let problem = problems.first { throw ValidationError(problem.message.nl + " (" + (problem.hint?.nl ?? "") + ")") }
        for (limit, text) in flags {
            if let text, ReadLimits.parseSize(text) == nil {
                throw ValidationError(
                    "\(limit.flag) \"\(text)\" is geen geldige grens: geef een positief getal, eventueel met K, M of G (bijvoorbeeld 512M)."
                )
            }
        }
    }

    /// The environment's limits with the flags given applied.
    var readLimits: ReadLimits {
        var limits = Self.environment
        for (limit, text) in flags {
            if let text, let value = ReadLimits.parseSize(text) { limits[limit] = value }
        }
        limits.sheet = sheet
        return limits
    }
}
