import PlanreisFormats
import PlanreisModel
import SQLKit

extension Register {
    /// Stores a new case; the caller joins its team. Events without an id get one (`e1`, `e2`, …)
    /// so that each can be addressed. Returns the register id and revision 1.
    public func createJourney(_ journey: Journey, caller: Caller) async throws -> (id: String, revision: Int) {
        guard caller.role.editsCases else { throw StoreError.forbidden }
        let journey = Self.withEventIDs(journey)
        let id = String(Self.randomToken().prefix(16))
        let pseudonym = "casus-" + String(Self.randomToken().prefix(10))
        let document = PlanreisXMLFormat.write([journey])
        let now = self.now
        try await engine.transaction { db in
            try await db.raw(
                """
                INSERT INTO journeys (id, revision, pseudonym, title, municipality, first_year, created_by, created_at, updated_at)
                VALUES (\(bind: id), 1, \(bind: pseudonym), \(bind: journey.title), \(bind: journey.municipality),
                \(bind: Self.firstYear(journey)), \(bind: caller.name), \(bind: now), \(bind: now))
                """
            ).run()
            try await db.raw(
                "INSERT INTO revisions (journey_id, revision, document, author, at, change) VALUES (\(bind: id), 1, \(bind: document), \(bind: caller.name), \(bind: now), 'create')"
            ).run()
            try await db.raw("INSERT INTO team_members (journey_id, user_name) VALUES (\(bind: id), \(bind: caller.name))").run()
            try await self.syncExceptions(db, id: id, journey: journey, caller: caller)
            try await self.audit(db, caller, action: "create", journey: id, revision: 1, purpose: Self.purpose(caller.role))
        }
        cache.put(id, 1, journey)
        return (id, 1)
    }

    /// The current revision of a case the caller may see; the read is audited before it returns.
    /// A case that does not exist, is deleted, or is not on the caller's teams is `notFound`.
    public func journey(_ id: String, caller: Caller, action: String = "read") async throws -> StoredJourney {
        let stored = try await engine.withConnection { db in
            let revision = try await self.visibleRevision(db, id: id, caller: caller)
            let journey = try await self.loadRevision(db, id: id, revision: revision)
            let approvals = try await self.approvalStates(db, id: id)
            try await self.audit(db, caller, action: action, journey: id, revision: revision, purpose: Self.purpose(caller.role))
            return StoredJourney(id: id, revision: revision, journey: journey, approvals: approvals)
        }
        return stored
    }

    /// Replaces a case's journey, based on `base`; a stale base throws `stale` with the current revision.
    public func updateJourney(_ id: String, base: Int, with journey: Journey, caller: Caller, change: JourneyChange) async throws -> Int {
        guard caller.role.editsCases else { throw StoreError.forbidden }
        let journey = Self.withEventIDs(journey)
        let document = PlanreisXMLFormat.write([journey])
        let now = self.now
        let revision = try await engine.transaction { db in
            let current = try await self.visibleRevision(db, id: id, caller: caller)
            guard current == base else { throw StoreError.stale(current: current) }
            // The conditional update is the real guard: of two writers on one base, one wins.
            guard
                let row = try await db.raw(
                    """
                    UPDATE journeys SET revision = revision + 1, title = \(bind: journey.title),
                    municipality = \(bind: journey.municipality), first_year = \(bind: Self.firstYear(journey)), updated_at = \(bind: now)
                    WHERE id = \(bind: id) AND revision = \(bind: base) RETURNING revision
                    """
                ).first()
            else { throw StoreError.stale(current: base + 1) }
            let revision = try row.decode(column: "revision", as: Int.self)
            try await db.raw(
                "INSERT INTO revisions (journey_id, revision, document, author, at, change) VALUES (\(bind: id), \(bind: revision), \(bind: document), \(bind: caller.name), \(bind: now), \(bind: change.action))"
            ).run()
            try await self.syncExceptions(db, id: id, journey: journey, caller: caller)
            try await self.audit(
                db, caller, action: change.action, journey: id, event: change.event, revision: revision, purpose: Self.purpose(caller.role))
            return revision
        }
        cache.put(id, revision, journey)
        return revision
    }

    /// Soft-deletes a case (coordinator on its team), keeping its revisions until purged.
    public func deleteJourney(_ id: String, reason: String, caller: Caller) async throws {
        guard caller.role == .coordinator else { throw StoreError.forbidden }
        let now = self.now
        try await engine.transaction { db in
            let revision = try await self.visibleRevision(db, id: id, caller: caller)
            try await db.raw(
                "UPDATE journeys SET deleted_at = \(bind: now), delete_reason = \(bind: reason) WHERE id = \(bind: id)"
            ).run()
            try await self.audit(db, caller, action: "delete", journey: id, revision: revision, purpose: Self.purpose(caller.role))
        }
    }

    /// The cases on the caller's teams, optionally those whose title or municipality contains `query`.
    public func journeys(caller: Caller, query: String? = nil) async throws -> [JourneySummary] {
        guard caller.role.editsCases else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            var sql: SQLQueryString = """
                SELECT j.id, j.revision, j.title, j.municipality, j.updated_at, j.closed_at, r.author,
                (SELECT COUNT(*) FROM exceptions x WHERE x.journey_id = j.id AND x.status = 'voorgesteld') AS waiting
                FROM journeys j
                JOIN team_members t ON t.journey_id = j.id AND t.user_name = \(bind: caller.name)
                JOIN revisions r ON r.journey_id = j.id AND r.revision = j.revision
                WHERE j.deleted_at IS NULL
                """
            if let query, !query.isEmpty {
                let pattern =
                    "%"
                    + query.lowercased().replacingOccurrences(of: "\\", with: "\\\\")
                    .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
                sql.appendInterpolation(unsafeRaw: " AND (LOWER(j.title) LIKE ")
                sql.appendInterpolation(bind: pattern)
                sql.appendInterpolation(unsafeRaw: " ESCAPE '\\' OR LOWER(COALESCE(j.municipality, '')) LIKE ")
                sql.appendInterpolation(bind: pattern)
                sql.appendInterpolation(unsafeRaw: " ESCAPE '\\')")
            }
            sql.appendInterpolation(unsafeRaw: " ORDER BY j.updated_at DESC, j.id")
            let rows = try await db.raw(sql).all().map { row in
                JourneySummary(
                    id: try row.decode(column: "id", as: String.self), revision: try row.decode(column: "revision", as: Int.self),
                    title: try row.decode(column: "title", as: String.self),
                    municipality: try row.decode(column: "municipality", as: String?.self),
                    updatedAt: try row.decode(column: "updated_at", as: Int64.self),
                    updatedBy: try row.decode(column: "author", as: String.self),
                    closed: try row.decode(column: "closed_at", as: Int64?.self) != nil,
                    waitingProposals: try row.decode(column: "waiting", as: Int.self))
            }
            try await self.audit(db, caller, action: "list", purpose: Self.purpose(caller.role))
            return rows
        }
    }

    /// The current revision of a case the caller may see, or `notFound` (no existence leak).
    func visibleRevision(_ db: any SQLDatabase, id: String, caller: Caller) async throws -> Int {
        guard caller.role.editsCases,
            let row = try await db.raw(
                """
                SELECT j.revision FROM journeys j JOIN team_members t ON t.journey_id = j.id AND t.user_name = \(bind: caller.name)
                WHERE j.id = \(bind: id) AND j.deleted_at IS NULL
                """
            ).first()
        else { throw StoreError.notFound }
        return try row.decode(column: "revision", as: Int.self)
    }

    /// The journey of one revision, from the cache or parsed from its stored document.
    func loadRevision(_ db: any SQLDatabase, id: String, revision: Int) async throws -> Journey {
        if let cached = cache.get(id, revision) { return cached }
        guard
            let row = try await db.raw(
                "SELECT document FROM revisions WHERE journey_id = \(bind: id) AND revision = \(bind: revision)"
            ).first()
        else { throw StoreError.notFound }
        let document = try row.decode(column: "document", as: String.self)
        let result = PlanreisXMLFormat.read(Array(document.utf8), file: "\(id)@\(revision)")
        guard let journey = result.journeys.first, !result.hasErrors else {
            throw StoreError.unreadable("revision \(revision) of case \(id)")
        }
        cache.put(id, revision, journey)
        return journey
    }

    /// The journey with an id on every event: `e1`, `e2`, … skipping ids already used.
    static func withEventIDs(_ journey: Journey) -> Journey {
        var journey = journey
        var used = Set(journey.events.compactMap(\.id))
        var counter = 1
        for index in journey.events.indices where journey.events[index].id == nil {
            while used.contains("e\(counter)") { counter += 1 }
            journey.events[index].id = "e\(counter)"
            used.insert("e\(counter)")
        }
        return journey
    }

    /// The year of the journey's first dated event (for queries), or nil.
    static func firstYear(_ journey: Journey) -> Int? {
        journey.span.map { CivilDate.date(fromDayNumber: $0.lowerBound).year }
    }
}

extension Register {
    /// The current revision of a case the caller may edit, without an audit row of its own: the
    /// write that follows records the access (one API call, one audit row).
    public func journeyForEdit(_ id: String, caller: Caller) async throws -> StoredJourney {
        guard caller.role.editsCases else { throw StoreError.forbidden }
        return try await engine.withConnection { db in
            let revision = try await self.visibleRevision(db, id: id, caller: caller)
            let journey = try await self.loadRevision(db, id: id, revision: revision)
            return StoredJourney(id: id, revision: revision, journey: journey, approvals: [:])
        }
    }
}
