import Foundation
import NIOConcurrencyHelpers
import PlanreisModel
import PlanreisText
import SQLKit

extension Register {
    /// Writes the register's portable logical dump (`RegisterDump`) to `path`, which must not
    /// exist: every table read in one transaction (PostgreSQL: `REPEATABLE READ READ ONLY`, so
    /// the dump is one consistent snapshot while servers keep writing), written to a temporary
    /// file beside `path` and renamed into place when complete. Returns the number of rows.
    public func dump(to path: String) async throws -> Int {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.invalid(Localized(nl: "\"\(path)\" bestaat al", en: "\"\(path)\" already exists"))
        }
        let temporary = path + ".tmp-" + UUID().uuidString
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw StoreError.invalid(Localized(nl: "kan \"\(path)\" niet schrijven", en: "cannot write \"\(path)\""))
        }
        let writer = DumpWriter(handle: handle)
        let begin = engine.dialect == .postgres ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN"
        let engineName = self.engineName
        let at = now
        do {
            try await engine.withConnection { db in
                try await db.raw(SQLQueryString(begin)).run()
                do {
                    let schema =
                        try await db.raw("SELECT MAX(version) AS v FROM schema_version").first()
                        .flatMap { try $0.decode(column: "v", as: Int?.self) } ?? 0
                    writer.line(
                        .object([
                            ("format", .string(RegisterDump.format)), ("version", .number(String(RegisterDump.version))),
                            ("schema", .number(String(schema))), ("engine", .string(engineName)), ("at", .number(String(at))),
                        ]))
                    for table in RegisterDump.tables {
                        writer.line(.object([("table", .string(table.name)), ("columns", .array(table.columns.map { .string($0.name) }))]))
                        let columns = table.columns.map(\.name).joined(separator: ", ")
                        try await db.raw(SQLQueryString("SELECT \(columns) FROM \(table.name) ORDER BY \(table.order)")).run { row in
                            writer.row(row, columns: table.columns)
                        }
                    }
                    try await db.raw("COMMIT").run()
                } catch {
                    try? await db.raw("ROLLBACK").run()
                    throw error
                }
            }
            writer.line(.object([("end", .bool(true)), ("rows", .number(String(writer.rows)))]))
            try writer.finish()
            guard !FileManager.default.fileExists(atPath: path), rename(temporary, path) == 0 else {
                throw StoreError.invalid(Localized(nl: "kan \"\(path)\" niet schrijven", en: "cannot write \"\(path)\""))
            }
            return writer.rows
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}

/// Collects the dump's lines (rows arrive on the database's event loop) and writes them out in
/// blocks; the first failure is kept and reported by `finish`.
final class DumpWriter: @unchecked Sendable {
    private let handle: FileHandle
    private let lock = NIOLock()
    private var buffer: [UInt8] = []
    private var failure: (any Error)?
    private(set) var rows = 0

    init(handle: FileHandle) { self.handle = handle }

    func line(_ value: JSONValue) {
        lock.withLock {
            buffer += Array(value.serialized(.compactForHTMLScript).utf8)
            buffer.append(0x0A)
            if buffer.count >= 1 << 20 { flush() }
        }
    }

    func row(_ row: any SQLRow, columns: [(name: String, kind: RegisterDump.Kind)]) {
        do {
            let values: [JSONValue] = try columns.map { column in
                switch column.kind {
                case .text: try row.decode(column: column.name, as: String?.self).map(JSONValue.string) ?? .null
                case .integer: try row.decode(column: column.name, as: Int?.self).map { .number(String($0)) } ?? .null
                }
            }
            line(.array(values))
            lock.withLock { rows += 1 }
        } catch {
            lock.withLock { if failure == nil { failure = error } }
        }
    }

    /// Must hold the lock.
    private func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = error
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func finish() throws {
        try lock.withLock {
            flush()
            if let failure { throw StoreError.unreadable(String(String(describing: failure).prefix(300))) }
            try handle.synchronize()
            try handle.close()
        }
    }
}
