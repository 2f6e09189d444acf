import PlanreisAnalysis
import PlanreisModel
import PlanreisStore

/// One waiting proposal as a coordinator outside the team may see it: the case's pseudonym and
/// team (municipality), the exception's title, legitimation, cost lines and avoided scenario
/// after the anonymiser (household names become roles, other names are redacted), its
/// cost-benefit, the decisions so far and the limits. Never the case id or its title.
struct ProposalView {
    let proposal: Proposal
    let anonymizer: Anonymizer
    let settings: RegisterSettings
    let caller: Caller
    let language: Language

    /// A name for the proposal's form fields, unique on the page.
    var key: String { Self.key(proposal.pseudonym, proposal.eventID) }

    static func key(_ pseudonym: String, _ eventID: String) -> String {
        String((pseudonym + "-" + eventID).map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "_" })
    }

    /// The anonymised exception and its cost-benefit (the same analyzer as `analyze`; the
    /// anonymiser keeps every amount, so the figures are those of the case).
    var anonymised: (event: Event, costBenefit: CostBenefit)? {
        guard let index = proposal.journey.events.firstIndex(where: { $0.id == proposal.eventID }) else { return nil }
        var report = AnonymizationReport()
        let journey = anonymizer.anonymize(proposal.journey, report: &report)
        guard index < journey.events.count else { return nil }
        let event = journey.events[index]
        return (event, CostBenefitAnalyzer(priceList: CaseOutputController.priceList).costBenefit(of: event, at: index))
    }

    var heading: String {
        proposal.pseudonym
    }

    var context: [String: Any] {
        func money(_ cents: Int64) -> String { Money(cents: cents).formatted(language) }
        let state = proposal.state
        var values: [String: Any] = [
            "key": key, "heading": heading, "pseudonym": proposal.pseudonym, "year": proposal.year,
            "action": "/goedkeuringen/\(proposal.pseudonym)/\(proposal.eventID)",
            "author": state.author, "cost": money(state.costCents),
            "approvals": state.decisions.count { $0.decision == .approved }, "required": state.required,
            "householdUsed": money(proposal.householdApprovedCents), "householdLimit": money(settings.householdLimitCents),
            "teamUsed": money(proposal.teamApprovedCents), "teamLimit": money(settings.teamLimitCents),
            "team": proposal.journey.municipality ?? language.pick("gemeente onbekend", "municipality unknown"),
        ]
        let wouldPassHousehold = proposal.householdApprovedCents + state.costCents > settings.householdLimitCents
        let wouldPassTeam = proposal.teamApprovedCents + state.costCents > settings.teamLimitCents
        if state.overLimit || wouldPassHousehold || wouldPassTeam {
            values["overLimit"] = language.pick(
                "Boven de limiet: deze uitzondering heeft één goedkeuring extra nodig (\(settings.approvals + 1) in totaal).",
                "Over the limit: this exception needs one more approval (\(settings.approvals + 1) in all).")
        }
        values["decisions"] = state.decisions.map { d -> [String: Any] in
            // The reason is free text that may name the household: it stays in the case.
            [
                "user": d.user,
                "decision": d.decision == .approved ? language.pick("goedgekeurd", "approved") : language.pick("afgewezen", "refused"),
            ]
        }
        if !state.decisions.isEmpty { values["hasDecisions"] = true }
        if state.author == caller.name {
            values["own"] = language.pick(
                "U stelde deze uitzondering zelf voor; een andere coördinator beslist (vier ogen).",
                "You proposed this exception yourself; another coordinator decides (four eyes).")
        } else if state.decisions.contains(where: { $0.user == caller.name }) {
            values["decided"] = language.pick("U heeft hierover al besloten.", "You have already decided on this.")
        } else {
            values["canDecide"] = true
        }
        guard let (event, item) = anonymised else { return values }
        values["title"] = event.title
        // The anonymiser moves dates; the year the exception counts in is the stored one.
        let legitimation = LegitimationPart.allCases.map { part -> [String: Any] in
            ["label": part.label(language), "text": part.text(in: item.legitimation) ?? language.pick("(ontbreekt)", "(missing)")]
        }
        values["legitimation"] = legitimation
        values["lines"] = item.costLines.map { line -> [String: Any] in
            [
                "label": line.label.isEmpty ? language.pick("vast bedrag", "fixed amount") : line.label,
                "amount": line.amount.map { $0.formatted(language) } ?? ArgueStrings.text("unknown", language), "payer": line.payer ?? "",
            ]
        }
        if let avoided = item.avoided { values["scenario"] = avoided.title }
        values["figures"] = PreviewFigures(item, language: language).context(language)
        return values
    }
}
