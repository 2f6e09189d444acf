extension ArgueStrings {
    /// Approvals, team, history, budget, cohort and print.
    static let pages: [String: (nl: String, en: String)] = [
        "approvalsTitle": ("Goedkeuringen", "Approvals"),
        "approvalsIntro": (
            "Alle voorgestelde uitzonderingen in de organisatie. Casussen staan onder een pseudoniem en zonder namen: u hoeft niet in het team te zitten om te beoordelen.",
            "Every proposed exception in the organisation. Cases appear under a pseudonym and without names: you need not be on the team to judge."
        ),
        "limitsHeading": ("Limieten per jaar", "Limits per year"),
        "householdLimit": ("Huishouden", "Household"),
        "teamLimit": ("Team", "Team"),
        "approvalsNeeded": ("Goedkeuringen nodig", "Approvals needed"),
        "approvedOf": ("goedgekeurd van", "approved of"),
        "noProposals": ("Er wachten geen voorstellen.", "No proposals are waiting."),
        "team": ("Team", "Team"),
        "year": ("Jaar", "Year"),
        "proposedBy": ("Voorgesteld door", "Proposed by"),
        "approvalsSoFar": ("Goedkeuringen tot nu toe", "Approvals so far"),
        "approve": ("Goedkeuren", "Approve"),
        "refuse": ("Afwijzen", "Refuse"),
        "teamTitle": ("Team van de casus", "Team of the case"),
        "teamIntro": (
            "Wie in het team staat, mag de casus zien en bewerken. Een coördinator voegt collega's toe of haalt ze weg.",
            "Team members may see and edit the case. A coordinator adds or removes colleagues."
        ),
        "members": ("Teamleden", "Team members"),
        "addMember": ("Teamlid toevoegen", "Add team member"),
        "addMemberHint": ("De gebruikersnaam van een collega.", "A colleague's user name."),
        "add": ("Toevoegen", "Add"),
        "remove": ("Verwijderen", "Remove"),
        "removeMember": ("Verwijder %@ uit het team", "Remove %@ from the team"),
        "onlyCoordinators": ("Alleen een coördinator kan het team wijzigen.", "Only a coordinator can change the team."),
        "historyTitle": ("Geschiedenis", "History"),
        "historyIntro": (
            "Elke wijziging is een revisie: wie, wanneer en wat er veranderde. Bekijk een eerdere revisie of zet die terug (als nieuwe revisie; niets gaat verloren).",
            "Every change is a revision: who, when and what changed. View an earlier revision or restore it (as a new revision; nothing is lost)."
        ),
        "revision": ("Revisie", "Revision"),
        "revisions": ("Revisies", "Revisions"),
        "kind": ("Soort", "Kind"),
        "titleColumn": ("Titel", "Title"),
        "when": ("Wanneer", "When"),
        "who": ("Wie", "Who"),
        "what": ("Wat", "What"),
        "changes": ("Gebeurtenissen", "Events"),
        "view": ("Bekijken", "View"),
        "restore": ("Terugzetten", "Restore"),
        "restoreRevision": ("Zet revisie %@ terug", "Restore revision %@"),
        "current": ("huidige", "current"),
        "revisionTitle": ("Revisie %@", "Revision %@"),
        "added": ("toegevoegd", "added"),
        "changed": ("gewijzigd", "changed"),
        "removed": ("verwijderd", "removed"),
        "noEventChanges": ("geen gebeurtenissen gewijzigd", "no events changed"),
        "budgetTitle": ("Budget", "Budget"),
        "budgetIntro": (
            "De goedgekeurde uitzonderingen van een jaar over alle casussen, zonder namen; en hoeveel er zijn voorgesteld, goedgekeurd en afgewezen.",
            "The approved exceptions of a year across all cases, without names; and how many were proposed, approved and refused."
        ),
        "show": ("Tonen", "Show"),
        "status": ("Status", "Status"),
        "count": ("Aantal", "Count"),
        "cohortTitle": ("Cohort", "Cohort"),
        "cohortIntro": (
            "Alle casussen naast elkaar op een peildatum, onder pseudoniem en zonder namen.",
            "All cases side by side on a reference date, under pseudonyms and without names."
        ),
        "asOf": ("Peildatum", "Reference date"),
        "printTitle": ("Afdrukken", "Print"),
        "printHint": (
            "Druk af of bewaar als PDF met de afdrukfunctie van de browser (A3 liggend).",
            "Print or save as PDF with the browser's print function (A3 landscape)."
        ),
        "export": ("Exporteren", "Export"),
    ]
}
