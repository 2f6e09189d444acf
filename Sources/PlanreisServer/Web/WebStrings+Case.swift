extension WebStrings {
    /// New case, import, and the event form.
    static let forms: [String: (nl: String, en: String)] = [
        "newCaseIntro": (
            "Alleen de titel is verplicht; de rest kunt u later aanvullen.", "Only the title is required; you can add the rest later."
        ),
        "caseTitleHint": (
            "Bijvoorbeeld de namen van het huishouden of een kenmerk, zoals \u{201C}Claudia & Wesley\u{201D}.",
            "For example the household's names or a reference, such as \u{201C}Claudia & Wesley\u{201D}."
        ),
        "members": ("Leden van het huishouden", "Household members"),
        "membersHint": (
            "Eén per regel: rol en naam, bijvoorbeeld \u{201C}moeder: Claudia\u{201D} of \u{201C}kind: Wesley\u{201D}.",
            "One per line: role and name, for example \u{201C}mother: Claudia\u{201D} or \u{201C}child: Wesley\u{201D}."
        ),
        "create": ("Casus aanmaken", "Create case"),
        "importHeading": ("Of importeer een bestand", "Or import a file"),
        "importIntro": (
            "Een .planreis.xml, spreadsheet (.csv), .json of werkmap (.xlsx, .ods). Er wordt niets opgeslagen zolang het bestand fouten heeft.",
            "A .planreis.xml, spreadsheet (.csv), .json or workbook (.xlsx, .ods). Nothing is stored while the file has errors."
        ),
        "file": ("Bestand", "File"),
        "importButton": ("Importeren", "Import"),
        "importProblems": ("Het bestand is niet geïmporteerd", "The file was not imported"),
        "importNothingStored": (
            "Er is niets opgeslagen. Verbeter het bestand en probeer het opnieuw:", "Nothing was stored. Fix the file and try again:"
        ),
        "warnings": ("Waarschuwingen", "Warnings"),
    ]

    /// The case page: timeline, analysis, events and the event form.
    static let casePage: [String: (nl: String, en: String)] = [
        "timeline": ("Tijdlijn", "Timeline"),
        "analysis": ("Analyse", "Analysis"),
        "events": ("Gebeurtenissen", "Events"),
        "addEvent": ("Gebeurtenis toevoegen", "Add event"),
        "editEvent": ("Gebeurtenis wijzigen", "Edit event"),
        "save": ("Opslaan", "Save"),
        "edit": ("Wijzigen", "Edit"),
        "delete": ("Verwijderen", "Delete"),
        "cancel": ("Annuleren", "Cancel"),
        "date": ("Datum", "Date"),
        "endDate": ("Einddatum", "End date"),
        "actor": ("Actor", "Actor"),
        "kind": ("Soort", "Kind"),
        "description": ("Omschrijving", "Description"),
        "refersTo": ("Verwijst naar", "Refers to"),
        "cost": ("Kosten", "Cost"),
        "payer": ("Betaler", "Payer"),
        "value": ("Waarde", "Value"),
        "team": ("Team", "Team"),
        "history": ("Geschiedenis", "History"),
        "proposeException": ("Uitzondering voorstellen", "Propose exception"),
        "print": ("Afdrukken", "Print"),
        "export": ("Exporteren", "Export"),
        "report": ("Rapport (HTML)", "Report (HTML)"),
        "timelineTable": ("De tijdlijn als tabel: zie Gebeurtenissen", "The timeline as a table: see Events"),
        "noEvents": ("Nog geen gebeurtenissen. Voeg hieronder de eerste toe.", "No events yet. Add the first one below."),
        "eventsCaption": (
            "Alle gebeurtenissen in tijdsvolgorde (de tijdlijn als tabel)", "All events in time order (the timeline as a table)"
        ),
        "stalledWhere": ("Waar het vastliep", "Where it stalled"),
        "noStalls": ("Geen vastlopers gevonden.", "No stalls found."),
        "openObstacles": ("Open obstakels", "Open obstacles"),
        "noOpen": ("Geen open obstakels.", "No open obstacles."),
        "since": ("sinds", "since"),
        "exceptions": ("Uitzonderingen", "Exceptions"),
        "noExceptions": ("Nog geen uitzonderingen.", "No exceptions yet."),
        "net": ("netto", "net"),
        "conflictTitle": ("Een collega heeft deze casus intussen gewijzigd.", "A colleague changed this case in the meantime."),
        "conflictText": (
            "Uw wijziging is nog niet opgeslagen. Vergelijk beide versies; sla de uwe opnieuw op om haar toe te passen op de nieuwste versie.",
            "Your change has not been saved yet. Compare both versions; save yours again to apply it to the newest version."
        ),
        "conflictGone": ("De gebeurtenis is door een collega verwijderd.", "The event was deleted by a colleague."),
        "conflictTheirs": ("De versie van uw collega (nu opgeslagen)", "Your colleague's version (saved now)"),
        "conflictYours": ("Uw versie staat hieronder in het formulier.", "Your version is in the form below."),
    ]
}
