import PlanreisModel
import PlanreisText

/// Every fixed text of the HTML report in both languages; templates reach them as
/// `{{strings.key}}`, the script as `labels.key` in the embedded data.
enum ReportStrings {
    static let all: [(String, Localized)] = [
        ("timeline", Localized(nl: "Tijdlijn", en: "Timeline")),
        ("facts", Localized(nl: "Feiten", en: "Facts")),
        ("period", Localized(nl: "Periode", en: "Period")),
        ("place", Localized(nl: "Gemeente of regio", en: "Municipality or region")),
        ("source", Localized(nl: "Bron", en: "Source")),
        ("household", Localized(nl: "Huishouden", en: "Household")),
        ("actors", Localized(nl: "Actoren", en: "Actors")),
        ("events", Localized(nl: "Gebeurtenissen", en: "Events")),
        ("tags", Localized(nl: "Kenmerken", en: "Tags")),
        ("countsPerKind", Localized(nl: "Aantal per soort", en: "Count per kind")),
        ("kind", Localized(nl: "Soort", en: "Kind")),
        ("count", Localized(nl: "Aantal", en: "Count")),
        ("zoomIn", Localized(nl: "Inzoomen", en: "Zoom in")),
        ("zoomOut", Localized(nl: "Uitzoomen", en: "Zoom out")),
        ("zoomReset", Localized(nl: "Hele tijdlijn", en: "Whole timeline")),
        (
            "zoomHint",
            Localized(
                nl: "Ctrl + scrollwiel zoomt, slepen verschuift. Klik of tab naar een gebeurtenis voor details.",
                en: "Ctrl + scroll wheel zooms, dragging pans. Click or tab to an event for details.")
        ),
        ("lanes", Localized(nl: "Banen tonen", en: "Show lanes")),
        ("allLanes", Localized(nl: "Alle banen", en: "All lanes")),
        ("details", Localized(nl: "Details", en: "Details")),
        (
            "detailsEmpty",
            Localized(
                nl: "Kies een gebeurtenis in de tijdlijn (klik, of Tab en Enter) om hier de details te zien.",
                en: "Choose an event in the timeline (click, or Tab and Enter) to see its details here.")
        ),
        ("close", Localized(nl: "Sluiten", en: "Close")),
        ("actor", Localized(nl: "Actor", en: "Actor")),
        ("date", Localized(nl: "Datum", en: "Date")),
        ("value", Localized(nl: "Waarde", en: "Value")),
        ("description", Localized(nl: "Omschrijving", en: "Description")),
        ("links", Localized(nl: "Verbanden", en: "Links")),
        ("costs", Localized(nl: "Kosten", en: "Costs")),
        ("title", Localized(nl: "Titel", en: "Title")),
        ("summary", Localized(nl: "Analyse", en: "Analysis")),
        ("table", Localized(nl: "Alle gebeurtenissen", en: "All events")),
        (
            "tableCaption",
            Localized(
                nl: "Alle gebeurtenissen in tijdsvolgorde, als alternatief voor de tijdlijn.",
                en: "All events in chronological order, as an alternative to the timeline.")
        ),
        ("showInTimeline", Localized(nl: "Toon in tijdlijn", en: "Show in timeline")),
        ("undated", Localized(nl: "zonder bruikbare datum", en: "no usable date")),
        ("madeWith", Localized(nl: "Gemaakt met planreis", en: "Made with planreis")),
        (
            "timelineCaption",
            Localized(
                nl:
                    "Eén baan per actor, gegroepeerd. Lange rustige periodes zijn ingekort (grijze kolom met zigzag). Een haak toont de hele periode van een datum die alleen op maand, seizoen of jaar bekend is.",
                en:
                    "One lane per actor, grouped. Long quiet periods are compressed (grey column with zigzag). A bracket shows the whole period of a date known only to the month, season or year."
            )
        ),
        (
            "printHint",
            Localized(nl: "Afdrukken: de tijdlijn past op één A3 liggend.", en: "Printing: the timeline fits one A3 landscape page.")
        ),
    ]

    static func dictionary(_ language: Language) -> [String: String] {
        Dictionary(all.map { ($0.0, $0.1(language)) }, uniquingKeysWith: { a, _ in a })
    }

    static func json(_ language: Language) -> JSONValue {
        .object(all.map { ($0.0, .string($0.1(language))) })
    }
}
