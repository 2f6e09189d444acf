import PlanreisAnalysis
import PlanreisModel
import PlanreisText

/// One printable page (A4 portrait) for the household itself, made from the same analysis as
/// the professionals' report (`analyze --format household`): plain Dutch at language level B1,
/// short sentences, no jargon, and no blame: it says what happened and how long it took, never
/// who was slow. The family reads it and writes its comments on it.
public struct HouseholdPage: Sendable {
    public var language: Language
    /// How many waits the page names (the longest first); the rest are counted.
    public var maxWaits: Int

    public init(language: Language, maxWaits: Int = 3) {
        self.language = language
        self.maxWaits = maxWaits
    }

    func t(_ nl: String, _ en: String) -> String { language.pick(nl, en) }

    /// A user text, escaped and isolated.
    func user(_ text: String) -> String { MarkupText.html(BidiText.isolated(text)) }

    /// The page as a self-contained HTML document.
    public func write(_ analysis: Analysis) -> String {
        let journey = analysis.journey
        var body = "<article class=\"household\">\n<h1>" + t("Uw planreis", "Your planreis") + "</h1>\n"
        body += "<p class=\"lead\">" + user(journey.title) + "</p>\n"
        body +=
            "<p>"
            + t(
                "Dit is een korte samenvatting van uw traject. Lees het rustig door. Klopt iets niet, of mist er iets? Schrijf het erbij. Uw kijk telt.",
                "This is a short summary of your journey. Read it in your own time. Is something wrong or missing? Write it down. Your view counts."
            )
            + "</p>\n"
        if let span = analysis.stalls.caseSpan {
            body += "<h2>" + t("Hoe lang duurde het?", "How long did it take?") + "</h2>\n<p>"
            body +=
                t("Het traject liep van ", "The journey ran from ") + span.start.formatted(language) + t(" tot ", " to ")
                + span.end.formatted(language) + ". " + t("Dat is ", "That is ")
                + DurationRange(from: span.start, to: span.end).formatted(language) + ".</p>\n"
        }
        body += waits(analysis)
        body += helped(analysis)
        body += "<h2>" + t("Wat vindt u ervan?", "What do you think?") + "</h2>\n"
        body +=
            "<p>"
            + t(
                "Wat ging goed? Wat was moeilijk? Wat wilt u dat er nu gebeurt?",
                "What went well? What was hard? What would you like to happen now?") + "</p>\n"
        body += "<div class=\"write\" aria-hidden=\"true\"></div>\n"
        body +=
            "<p class=\"small\">"
            + t(
                "Deze pagina is gemaakt met planreis, uit dezelfde gegevens als het verslag voor de hulpverleners.",
                "This page was made with planreis, from the same data as the report for the professionals.") + "</p>\n"
        body += "</article>\n"
        return HTMLPage.render(title: t("Uw planreis", "Your planreis"), language: language, body: body, extraCSS: Self.css)
    }

    /// The longest waits, in plain words.
    func waits(_ analysis: Analysis) -> String {
        let stalls = analysis.stalls.stalls.filter { $0.kind != .quiet && !$0.isOpen }
        guard !stalls.isEmpty else { return "" }
        var html = "<h2>" + t("Waar moest u wachten?", "Where did you have to wait?") + "</h2>\n<ul>\n"
        for stall in stalls.prefix(maxWaits) {
            let what = stall.events.first.map { analysis.journey.events[$0].title }
            html += "<li>" + plain(stall.kind) + (what.map { ": \u{201C}" + user($0) + "\u{201D}" } ?? "") + ". "
            html += t("Van ", "From ") + stall.start.formatted(language) + t(" tot ", " to ") + stall.end.formatted(language)
            html += " (" + stall.duration.formatted(language) + ").</li>\n"
        }
        html += "</ul>\n"
        if stalls.count > maxWaits {
            let more = stalls.count - maxWaits
            html += "<p>" + t("Er waren nog \(more) kortere wachttijden.", "There were \(more) shorter waits as well.") + "</p>\n"
        }
        html +=
            "<p>" + t("Alles bij elkaar was het wachten ", "All together the waiting was ")
            + analysis.stalls.total.formatted(language) + ".</p>\n"
        return html
    }

    /// What a kind of wait was, without naming who was slow.
    func plain(_ kind: StallKind) -> String {
        switch kind {
        case .wait: t("U wachtte", "You waited")
        case .requestDecision: t("U wachtte op een antwoord op een aanvraag", "You waited for an answer to a request")
        case .decisionDelivery: t("Er was een besluit, maar de hulp begon nog niet", "There was a decision, but the help had not started")
        case .obstacle: t("Iets zat in de weg", "Something stood in the way")
        case .handover:
            t(
                "Uw zaak ging naar een andere organisatie en moest daar weer op gang komen",
                "Your case moved to another organisation and had to start again there")
        case .bounce: t("Een aanvraag werd afgewezen en u moest opnieuw aanvragen", "A request was turned down and you had to apply again")
        case .quiet: t("Er gebeurde een tijd niets", "Nothing happened for a while")
        case .refusalReversed:
            t("Een aanvraag werd eerst afgewezen en later toch toegekend", "A request was first turned down and later granted")
        case .muddling: t("Er was hulp, maar zonder duidelijk doel", "There was help, but without a clear goal")
        }
    }

    /// The exceptions that were made, and what they solved.
    func helped(_ analysis: Analysis) -> String {
        guard !analysis.exceptions.isEmpty else { return "" }
        let journey = analysis.journey
        var html = "<h2>" + t("Wat hielp?", "What helped?") + "</h2>\n<ul>\n"
        for item in analysis.exceptions {
            let event = journey.events[item.event]
            html +=
                "<li>" + t("Er werd een uitzondering gemaakt: ", "An exception was made: ") + "\u{201C}" + user(event.title) + "\u{201D} ("
                + event.date.formatted(language) + ")."
            let solved = event.targets(.resolves).compactMap { journey.event(withID: $0)?.title }
            if !solved.isEmpty {
                html +=
                    " " + t("Dat loste op: ", "It solved: ") + solved.map { "\u{201C}" + user($0) + "\u{201D}" }.joined(separator: ", ")
                    + "."
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    static let css = """
        .household { max-width: 44rem; font-size: 1.1rem; line-height: 1.6; }
        .household h1 { font-size: 1.7rem; }
        .household .lead { font-size: 1.2rem; font-weight: 600; }
        .household li { margin-bottom: .4rem; }
        .household .write { border-bottom: 1px solid #888; height: 2rem; box-shadow: 0 2rem 0 -1px #fff, 0 2rem 0 0 #888, 0 4rem 0 -1px #fff, 0 4rem 0 0 #888, 0 6rem 0 -1px #fff, 0 6rem 0 0 #888; margin-bottom: 7rem; }
        .household .small { font-size: .85rem; color: #555; }
        @media print {
          @page { size: A4 portrait; margin: 15mm; }
          .household { max-width: none; font-size: 11pt; line-height: 1.4; }
          .household h1 { font-size: 18pt; margin: 0; }
          .household h2 { font-size: 13pt; margin: .8rem 0 .2rem; }
          .household li { margin-bottom: .15rem; }
          .household .write { margin-bottom: 6rem; }
        }

        """
}
