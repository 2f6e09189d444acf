import PlanreisModel

/// Journeys as planreis JSON, version 1: a stable, documented exchange form for other tools.
///
/// ```json
/// {
///   "format": "planreis",
///   "version": 1,
///   "journeys": [
///     {
///       "id": "claudia-wesley",
///       "title": "Claudia en Wesley",
///       "municipality": "Tilburg",                         // optional
///       "region": "Hart van Brabant",                      // optional
///       "source": "…",                                     // optional
///       "description": "…",                                // optional
///       "household": [{ "role": "moeder", "name": "Claudia" }, { "role": "kind 1" }],
///       "tags": [{ "key": "geweld", "value": "partnergeweld" }, { "value": "urgent" }],
///       "actors": [
///         { "id": "jc", "name": "Jeugdconsulent gemeente", "group": "gemeente",
///           "colour": "#0072B2", "order": 2, "description": "…" }
///       ],
///       "events": [
///         { "id": "u1", "actor": "jc", "kind": "uitzondering", "date": "2019~", "end": "2020-06",
///           "title": "…", "description": "…", "value": "…", "scoredBy": "…", "category": "zorg",
///           "links": [{ "kind": "lost-op", "target": "o1" }],
///           "tags": [{ "key": "leefgebied", "value": "zorg" }],
///           "costs": [{ "amountCents": 125050, "payer": "gemeente", "note": "…" },
///                     { "item": "beschermingsbewind", "quantity": 1.5, "periods": 12, "payer": "gemeente" }],
///           "avoids": { "title": "Uithuisplaatsing", "description": "…", "likelihood": 30,
///                       "horizonMonths": 12, "costs": [ … ] },
///           "legitimation": { "basis": "…", "argument": "…", "perspective": "…" } }
///       ]
///     }
///   ]
/// }
/// ```
///
/// - Keys are written in the order shown; optional members are left out when absent, lists
///   when empty (`actors` and `events` are always written). Text is UTF-8.
/// - Dates are EDTF as `PartialDate.edtf` writes them (`2021-07-15`, `2021-07`, `2021-22`
///   summer, `2017-38` mid, `2019~`, `2021-07?`, `2020-07-15T10:30:00+02:00`); the reader also
///   accepts the Dutch forms `PartialDate(parsing:)` reads.
/// - Money is integer euro cents (`amountCents`); quantities, periods, likelihood (percent) and
///   horizon (months) are numbers.
/// - Enumerations are the canonical Dutch words: kinds (`uitzondering`, …), groups
///   (`huishouden`, …), values (`toegekend`, `intensief`, `oranje`, a score `"7"`, free text;
///   a handover's value is the receiving actor's id) and link kinds (`lost-op` resolves,
///   `beantwoordt` answers, `levert` delivers, `zie-ook` relates). The English words are read too.
/// - A newer `version` is refused; unknown keys are reported as warnings and ignored.
package enum JSONFormat {
    /// The version this code writes and reads.
    public static let version = 1

    /// Reads planreis JSON. Syntax errors are reported at their line and column; every other
    /// problem at the value concerned, with its JSON path (`journeys[0].events[3].date`).
    public static func read(_ bytes: [UInt8], file: String) -> ReadResult {
        var reader = JSONReader(file: file)
        return reader.read(bytes)
    }

    /// The JSON text of `journeys`, ending in a line break.
    public static func write(_ journeys: [Journey]) -> String {
        JSONWriter.document(journeys).serialized(.document) + "\n"
    }
}
