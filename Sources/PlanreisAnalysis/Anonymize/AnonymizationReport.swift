import PlanreisModel

/// What an anonymisation replaced, as counts per kind; it never holds an original value.
public struct AnonymizationReport: Hashable, Sendable {
    /// A kind of replacement.
    public enum Kind: String, CaseIterable, Sendable {
        /// A household member's name or pseudonym in a text, replaced by the member's role.
        case householdName
        /// A household member's name field removed (the role stays).
        case householdNameField
        /// A capitalised word taken for another person's (or a local organisation's or place's) name: `[naam]`.
        case otherName
        /// The municipality, in its field or in a text: generalised to the region or `[gemeente]`.
        case municipality
        /// An e-mail address, web address, postcode or long number in a text.
        case identifier
        /// A year written in a text, moved by the journey's date shift.
        case textYear
        /// A date moved by the journey's date shift.
        case date
        /// An epoch placeholder date (1970-01-01) left as it is.
        case placeholderDate
        /// A journey id replaced by its keyed hash.
        case journeyID
        /// An actor id rebuilt from the anonymised lane name.
        case actorID
        /// An event id replaced by a sequence number.
        case eventID
        /// The source citation of a journey removed.
        case source

        public func label(_ language: Language) -> String {
            switch (self, language) {
            case (.householdName, .nl): "naam van een gezinslid in tekst, vervangen door de rol"
            case (.householdNameField, .nl): "naam of pseudoniem van een gezinslid verwijderd (rol blijft)"
            case (.otherName, .nl): "andere naam in tekst weggelakt als [naam]"
            case (.municipality, .nl): "gemeente veralgemeend (regio of [gemeente])"
            case (.identifier, .nl): "e-mailadres, webadres, postcode of lang nummer weggelakt"
            case (.textYear, .nl): "jaartal in tekst verschoven"
            case (.date, .nl): "datum verschoven"
            case (.placeholderDate, .nl): "plaatshouderdatum 1970-01-01 ongemoeid gelaten"
            case (.journeyID, .nl): "casus-id vervangen door een sleutelhash"
            case (.actorID, .nl): "actor-id opnieuw afgeleid van de geanonimiseerde naam"
            case (.eventID, .nl): "gebeurtenis-id vervangen door een volgnummer"
            case (.source, .nl): "bronvermelding verwijderd"
            case (.householdName, .en): "household member's name in a text, replaced by the role"
            case (.householdNameField, .en): "household member's name or pseudonym removed (the role stays)"
            case (.otherName, .en): "other name in a text redacted as [naam]"
            case (.municipality, .en): "municipality generalised (region or [gemeente])"
            case (.identifier, .en): "e-mail address, web address, postcode or long number redacted"
            case (.textYear, .en): "year in a text shifted"
            case (.date, .en): "date shifted"
            case (.placeholderDate, .en): "placeholder date 1970-01-01 left as it is"
            case (.journeyID, .en): "journey id replaced by a keyed hash"
            case (.actorID, .en): "actor id rebuilt from the anonymised name"
            case (.eventID, .en): "event id replaced by a sequence number"
            case (.source, .en): "source citation removed"
            }
        }
    }

    /// How often each kind of replacement was made.
    public var counts: [Kind: Int] = [:]
    /// Number of journeys anonymised.
    public var journeys = 0
    /// Pseudonymous ids of journeys whose dates could not be shifted (no calendar-keeping shift fits).
    public var unshifted: [String] = []

    public init() {}

    mutating func add(_ kind: Kind, _ count: Int = 1) {
        guard count > 0 else { return }
        counts[kind, default: 0] += count
    }

    public subscript(_ kind: Kind) -> Int { counts[kind] ?? 0 }

    /// The report as Markdown: counts per kind, the date shift and what the method cannot catch.
    public func markdown(_ language: Language) -> String {
        let nl = language == .nl
        var lines: [String] = []
        lines.append(nl ? "# Anonimisering" : "# Anonymisation")
        lines.append("")
        lines.append(
            nl
                ? "\(journeys) \(journeys == 1 ? "casus" : "casussen") geanonimiseerd."
                : "\(journeys) \(journeys == 1 ? "journey" : "journeys") anonymised.")
        lines.append("")
        lines.append(nl ? "| vervanging | aantal |" : "| replacement | count |")
        lines.append("|---|---:|")
        for kind in Kind.allCases { lines.append("| \(kind.label(language)) | \(self[kind]) |") }
        lines.append("")
        lines.append(nl ? "## Datums" : "## Dates")
        lines.append("")
        lines.append(
            nl
                ? "Alle datums van een casus zijn met hetzelfde geheime aantal jaren verschoven (een veelvoud van 4, hoogstens 40, gekozen met de sleutel). Elk jaar houdt zijn schrikkeldag, dus volgorde, precisie en alle duren (stilstand, fasen) blijven tot op de dag gelijk; weekdagen veranderen. Jaartallen in tekst zijn mee verschoven. Tijden van de dag en plaatshouderdatums (1970-01-01) blijven staan."
                : "All dates of a journey moved by the same secret number of years (a multiple of 4, at most 40, chosen by the key). Every year keeps its leap day, so order, precision and all durations (stalls, phases) stay exactly the same; weekdays change. Years written in texts moved along. Times of day and placeholder dates (1970-01-01) stay."
        )
        if !unshifted.isEmpty {
            lines.append("")
            lines.append(
                nl
                    ? "**Niet verschoven** (geen verschuiving past bij de kalender): \(unshifted.joined(separator: ", "))."
                    : "**Not shifted** (no shift keeps the calendar): \(unshifted.joined(separator: ", ")).")
        }
        lines.append("")
        lines.append(nl ? "## Wat deze anonimisering niet vangt" : "## What this anonymisation does not catch")
        lines.append("")
        let limits: [(String, String)] = [
            (
                "Namen aan het begin van een zin, in kleine letters of in hoofdletters (behalve de namen van gezinsleden, die overal worden vervangen).",
                "Names at the start of a sentence, in lower case or in capitals (except household members' names, which are replaced everywhere)."
            ),
            (
                "Indirecte kenmerken: een zeldzame ziekte, een beroep, een gebeurtenis uit het nieuws, een combinatie van feiten.",
                "Indirect identifiers: a rare illness, a job, an event in the news, a combination of facts."
            ),
            (
                "Dag en maand blijven staan; wie de echte datum van één gebeurtenis kent, kan het verschoven jaar terugrekenen.",
                "Day and month stay; whoever knows the real date of one event can work out the shift."
            ),
            (
                "Telefoonnummers in stukjes (013 - 123 45 67), adressen aan het begin van een zin, jaartallen van twee cijfers.",
                "Phone numbers written in pieces (013 - 123 45 67), addresses at the start of a sentence, two-digit years."
            ),
            (
                "Te veel weggelakt: een hoofdletterwoord midden in een zin dat geen naam is (een lokale organisatie, een kopje) wordt ook [naam].",
                "Over-redaction: a capitalised word mid-sentence that is not a name (a local organisation, a heading) also becomes [naam]."
            ),
        ]
        for (dutch, english) in limits { lines.append("- " + (nl ? dutch : english)) }
        lines.append("")
        lines.append(nl ? "Controleer de uitvoer voordat u hem deelt." : "Check the output before sharing it.")
        return lines.joined(separator: "\n") + "\n"
    }
}
