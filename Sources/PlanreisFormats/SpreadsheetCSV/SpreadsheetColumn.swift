/// The columns a planreis spreadsheet understands. The first twelve are the contract of
/// docs/PRODUCT.md §4; the rest carry everything else the model holds, so that XML → CSV → XML loses
/// nothing. Headers are matched case-insensitively, accents and surrounding spaces ignored,
/// and `_`, `-`, `.` and spaces are ignored (`Verwijst naar` = `verwijst_naar`, `Eind-datum` = `einddatum`).
enum SpreadsheetColumn: String, CaseIterable, Sendable {
    // Journey (repeat on each row or give on the first row of the case).
    case journey, journeyTitle, municipality, region, source, journeyDescription, household, journeyTags, constructed
    // Event, as in docs/PRODUCT.md §4.
    case date, end, actor, kind, title, description, id, refersTo, cost, payer, value
    // Lane.
    case actorID, actorGroup, actorColour, actorOrder, actorDescription
    // More about the event.
    case scoredBy, category, tags
    // Evidence: where the row comes from, who must act, a duration the source states.
    case eventSource, owner, statedDuration, durationSource
    // More about the cost lines (aligned with `kosten` and `betaler` when there are several).
    case costItem, quantity, periods, costNote, costEstimatedBy, costEstimateReason
    // The avoided scenario of an exception.
    case avoidedTitle, avoidedDescription, likelihood, horizon
    case likelihoodEstimatedBy, likelihoodEstimateReason, horizonEstimatedBy, horizonEstimateReason
    case avoidedCost, avoidedCostItem, avoidedQuantity, avoidedPeriods, avoidedPayer, avoidedCostNote
    case avoidedEstimatedBy, avoidedEstimateReason
    // Legitimation of an exception.
    case legalBasis, argument, perspective
    // The four-eyes approval state of an exception's cost.
    case approval

    /// The header the writer uses in Dutch.
    var dutch: String { Self.names[self]!.dutch }

    /// The header the writer uses in English.
    var english: String { Self.names[self]!.english }

    /// The header in `language`.
    func header(_ english: Bool) -> String { english ? self.english : dutch }

    /// The columns docs/PRODUCT.md §4 requires.
    static let required: [SpreadsheetColumn] = [.date, .actor, .kind, .title]

    /// The columns the writer always writes, in order; the others follow only when used.
    static let always: [SpreadsheetColumn] = [
        .journey, .date, .end, .actor, .actorGroup, .kind, .title, .description, .id, .refersTo, .cost, .payer, .value,
    ]

    /// The order in which the writer puts the columns it writes.
    static let writeOrder: [SpreadsheetColumn] =
        always + [
            .scoredBy, .category, .tags, .eventSource, .owner, .statedDuration, .durationSource,
            .actorID, .actorColour, .actorOrder, .actorDescription,
            .costItem, .quantity, .periods, .costNote, .costEstimatedBy, .costEstimateReason,
            .avoidedTitle, .avoidedDescription, .likelihood, .horizon,
            .likelihoodEstimatedBy, .likelihoodEstimateReason, .horizonEstimatedBy, .horizonEstimateReason,
            .avoidedCost, .avoidedCostItem, .avoidedQuantity, .avoidedPeriods, .avoidedPayer, .avoidedCostNote,
            .avoidedEstimatedBy, .avoidedEstimateReason,
            .legalBasis, .argument, .perspective, .approval,
            .journeyTitle, .municipality, .region, .source, .journeyDescription, .household, .journeyTags, .constructed,
        ]

    /// Columns that describe the journey, not the row.
    static let journeyColumns: Set<SpreadsheetColumn> = [
        .journey, .journeyTitle, .municipality, .region, .source, .journeyDescription, .household, .journeyTags, .constructed,
    ]

    /// Columns that describe the lane.
    static let actorColumns: Set<SpreadsheetColumn> = [.actor, .actorID, .actorGroup, .actorColour, .actorOrder, .actorDescription]

    /// Which column a header names, or nil for an unknown column.
    static func named(_ header: String) -> SpreadsheetColumn? {
        lookup[normalized(header)]
    }

    /// The header folded for comparison: lower case, no accents, no spaces, `_`, `-` or `.`
    /// (`Eind-datum` = `einddatum`, `Verwijst naar` = `verwijst_naar`).
    static func normalized(_ header: String) -> String {
        TextFolding.folded(header).filter { $0 != " " && $0 != "-" && $0 != "_" && $0 != "." }
    }

    private static let names: [SpreadsheetColumn: (dutch: String, english: String, aliases: [String])] = [
        .journey: ("casus", "case", ["casus_id", "case_id", "journey", "planreis"]),
        .journeyTitle: ("casus_titel", "case_title", ["casusnaam", "case_name", "journey_title"]),
        .municipality: ("gemeente", "municipality", []),
        .region: ("regio", "region", []),
        // The journey's source; before issue 11 the column was called bron/source (read with a warning).
        .source: ("casus_bron", "case_source", ["journey_source", "casusbron"]),
        .constructed: ("geconstrueerd", "constructed", []),
        .eventSource: ("bron", "source", []),
        .owner: ("eigenaar", "owner", ["ligt_bij", "held_by"]),
        .approval: ("goedkeuring", "approval", ["goedkeuringsstatus", "approval_status"]),
        .statedDuration: ("duur", "duration", ["genoemde_duur", "stated_duration"]),
        .durationSource: ("duur_bron", "duration_source", []),
        .costEstimatedBy: ("kosten_geschat_door", "cost_estimated_by", []),
        .costEstimateReason: ("kosten_schattingsreden", "cost_estimate_reason", []),
        .likelihoodEstimatedBy: ("kans_geschat_door", "likelihood_estimated_by", []),
        .likelihoodEstimateReason: ("kans_schattingsreden", "likelihood_estimate_reason", []),
        .horizonEstimatedBy: ("horizon_geschat_door", "horizon_estimated_by", []),
        .horizonEstimateReason: ("horizon_schattingsreden", "horizon_estimate_reason", []),
        .avoidedEstimatedBy: ("vermeden_geschat_door", "avoided_estimated_by", []),
        .avoidedEstimateReason: ("vermeden_schattingsreden", "avoided_estimate_reason", []),
        .journeyDescription: ("casus_omschrijving", "case_description", ["journey_description"]),
        .household: ("huishouden", "household", ["gezin", "gezinsleden", "household_members"]),
        .journeyTags: ("casus_labels", "case_tags", ["casus_tags", "journey_tags"]),
        .date: ("datum", "date", ["begindatum", "startdatum", "start_date", "start", "begin"]),
        .end: ("einddatum", "end", ["end_date", "einde", "tot"]),
        .actor: ("actor", "actor", ["actor_naam", "actor_name", "baan", "lane", "partij"]),
        .kind: ("soort", "kind", ["type", "soort_gebeurtenis", "event_kind"]),
        .title: ("titel", "title", []),
        .description: ("omschrijving", "description", ["beschrijving", "toelichting"]),
        .id: ("id", "id", ["nummer", "code"]),
        .refersTo: ("verwijst_naar", "refers_to", ["verwijzing", "verwijzingen", "verwijst", "refers", "links"]),
        .cost: ("kosten", "cost", ["bedrag", "amount", "costs"]),
        .payer: ("betaler", "payer", ["betaald_door", "paid_by"]),
        .value: ("waarde", "value", ["uitkomst", "outcome"]),
        .actorID: ("actor_id", "actor_id", ["actorid"]),
        .actorGroup: ("actorgroep", "actor_group", ["groep", "group", "actor_groep"]),
        .actorColour: ("actorkleur", "actor_colour", ["actor_color", "actor_kleur"]),
        .actorOrder: ("actorvolgorde", "actor_order", ["actor_volgorde"]),
        .actorDescription: ("actoromschrijving", "actor_description", ["actor_omschrijving"]),
        .scoredBy: ("gescoord_door", "scored_by", ["scoorder", "scorer"]),
        .category: ("categorie", "category", ["budgetcategorie", "budget_category"]),
        .tags: ("labels", "tags", ["label", "tag"]),
        .costItem: ("kostenpost", "cost_item", ["prijslijstpost", "price_item", "post", "item"]),
        .quantity: ("aantal", "quantity", []),
        .periods: ("perioden", "periods", ["periodes"]),
        .costNote: ("kostennotitie", "cost_note", ["kosten_notitie", "kostentoelichting"]),
        .avoidedTitle: ("vermeden_scenario", "avoided_scenario", ["vermeden", "avoided"]),
        .avoidedDescription: ("vermeden_omschrijving", "avoided_description", []),
        .likelihood: ("kans", "likelihood", ["waarschijnlijkheid"]),
        .horizon: ("horizon", "horizon", ["horizon_maanden", "horizon_months"]),
        .avoidedCost: ("vermeden_kosten", "avoided_cost", ["avoided_costs"]),
        .avoidedCostItem: ("vermeden_kostenpost", "avoided_cost_item", []),
        .avoidedQuantity: ("vermeden_aantal", "avoided_quantity", []),
        .avoidedPeriods: ("vermeden_perioden", "avoided_periods", []),
        .avoidedPayer: ("vermeden_betaler", "avoided_payer", []),
        .avoidedCostNote: ("vermeden_kostennotitie", "avoided_cost_note", []),
        .legalBasis: ("grondslag", "legal_basis", ["basis", "wettelijke_grondslag"]),
        .argument: ("argument", "argument", ["onderbouwing", "argumentatie"]),
        .perspective: ("perspectief", "perspective", ["perspectief_huishouden", "household_perspective"]),
    ]

    private static let lookup: [String: SpreadsheetColumn] = {
        var table: [String: SpreadsheetColumn] = [:]
        for column in allCases {
            let entry = names[column]!
            for name in [entry.dutch, entry.english] + entry.aliases {
                table[normalized(name)] = column
            }
        }
        return table
    }()

    /// All Dutch headers, for hints.
    static var dutchHeaders: [String] { allCases.map(\.dutch) }
}
