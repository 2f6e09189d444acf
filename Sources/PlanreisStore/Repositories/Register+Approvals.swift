import PlanreisAnalysis
import PlanreisModel
import SQLKit

extension Register {
    /// Keeps the `exceptions` table in step with a journey just written: a new exception with a
    /// cost is proposed by the writer; one whose cost changed is proposed again (its decisions
    /// dropped); one no longer in the journey leaves the table.
    func syncExceptions(_ db: any SQLDatabase, id: String, journey: Journey, caller: Caller) async throws {
        let analyzer = CostBenefitAnalyzer(priceList: Self.priceList)
        var wanted: [String: (cost: Int64, year: Int)] = [:]
        for (index, event) in journey.events.enumerated() where event.kind == .exception {
            guard let eventID = event.id else { continue }
            let cost = analyzer.costBenefit(of: event, at: index).cost.cents
            if cost > 0 { wanted[eventID] = (cost, event.date.year) }
        }
        var existing: [String: Int64] = [:]
        for row in try await db.raw("SELECT event_id, cost_cents FROM exceptions WHERE journey_id = \(bind: id)").all() {
            existing[try row.decode(column: "event_id", as: String.self)] = try row.decode(column: "cost_cents", as: Int64.self)
        }
        for (eventID, _) in existing where wanted[eventID] == nil {
            try await db.raw("DELETE FROM exceptions WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)").run()
            try await db.raw("DELETE FROM approval_decisions WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)").run()
        }
        for (eventID, value) in wanted.sorted(by: { $0.key < $1.key }) {
            if let cost = existing[eventID] {
                guard cost != value.cost else { continue }
                try await db.raw("DELETE FROM exceptions WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)").run()
                try await db.raw("DELETE FROM approval_decisions WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)").run()
            }
            let over = try await overLimit(db, id: id, municipality: journey.municipality, year: value.year, adding: value.cost)
            try await db.raw(
                """
                INSERT INTO exceptions (journey_id, event_id, author, status, cost_cents, year, municipality, required_approvals, over_limit)
                VALUES (\(bind: id), \(bind: eventID), \(bind: caller.name), 'voorgesteld', \(bind: value.cost), \(bind: value.year),
                \(bind: journey.municipality), \(bind: settings.approvals + (over ? 1 : 0)), \(bind: over ? 1 : 0))
                """
            ).run()
        }
    }

    /// Whether approving `adding` more for this household (case) or team (municipality) in `year`
    /// would pass a limit.
    func overLimit(_ db: any SQLDatabase, id: String, municipality: String?, year: Int, adding: Int64) async throws -> Bool {
        let household = try await db.raw(
            "SELECT CAST(COALESCE(SUM(cost_cents), 0) AS BIGINT) AS s FROM exceptions WHERE journey_id = \(bind: id) AND year = \(bind: year) AND status = 'goedgekeurd'"
        ).first()
        if try (household?.decode(column: "s", as: Int64.self) ?? 0) + adding > settings.householdLimitCents { return true }
        let team = try await db.raw(
            """
            SELECT CAST(COALESCE(SUM(e.cost_cents), 0) AS BIGINT) AS s FROM exceptions e JOIN journeys j ON j.id = e.journey_id
            WHERE COALESCE(e.municipality, '') = \(bind: municipality ?? "") AND e.year = \(bind: year)
            AND e.status = 'goedgekeurd' AND j.deleted_at IS NULL
            """
        ).first()
        return try (team?.decode(column: "s", as: Int64.self) ?? 0) + adding > settings.teamLimitCents
    }

    /// The approval state of every exception with a cost in a case.
    func approvalStates(_ db: any SQLDatabase, id: String) async throws -> [String: ApprovalState] {
        var states: [String: ApprovalState] = [:]
        for row in try await db.raw(
            "SELECT event_id, author, status, cost_cents, required_approvals, over_limit FROM exceptions WHERE journey_id = \(bind: id)"
        ).all() {
            states[try row.decode(column: "event_id", as: String.self)] = ApprovalState(
                status: ApprovalStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .proposed, decisions: [],
                required: try row.decode(column: "required_approvals", as: Int.self),
                overLimit: try row.decode(column: "over_limit", as: Int.self) != 0,
                author: try row.decode(column: "author", as: String.self), costCents: try row.decode(column: "cost_cents", as: Int64.self))
        }
        guard !states.isEmpty else { return states }
        for row in try await db.raw(
            "SELECT event_id, user_name, decision, reason, at FROM approval_decisions WHERE journey_id = \(bind: id) ORDER BY id"
        ).all() {
            let eventID = try row.decode(column: "event_id", as: String.self)
            states[eventID]?.decisions.append(
                ApprovalDecision(
                    user: try row.decode(column: "user_name", as: String.self),
                    decision: ApprovalStatus(rawValue: try row.decode(column: "decision", as: String.self)) ?? .refused,
                    reason: try row.decode(column: "reason", as: String.self), at: try row.decode(column: "at", as: Int64.self)))
        }
        return states
    }

    /// Records a coordinator's decision on a proposed exception. The author cannot decide on
    /// their own proposal, nor anyone twice; one refusal refuses it; it is approved when the
    /// required number of approvals is reached (one more than the setting when, at this moment,
    /// approving it would pass the household's or team's limit for its year). Organisation-wide
    /// (the approvals page), a coordinator need not be on the case's team.
    public func decide(
        _ id: String, event eventID: String, approve: Bool, reason: String, caller: Caller, organisationWide: Bool = false
    ) async throws -> ApprovalState {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw StoreError.invalid(Localized(nl: "geef een reden voor het besluit", en: "give a reason for the decision"))
        }
        let now = self.now
        return try await engine.transaction { db in
            let revision =
                organisationWide
                ? try await self.liveRevision(db, id: id) : try await self.visibleRevision(db, id: id, caller: caller)
            guard let state = try await self.approvalStates(db, id: id)[eventID] else { throw StoreError.notFound }
            guard state.author != caller.name else {
                throw StoreError.conflict(
                    Localized(
                        nl: "u kunt niet beslissen over een uitzondering die u zelf voorstelde (vier ogen)",
                        en: "you cannot decide on an exception you proposed yourself (four eyes)"))
            }
            guard state.status == .proposed else {
                throw StoreError.conflict(
                    Localized(
                        nl: "over deze uitzondering is al besloten: \(state.status.rawValue)",
                        en: "this exception is already decided: \(state.status.rawValue)"))
            }
            guard !state.decisions.contains(where: { $0.user == caller.name }) else {
                throw StoreError.conflict(
                    Localized(nl: "u heeft al over deze uitzondering besloten", en: "you have already decided on this exception"))
            }
            let decision: ApprovalStatus = approve ? .approved : .refused
            try await db.raw(
                """
                INSERT INTO approval_decisions (journey_id, event_id, user_name, decision, reason, at)
                VALUES (\(bind: id), \(bind: eventID), \(bind: caller.name), \(bind: decision.rawValue), \(bind: reason), \(bind: now))
                """
            ).run()
            let row = try await db.raw(
                "SELECT municipality, year FROM exceptions WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)"
            ).first()
            let over = try await self.overLimit(
                db, id: id, municipality: try row.flatMap { try $0.decode(column: "municipality", as: String?.self) },
                year: try row.flatMap { try $0.decode(column: "year", as: Int?.self) } ?? 0, adding: state.costCents)
            let required = self.settings.approvals + (over ? 1 : 0)
            let approvals = state.decisions.count { $0.decision == .approved } + (approve ? 1 : 0)
            let status: ApprovalStatus = !approve ? .refused : approvals >= required ? .approved : .proposed
            try await db.raw(
                """
                UPDATE exceptions SET status = \(bind: status.rawValue), required_approvals = \(bind: required), over_limit = \(bind: over ? 1 : 0)
                WHERE journey_id = \(bind: id) AND event_id = \(bind: eventID)
                """
            ).run()
            try await self.audit(
                db, caller, action: approve ? "approve" : "refuse", journey: id, event: eventID, revision: revision,
                purpose: Self.purpose(caller.role))
            guard let updated = try await self.approvalStates(db, id: id)[eventID] else { throw StoreError.notFound }
            return updated
        }
    }

    /// The shipped price list, for pricing exception costs given as price-list items.
    static let priceList = PriceList.shipped().priceList
}
