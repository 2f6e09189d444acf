import PlanreisModel

/// What the register refuses or cannot do, with a message in both languages.
public enum StoreError: Error, Sendable, Equatable {
    /// The database was written by a newer planreis.
    case newerSchema(found: Int, known: Int)
    /// The database file is not a database, or cannot be opened.
    case unreadable(String)
    /// The location given is neither a folder for SQLite nor a postgres:// URL.
    case badLocation(String)
    /// No such case, or one the user may not see (the two answer alike).
    case notFound
    /// The write was based on an older revision.
    case stale(current: Int)
    /// The user's role does not allow this.
    case forbidden
    /// A name that is already taken, or a value that breaks a rule.
    case conflict(Localized)
    /// A value the caller gave that cannot be used.
    case invalid(Localized)
    /// Wrong user name or password (the two answer alike), or a disabled user.
    case badCredentials
    /// Too many failed logins for this name; try again after this many seconds.
    case throttled(retryAfter: Int)

    /// The message users read.
    public var message: Localized {
        switch self {
        case .newerSchema(let found, let known):
            Localized(
                nl: "de database heeft schemaversie \(found), deze planreis kent tot en met \(known); gebruik een nieuwere planreis",
                en: "the database has schema version \(found), this planreis knows up to \(known); use a newer planreis")
        case .unreadable(let detail):
            Localized(
                nl: "de database kan niet gelezen worden (beschadigd of geen planreis-register): \(detail)",
                en: "the database cannot be read (corrupt or not a planreis register): \(detail)")
        case .badLocation(let location):
            Localized(
                nl: "onbekende database \"\(location)\"; geef een postgres://-URL of laat --database weg voor SQLite",
                en: "unknown database \"\(location)\"; give a postgres:// URL or leave out --database for SQLite")
        case .notFound: Localized(nl: "casus niet gevonden", en: "case not found")
        case .stale(let current):
            Localized(
                nl: "de casus is intussen gewijzigd; de huidige revisie is \(current)",
                en: "the case has changed meanwhile; the current revision is \(current)")
        case .forbidden: Localized(nl: "uw rol staat dit niet toe", en: "your role does not allow this")
        case .conflict(let message), .invalid(let message): message
        case .badCredentials:
            Localized(nl: "onbekende gebruiker of onjuist wachtwoord", en: "unknown user or wrong password")
        case .throttled(let seconds):
            Localized(
                nl: "te veel mislukte aanmeldpogingen; probeer het over \(seconds) seconden opnieuw",
                en: "too many failed logins; try again in \(seconds) seconds")
        }
    }
}
