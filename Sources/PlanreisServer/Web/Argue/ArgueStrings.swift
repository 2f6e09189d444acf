import PlanreisModel

/// The texts of the argue pages (exception form, approvals, team, history, budget, cohort,
/// print), Dutch and English by key; templates read them as `{{a.key}}`.
enum ArgueStrings {
    static let all: [String: (nl: String, en: String)] = [
        "exceptionTitle": ("Uitzondering voorstellen", "Propose an exception"),
        "exceptionIntro": (
            "Onderbouw de uitzondering (Doorbraakmethode): welke regel, waarom, en wat het huishouden zelf wil. Zet er de kosten tegenover van wat er zonder de uitzondering gebeurt.",
            "Argue the exception (Doorbraak method): which rule, why, and what the household wants. Set its cost against what happens without it."
        ),
        "obstacle": ("Obstakel dat de uitzondering oplost", "Obstacle the exception resolves"),
        "noObstacle": ("(geen obstakel)", "(no obstacle)"),
        "exceptionName": ("Titel van de uitzondering", "Title of the exception"),
        "date": ("Datum", "Date"),
        "dateHint": ("Zoals u het schrijft: 15-7-2021, juli 2021, medio 2021.", "As you write it: 15-7-2021, July 2021, mid 2021."),
        "actor": ("Actor", "Actor"),
        "actorHint": ("Wie maakt de uitzondering (meestal de gemeente).", "Who makes the exception (usually the municipality)."),
        "legitimation": ("Legitimatie", "Legitimation"),
        "basis": ("Regel of wettelijke grondslag", "Rule or legal basis"),
        "basisHint": (
            "Van welke regel wordt afgeweken, of op welke grondslag rust de uitzondering?",
            "Which rule does it depart from, or what legal ground does it rest on?"
        ),
        "argument": ("Argument", "Argument"),
        "argumentHint": ("Waarom is deze uitzondering nodig en verantwoord?", "Why is this exception needed and justified?"),
        "perspective": ("Perspectief van het huishouden", "The household's perspective"),
        "perspectiveHint": (
            "Wat wil het huishouden zelf? In eigen woorden waar dat kan.", "What does the household want? In its own words where possible."
        ),
        "costs": ("Kosten van de uitzondering", "Cost of the exception"),
        "costsHint": (
            "Kies een post uit de prijslijst (met aantal en perioden) of typ een bedrag, zoals 450,00 of € 1.250,-.",
            "Pick a price-list item (with quantity and periods) or type an amount, such as 450.00 or € 1,250."
        ),
        "line": ("Regel", "Line"),
        "item": ("Post uit de prijslijst", "Price-list item"),
        "typedAmount": ("(geen post: typ een bedrag)", "(no item: type an amount)"),
        "amount": ("Bedrag", "Amount"),
        "quantity": ("Aantal per periode", "Quantity per period"),
        "periods": ("Perioden", "Periods"),
        "payer": ("Betaler", "Payer"),
        "note": ("Toelichting", "Note"),
        "avoided": ("Vermeden scenario", "Avoided scenario"),
        "avoidedHint": (
            "Wat was er zonder de uitzondering gebeurd (de reguliere route, escalatie)? Kans en horizon zijn schattingen.",
            "What would have happened without the exception (the regular route, escalation)? Likelihood and horizon are estimates."
        ),
        "scenario": ("Omschrijving van het scenario", "Description of the scenario"),
        "likelihood": ("Kans (schatting)", "Likelihood (estimate)"),
        "likelihoodHint": (
            "In procent; een bereik mag: 30-60. Dit is een schatting.", "In percent; a range is fine: 30-60. This is an estimate."
        ),
        "horizon": ("Horizon in maanden (schatting)", "Horizon in months (estimate)"),
        "horizonHint": (
            "Over hoeveel maanden het scenario is geprijsd. Dit is een schatting.",
            "Over how many months the scenario is priced. This is an estimate."
        ),
        "avoidedCosts": ("Kosten van het vermeden scenario", "Cost of the avoided scenario"),
        "costBenefit": ("Kosten en baten", "Cost and benefit"),
        "cost": ("Kosten", "Cost"),
        "expectedSaving": ("Verwachte besparing", "Expected saving"),
        "savingRange": ("Besparing bij laagste en hoogste kans", "Saving at the lowest and highest likelihood"),
        "net": ("Netto", "Net"),
        "returnPerEuro": ("Rendement per euro", "Return per euro"),
        "breakEven": ("Break-even-kans", "Break-even likelihood"),
        "breakEvenHint": (
            "Boven deze kans verdient de uitzondering zich terug.", "Above this likelihood the exception pays for itself."
        ),
        "whoPays": ("Wie betaalt en wie bespaart", "Who pays and who saves"),
        "pays": ("Betaalt", "Pays"),
        "saves": ("Bespaart (verwacht)", "Saves (expected)"),
        "estimate": ("schatting", "estimate"),
        "estimateNote": (
            "De besparing rust op een geschatte kans en horizon: het is een schatting, geen gegeven.",
            "The saving rests on an estimated likelihood and horizon: it is an estimate, not a fact."
        ),
        "wrongPocket": (
            "Verkeerde zak: de een betaalt, de ander bespaart.", "Wrong pocket: one pays while another saves."
        ),
        "incomplete": (
            "Niet alle regels hebben een bedrag: de totalen zijn ondergrenzen.",
            "Not every line has an amount: the totals are lower bounds."
        ),
        "unknown": ("onbekend", "unknown"),
        "recalculate": ("Doorrekenen", "Recalculate"),
        "propose": ("Voorstellen", "Propose"),
        "stale": (
            "De casus is intussen door een ander gewijzigd. Uw voorstel staat hieronder nog; controleer het en stel opnieuw voor.",
            "Someone else changed the case meanwhile. Your proposal is still below; check it and propose again."
        ),
        "backToCase": ("Terug naar de casus", "Back to the case"),
        "price": ("prijs", "price"),
        "noPublicPrice": ("geen publiek bedrag", "no public figure"),
    ]

    /// The text of `key` in `language` (the key itself when missing, so a gap shows).
    static func text(_ key: String, _ language: Language) -> String {
        guard let entry = all[key] ?? ArgueStrings.pages[key] else { return key }
        return language == .en ? entry.en : entry.nl
    }

    /// All texts in `language`, for a template's `a`.
    static func table(_ language: Language) -> [String: String] {
        all.merging(pages) { first, _ in first }.mapValues { language == .en ? $0.en : $0.nl }
    }
}
