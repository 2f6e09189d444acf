import Foundation
import PlanreisModel
import SQLKit

extension Register {
    /// Whether `file` is a logical dump (`planreis register backup` of a PostgreSQL register)
    /// rather than an SQLite copy.
    public static func isDump(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 64)) ?? Data()
        return String(decoding: start, as: UTF8.self).hasPrefix("{\"format\":\"\(RegisterDump.format)\"")
    }

    /// Reads a logical dump into this register, which must be empty (no users, cases or audit
    /// rows): every row in one transaction, so that a broken or truncated dump changes nothing;
    /// PostgreSQL sequences follow the restored ids; the restore itself is audited. Returns the
    /// number of rows read. A problem names the dump's line.
    public func restoreDump(from file: String) async throws -> Int {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw StoreError.invalid(Localized(nl: "backup \"\(file)\" bestaat niet", en: "backup \"\(file)\" does not exist"))
        }
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).map { Data($0) }
        @Sendable func problem(_ line: Int, _ nl: String, _ en: String) -> StoreError {
            .invalid(Localized(nl: "\(file):\(line): \(nl)", en: "\(file):\(line): \(en)"))
        }
        guard let header = lines.first.flatMap({ try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }),
            header["format"] as? String == RegisterDump.format
        else { throw problem(1, "geen planreis-registerdump", "not a planreis register dump") }
        let schema = header["schema"] as? Int ?? 0
        guard schema <= Migrations.current else { throw StoreError.newerSchema(found: schema, known: Migrations.current) }
        guard schema == Migrations.current, header["version"] as? Int == RegisterDump.version else {
            throw problem(1, "dumpversie \(schema) wordt niet ondersteund", "dump version \(schema) is not supported")
        }
        let dialect = engine.dialect
        let caller = Caller(name: "cli", role: .admin, client: "cli")
        return try await engine.transaction { db in
            for table in ["users", "journeys", "audit"] {
                let count =
                    try await db.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(column: "n", as: Int.self) ?? 0
                guard count == 0 else {
                    throw StoreError.conflict(
                        Localized(
                            nl: "het register is niet leeg (tabel \(table)); zet een dump alleen terug in een lege database",
                            en: "the register is not empty (table \(table)); restore a dump into an empty database only"))
                }
            }
            var table: RegisterDump.Table?
            var rows = 0
            var ended = false
            for (offset, bytes) in lines.enumerated().dropFirst() where !bytes.isEmpty {
                let number = offset + 1
                guard !ended else { throw problem(number, "tekst na het einde van de dump", "text after the end of the dump") }
                guard let value = try? JSONSerialization.jsonObject(with: bytes) else {
                    throw problem(number, "onleesbare regel", "unreadable line")
                }
                if let object = value as? [String: Any] {
                    if object["end"] as? Bool == true {
                        guard object["rows"] as? Int == rows else {
                            throw problem(number, "het aantal rijen klopt niet", "the row count does not match")
                        }
                        ended = true
                        continue
                    }
                    guard let name = object["table"] as? String, let known = RegisterDump.tables.first(where: { $0.name == name }),
                        object["columns"] as? [String] == known.columns.map(\.name)
                    else { throw problem(number, "onbekende tabel of kolommen", "unknown table or columns") }
                    table = known
                    continue
                }
                guard let table, let values = value as? [Any], values.count == table.columns.count else {
                    throw problem(
                        number, "rij zonder tabel of met een verkeerd aantal waarden",
                        "row without a table or with a wrong number of values")
                }
                var sql = SQLQueryString("INSERT INTO \(table.name) (\(table.columns.map(\.name).joined(separator: ", "))) VALUES (")
                for (index, (item, column)) in zip(values, table.columns).enumerated() {
                    if index > 0 { sql.appendLiteral(", ") }
                    if item is NSNull {
                        sql.appendInterpolation(unsafeRaw: "NULL")
                    } else if column.kind == .text, let text = item as? String {
                        sql.appendInterpolation(bind: text)
                    } else if column.kind == .integer, !(item is String), let integer = item as? Int {
                        sql.appendInterpolation(bind: integer)
                    } else {
                        throw problem(number, "verkeerde waarde in kolom \(column.name)", "wrong value in column \(column.name)")
                    }
                }
                sql.appendLiteral(")")
                try await db.raw(sql).run()
                rows += 1
            }
            guard ended else { throw problem(lines.count, "de dump is afgebroken (geen eindregel)", "the dump is truncated (no end line)") }
            if dialect == .postgres {
                for table in RegisterDump.tables {
                    guard let serial = table.serial else { continue }
                    try await db.raw(
                        """
                        SELECT setval(pg_get_serial_sequence('\(unsafeRaw: table.name)', '\(unsafeRaw: serial)'),
                        COALESCE((SELECT MAX(\(unsafeRaw: serial)) FROM \(unsafeRaw: table.name)), 0) + 1, false)
                        """
                    ).run()
                }
            }
            try await self.audit(db, caller, action: "restore", purpose: "beheer")
            return rows
        }
    }
}
