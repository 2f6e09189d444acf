/// The attribute keys planreis reads and writes in XES (IEEE 1849) logs.
///
/// Standard extensions carry what process-mining tools understand:
///
/// | level | key | planreis |
/// |---|---|---|
/// | trace | `concept:name` | journey id (and title when `planreis:title` is absent) |
/// | event | `concept:name` | event title |
/// | event | `time:timestamp` | date (a period's start on `start`, its end on `complete`) |
/// | event | `org:resource` | lane (actor) name; the lane id is slugged from it |
/// | event | `org:group` | the lane's group when it is a group word (`gemeente`, `zorg`, …), else kept as a tag |
/// | event | `lifecycle:transition` | `start` … `complete` of the same activity and resource = one period |
/// | event | `start_timestamp` | PM4Py's interval logs: the period's start beside `time:timestamp` |
/// | event | `cost:total` | one cost line (exact decimal, euro) |
///
/// `planreis:` keys hold what XES has no key for, so that export → import loses nothing:
///
/// | level | key | content |
/// |---|---|---|
/// | log | `planreis:version` | `1`: written by planreis |
/// | trace | `planreis:title`, `planreis:municipality`, `planreis:region`, `planreis:source`, `planreis:description` | journey fields |
/// | trace | `planreis:member:N`, `planreis:member:N:name` | household member N (1-based): role and pseudonym |
/// | trace | `planreis:actor:N`, `…:N:name`, `…:N:group`, `…:N:colour`, `…:N:order`, `…:N:description` | lane N: id, name, group word, `#rrggbb`, order, description (lanes in order, also those without events) |
/// | event | `planreis:id`, `planreis:kind`, `planreis:actor` | event id, kind word (`besluit`), lane id |
/// | event | `planreis:date` | the date as EDTF when `time:timestamp` cannot say it (a month, a season, `~`); on the `complete` of a period: the end |
/// | trace | `planreis:constructed` (boolean) | a constructed journey, not a real household's |
/// | event | `planreis:value`, `planreis:scoredBy`, `planreis:category`, `planreis:description` | event fields |
/// | event | `planreis:source`, `planreis:owner`, `planreis:duration`, `planreis:duration:source` | where the event comes from, who must act, a stated duration (`P8M`) and its source |
/// | event | `planreis:approval` | an exception's approval state: `voorgesteld`, `goedgekeurd`, `afgewezen` |
/// | event | `planreis:refersTo` | ids separated by spaces; the link kind is inferred from both kinds, or written `lost-op:o1` |
/// | event | `planreis:link:N`, `planreis:link:N:kind` | link N (target id, kind word), instead of `planreis:refersTo` when an id holds a space or a colon |
/// | event | `planreis:cost:N:amount`, `…:item`, `…:quantity`, `…:periods`, `…:payer`, `…:note` | cost line N when `cost:total` alone cannot say it |
/// | event | `planreis:avoids`, `…:description`, `…:likelihood`, `…:horizon`, `planreis:avoids:cost:N:…` | the avoided scenario: title, text, percent (int, or a string range `30-60`), months, cost lines |
/// | event | `planreis:avoids:likelihood:estimatedBy`, `…:estimateReason`, the same for `horizon`, `…:cost:N:estimatedBy`, `…:cost:N:estimateReason` | estimates: who made them and why |
/// | event | `planreis:legitimation` (boolean), `…:basis`, `…:argument`, `…:perspective` | an exception's legitimation |
/// | trace, event | `planreis:tag:N`, `planreis:tag:N:key` | a tag that cannot be written as its own key (no key, a repeated key, a reserved key) |
///
/// Any other key becomes a tag (key = XES key, value = text), and a keyed tag is written back
/// under its own key. A log from another tool (no `planreis:version`) is read faithfully and
/// written back unchanged, types, nesting, lifecycle values and header included; see
/// `LogFidelity` and `docs/process-mining.md`.
enum XESKeys {
    static let conceptName = "concept:name"
    static let conceptInstance = "concept:instance"
    static let timestamp = "time:timestamp"
    static let startTimestamp = "start_timestamp"
    static let resource = "org:resource"
    static let group = "org:group"
    static let transition = "lifecycle:transition"
    static let costTotal = "cost:total"
    static let costCurrency = "cost:currency"

    static let prefix = "planreis:"
    static let version = "planreis:version"
    static let title = "planreis:title"
    static let municipality = "planreis:municipality"
    static let region = "planreis:region"
    static let source = "planreis:source"
    static let description = "planreis:description"
    static let member = "planreis:member"
    static let actorList = "planreis:actor"
    static let id = "planreis:id"
    static let kind = "planreis:kind"
    static let actor = "planreis:actor"
    static let date = "planreis:date"
    static let value = "planreis:value"
    static let scoredBy = "planreis:scoredBy"
    static let category = "planreis:category"
    static let refersTo = "planreis:refersTo"
    static let link = "planreis:link"
    static let cost = "planreis:cost"
    static let avoids = "planreis:avoids"
    static let legitimation = "planreis:legitimation"
    static let tag = "planreis:tag"
    static let constructed = "planreis:constructed"
    static let owner = "planreis:owner"
    static let approval = "planreis:approval"
    static let duration = "planreis:duration"
    static let durationSource = "planreis:duration:source"

    /// The namespaces an XES `<log>` is found in: none, the standard's, and OpenXES's old one.
    static let namespaces: Set<String> = ["http://www.xes-standard.org/", "http://www.xes-standard.org", "http://code.deckfour.org/xes"]

    /// Whether an element name is one of XES's attribute types.
    static func isAttributeElement(_ name: String) -> Bool {
        // By length first: a string comparison per element of a million-event log adds up.
        switch name.utf8.count {
        case 2: name == "id"
        case 3: name == "int"
        case 4: name == "date" || name == "list"
        case 5: name == "float"
        case 6: name == "string"
        case 7: name == "boolean"
        case 9: name == "container"
        default: false
        }
    }

    /// The standard lifecycle transitions (the XES lifecycle extension's "standard" model).
    static let standardTransitions: Set<String> = [
        "schedule", "assign", "withdraw", "reassign", "start", "suspend", "resume", "pi_abort", "ate_abort", "complete",
        "autoskip", "manualskip", "unknown",
    ]

    /// The keys the reader treats apart, as a small number: comparing it is cheaper than
    /// comparing strings a million times.
    enum Code: UInt8 {
        case other, planreis, conceptName, timestamp, startTimestamp, resource, group, transition, costTotal, costCurrency
    }

    /// The code of a key: by length first, so that most keys need one comparison at most.
    static func code(_ key: String) -> Code {
        switch key.utf8.count {
        case 9: return key == group ? .group : key.hasPrefix(prefix) ? .planreis : .other
        case 10: return key == costTotal ? .costTotal : .other
        case 12: return key == conceptName ? .conceptName : key == resource ? .resource : key.hasPrefix(prefix) ? .planreis : .other
        case 13: return key == costCurrency ? .costCurrency : key.hasPrefix(prefix) ? .planreis : .other
        case 14: return key == timestamp ? .timestamp : key.hasPrefix(prefix) ? .planreis : .other
        case 15: return key == startTimestamp ? .startTimestamp : key.hasPrefix(prefix) ? .planreis : .other
        case 20: return key == transition ? .transition : key.hasPrefix(prefix) ? .planreis : .other
        case 0..<9: return .other
        default: return key.hasPrefix(prefix) ? .planreis : .other
        }
    }

    /// The code of a key given as UTF-8 bytes, without making a string of it.
    static func code(_ key: UnsafeBufferPointer<UInt8>) -> Code {
        switch key.count {
        case 9: return equals(key, "org:group") ? .group : hasPlanreisPrefix(key) ? .planreis : .other
        case 10: return equals(key, "cost:total") ? .costTotal : .other
        case 12:
            return equals(key, "concept:name")
                ? .conceptName : equals(key, "org:resource") ? .resource : hasPlanreisPrefix(key) ? .planreis : .other
        case 13: return equals(key, "cost:currency") ? .costCurrency : hasPlanreisPrefix(key) ? .planreis : .other
        case 14: return equals(key, "time:timestamp") ? .timestamp : hasPlanreisPrefix(key) ? .planreis : .other
        case 15: return equals(key, "start_timestamp") ? .startTimestamp : hasPlanreisPrefix(key) ? .planreis : .other
        case 20: return equals(key, "lifecycle:transition") ? .transition : hasPlanreisPrefix(key) ? .planreis : .other
        case 0..<9: return .other
        default: return hasPlanreisPrefix(key) ? .planreis : .other
        }
    }

    /// The key of a standard code as a shared string (nil for `.other` and `.planreis`).
    static func key(of code: Code) -> String? {
        switch code {
        case .conceptName: conceptName
        case .timestamp: timestamp
        case .startTimestamp: startTimestamp
        case .resource: resource
        case .group: group
        case .transition: transition
        case .costTotal: costTotal
        case .costCurrency: costCurrency
        case .other, .planreis: nil
        }
    }

    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        return startsWith(bytes, text)
    }

    private static func hasPlanreisPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        startsWith(bytes, "planreis:")
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = text.utf8Start
        for index in 0..<count where bytes[index] != start[index] { return false }
        return true
    }

    /// The prefixes of keys that mean something in XES or in planreis.
    static let reservedPrefixes = [prefix, "concept:", "time:", "org:", "lifecycle:", "cost:"]
    private static let reservedPrefixBytes = reservedPrefixes.map { Array($0.utf8) }
    private static let startTimestampBytes = Array(startTimestamp.utf8)

    /// Whether a tag with this key must not be written under its own key: the key means
    /// something else in XES or in planreis. Decided from the bytes (the writer asks for every
    /// tag of a log); a reserved prefix ends in `:`, and a combining mark right after it joins
    /// it into another character, so only then are characters compared, as `hasPrefix` does.
    static func isReserved(_ key: String) -> Bool {
        let decided: Bool? =
            key.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
                guard let first = bytes.first else { return true }
                // The first letters of the reserved prefixes and of start_timestamp.
                guard first == 0x63 || first == 0x6C || first == 0x6F || first == 0x70 || first == 0x73 || first == 0x74 else {
                    return false
                }
                for prefix in reservedPrefixBytes where bytes.count >= prefix.count && prefix.elementsEqual(bytes.prefix(prefix.count)) {
                    return bytes.count == prefix.count || bytes[prefix.count] < 0x80 ? true : nil
                }
                return bytes.elementsEqual(startTimestampBytes)
            } ?? nil
        return decided ?? isReservedByCharacters(key)
    }

    static func isReservedByCharacters(_ key: String) -> Bool {
        reservedPrefixes.contains { key.hasPrefix($0) } || key == startTimestamp || key.isEmpty
    }
}
