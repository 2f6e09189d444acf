/// The portable logical dump of a register (`planreis register backup` on PostgreSQL): JSON
/// lines, one header, then per table a line naming its columns and one line per row (a JSON
/// array), then a closing line with the row count, so that a truncated file is refused.
/// Sessions and login failures are left out: a restore logs everyone out.
enum RegisterDump {
    static let format = "planreis-register-dump"
    static let version = 1

    /// A column's SQL type as the dump reads and writes it.
    enum Kind { case text, integer }

    struct Table {
        var name: String
        var columns: [(name: String, kind: Kind)]
        /// The order rows are written in (a stable order for identical dumps).
        var order: String
        /// The auto-numbered column whose PostgreSQL sequence follows the restored rows.
        var serial: String? = nil
    }

    /// Parents before children, so that foreign keys hold while restoring.
    static let tables: [Table] = [
        Table(
            name: "users",
            columns: [("name", .text), ("role", .text), ("password_hash", .text), ("disabled", .integer), ("created_at", .integer)],
            order: "name"),
        Table(
            name: "journeys",
            columns: [
                ("id", .text), ("revision", .integer), ("pseudonym", .text), ("title", .text), ("municipality", .text),
                ("first_year", .integer), ("created_by", .text), ("created_at", .integer), ("updated_at", .integer),
                ("deleted_at", .integer), ("delete_reason", .text), ("closed_at", .integer), ("retention_class", .text),
                ("retain_until", .integer),
            ], order: "id"),
        Table(
            name: "revisions",
            columns: [
                ("journey_id", .text), ("revision", .integer), ("document", .text), ("author", .text), ("at", .integer), ("change", .text),
            ], order: "journey_id, revision"),
        Table(name: "team_members", columns: [("journey_id", .text), ("user_name", .text)], order: "journey_id, user_name"),
        Table(
            name: "exceptions",
            columns: [
                ("journey_id", .text), ("event_id", .text), ("author", .text), ("status", .text), ("cost_cents", .integer),
                ("year", .integer),
                ("municipality", .text), ("required_approvals", .integer), ("over_limit", .integer),
            ], order: "journey_id, event_id"),
        Table(
            name: "approval_decisions",
            columns: [
                ("id", .integer), ("journey_id", .text), ("event_id", .text), ("user_name", .text), ("decision", .text), ("reason", .text),
                ("at", .integer),
            ], order: "id", serial: "id"),
        Table(
            name: "audit",
            columns: [
                ("id", .integer), ("at", .integer), ("user_name", .text), ("role", .text), ("action", .text), ("journey_id", .text),
                ("event_id", .text), ("revision", .integer), ("purpose", .text), ("client", .text),
            ], order: "id", serial: "id"),
    ]
}
