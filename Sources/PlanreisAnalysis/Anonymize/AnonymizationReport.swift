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
        /// A place on the list, in a text: `[plaats]`.
        case place
        /// A lane name of an organisation replaced by its kind or a pseudonym.
        case organisation
        /// An e-mail address, web address or social-media handle in a text.
        case identifier
        /// A phone number in any Dutch notation.
        case phone
        /// A licence plate.
        case plate
        /// An IBAN, bank code included.
        case iban
        /// A citizen service number, file, client or reference number.
        case number
        /// A postcode.
        case postcode
        /// A street name with or without a house number.
        case address
        /// A date of birth reduced to its (shifted) year.
        case birthDate
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
            case (.place, .nl): "plaatsnaam weggelakt als [plaats]"
            case (.organisation, .nl): "organisatienaam vervangen door soort of pseudoniem"
            case (.identifier, .nl): "e-mailadres, webadres of account weggelakt"
            case (.phone, .nl): "telefoonnummer weggelakt"
            case (.plate, .nl): "kenteken weggelakt"
            case (.iban, .nl): "IBAN weggelakt"
            case (.number, .nl): "BSN, dossier-, klant- of kenmerknummer weggelakt"
            case (.postcode, .nl): "postcode weggelakt"
            case (.address, .nl): "straat en huisnummer weggelakt"
            case (.birthDate, .nl): "geboortedatum teruggebracht tot het jaar"
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
            case (.place, .en): "place name redacted as [plaats]"
            case (.organisation, .en): "organisation name replaced by its kind or a pseudonym"
            case (.identifier, .en): "e-mail address, web address or account redacted"
            case (.phone, .en): "phone number redacted"
            case (.plate, .en): "licence plate redacted"
            case (.iban, .en): "IBAN redacted"
            case (.number, .en): "citizen service, file, client or reference number redacted"
            case (.postcode, .en): "postcode redacted"
            case (.address, .en): "street and house number redacted"
            case (.birthDate, .en): "date of birth reduced to the year"
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
    /// How dates moved.
    public var shiftMode: AnonymizationOptions.ShiftMode = .perCase
    /// The years every date of the export moved by (one shift per export); for the data steward
    /// only, never written into the export.
    public var exportShiftYears: Int?
    /// Organisation pseudonyms (`organisatie-N`) handed out.
    public var organisations = 0

    public init() {}

    mutating func add(_ kind: Kind, _ count: Int = 1) {
        guard count > 0 else { return }
        counts[kind, default: 0] += count
    }

    public subscript(_ kind: Kind) -> Int { counts[kind] ?? 0 }
}
