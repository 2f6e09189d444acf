import PlanreisModel

/// The texts of the workbench pages, Dutch and English, by key. Templates read them as
/// `{{t.key}}`; controllers through `WebStrings.text(_:_:)`.
enum WebStrings {
    /// Every text as (Dutch, English): the tables of each part of the workbench, merged. A part
    /// (a page, `argue`'s pages) adds its own table in a `WebStrings+Part.swift` and one entry here.
    static let all: [String: (nl: String, en: String)] = [common, forms, casePage].reduce(into: [:]) {
        $0.merge($1) { first, _ in first }
    }

    /// The layout, login, the case list and the error pages.
    static let common: [String: (nl: String, en: String)] = [
        "app": ("planreis werkbank", "planreis workbench"),
        "skip": ("Naar de inhoud", "Skip to content"),
        "nav": ("Hoofdmenu", "Main menu"),
        "myCases": ("Mijn casussen", "My cases"),
        "newCase": ("Nieuwe casus", "New case"),
        "approvals": ("Goedkeuringen", "Approvals"),
        "budget": ("Budget", "Budget"),
        "cohort": ("Cohort", "Cohort"),
        "logout": ("Uitloggen", "Log out"),
        "loggedInAs": ("Aangemeld als", "Logged in as"),
        "otherLanguage": ("English", "Nederlands"),
        "otherLanguageCode": ("en", "nl"),
        "login": ("Inloggen", "Log in"),
        "loginIntro": (
            "Meld u aan met de gebruikersnaam en het wachtwoord die uw beheerder u gaf.",
            "Log in with the user name and password your administrator gave you."
        ),
        "userName": ("Gebruikersnaam", "User name"),
        "password": ("Wachtwoord", "Password"),
        "loginFailed": ("Onbekende gebruiker of verkeerd wachtwoord.", "Unknown user or wrong password."),
        "required": ("verplicht", "required"),
        "errorSummary": ("Er is een probleem", "There is a problem"),
        "errorSummaryCount": ("Verbeter het volgende:", "Please fix the following:"),
        "search": ("Zoeken", "Search"),
        "searchLabel": ("Zoek op titel of gemeente", "Search by title or municipality"),
        "title": ("Titel", "Title"),
        "municipality": ("Gemeente", "Municipality"),
        "status": ("Status", "Status"),
        "lastChange": ("Laatste wijziging", "Last change"),
        "changedBy": ("Gewijzigd door", "Changed by"),
        "revision": ("Revisie", "Revision"),
        "noCases": (
            "Nog geen casussen. Maak een nieuwe casus of importeer een bestand.", "No cases yet. Create a new case or import a file."
        ),
        "noMatches": ("Geen casussen gevonden voor deze zoekterm.", "No cases match this search."),
        "casesCaption": ("Casussen die u mag zien", "Cases you may see"),
        "statusOpen": ("open", "open"),
        "statusProposals": ("%d voorstel(len) wachten", "%d proposal(s) waiting"),
        "notFoundTitle": ("Casus niet gevonden", "Case not found"),
        "notFoundText": (
            "Deze casus bestaat niet, of u staat niet in het team van de casus. Vraag zo nodig een coördinator u toe te voegen.",
            "This case does not exist, or you are not on its team. Ask a coordinator to add you if needed."
        ),
        "pageNotFoundTitle": ("Pagina niet gevonden", "Page not found"),
        "pageNotFoundText": ("Dit adres bestaat niet in de werkbank.", "This address does not exist in the workbench."),
        "forbiddenTitle": ("Geen toegang", "Access denied"),
        "forbiddenText": (
            "Dit verzoek is geweigerd. Uw rol mag dit niet, of het formulier kwam niet van deze server (verlopen pagina). Laad de pagina opnieuw en probeer het nog eens.",
            "This request was refused. Your role may not do this, or the form did not come from this server (an expired page). Reload the page and try again."
        ),
        "errorTitle": ("Er ging iets mis", "Something went wrong"),
        "errorText": (
            "Er ging iets mis in de server. Probeer het later opnieuw.", "Something went wrong in the server. Please try again later."
        ),
        "backToCases": ("Terug naar Mijn casussen", "Back to My cases"),
    ]

    /// The text of `key` in `language` (the key itself when missing, so a gap shows and never crashes).
    static func text(_ key: String, _ language: Language) -> String {
        guard let entry = all[key] else { return key }
        return language == .en ? entry.en : entry.nl
    }

    /// All texts in `language`, for a template's `t`.
    static func table(_ language: Language) -> [String: String] {
        all.mapValues { language == .en ? $0.en : $0.nl }
    }
}
