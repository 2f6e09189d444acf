import PlanreisModel
import PlanreisXML

extension JourneyFormat {
    /// Reads like `read(_:file:)`, but refuses an input past `limits` with one clear error
    /// (what the limit is and how to raise it) instead of reading it: the size before anything
    /// else, nesting and text lengths of XML before libxml2 parses it, the number of events and
    /// the length of every text of the other formats once read.
    public func read(_ bytes: [UInt8], file: String, limits: ReadLimits) -> ReadResult {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard bytes.count <= limits.maxBytes else {
            return ReadResult(diagnostics: [ReadLimits.exceeded(.bytes, value: limits.maxBytes, at: start)])
        }
        let result: ReadResult
        switch self {
        case .planreisXML:
            result = PlanreisXMLFormat.read(bytes, file: file, limits: limits)
        case .xes:
            // Plain logs get the same pre-parse bounds as planreis XML before the streaming reader
            // starts; a compressed log is streamed, its decompressed size bounded (32 times the
            // input limit, as the command line streams logs from disk).
            if !XMLByteSource.isGzip(bytes), let problem = limits.xml.firstViolation(in: bytes) {
                return ReadResult(diagnostics: [problem.diagnostic(file: file)])
            }
            result = XESFormat.read(bytes, file: file, maxBytes: Self.streamedMaxBytes(limits), limits: limits)
        case .xlsx:
            result = WorkbookFormat.read(bytes, file: file, kind: .xlsx, limits: limits, sheet: limits.sheet)
        case .ods:
            result = WorkbookFormat.read(bytes, file: file, kind: .ods, limits: limits, sheet: limits.sheet)
        default:
            result = read(bytes, file: file)
        }
        return limits.enforced(on: result, file: file)
    }
}

extension ReadLimits {
    /// `result`, or only an error when its journeys hold more events or a longer text than allowed.
    func enforced(on result: ReadResult, file: String) -> ReadResult {
        let start = SourceLocation(file: file, line: 1, column: 1)
        let events = result.journeys.reduce(0) { $0 + $1.events.count }
        if events > maxEvents {
            return ReadResult(diagnostics: [ReadLimits.exceeded(.events, value: maxEvents, at: start)])
        }
        for (index, journey) in result.journeys.enumerated() {
            if let offender = longestText(in: journey), offender.utf8.count > maxTextLength {
                let location = index < result.sourceMaps.count ? result.sourceMaps[index].journey ?? start : start
                return ReadResult(diagnostics: [ReadLimits.exceeded(.textLength, value: maxTextLength, at: location)])
            }
        }
        return result
    }

    /// The longest free text of a journey (titles, descriptions, names, tags, notes).
    func longestText(in journey: Journey) -> String? {
        var texts: [String?] = [journey.id, journey.title, journey.description, journey.source, journey.municipality, journey.region]
        texts += journey.household.flatMap { [$0.role, $0.name] }
        texts += journey.tags.flatMap { [$0.key, $0.value] }
        texts += journey.actors.flatMap { [$0.id, $0.name, $0.colour, $0.description] }
        for event in journey.events {
            texts += [event.id, event.actor, event.title, event.description, event.value?.text, event.scoredBy, event.category]
            texts += event.tags.flatMap { [$0.key, $0.value] }
            texts += (event.costs + (event.avoids?.costs ?? [])).flatMap { [$0.item, $0.payer, $0.note] }
            texts += [
                event.avoids?.title, event.avoids?.description, event.legitimation?.basis, event.legitimation?.argument,
                event.legitimation?.perspective,
            ]
        }
        return texts.compactMap { $0 }.max { $0.utf8.count < $1.utf8.count }
    }
}
