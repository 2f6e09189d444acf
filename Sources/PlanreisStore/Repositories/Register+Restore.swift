import Foundation
import PlanreisModel
import SQLKit

extension Register {
    /// Replaces the SQLite register of `data` with a backup, after checking that the backup is
    /// an intact register this planreis can read (a corrupt or newer one is refused and nothing
    /// changes). The server must be stopped. The restore is audited in the restored register.
    public static func restore(from file: String, data: String) async throws {
        guard FileManager.default.fileExists(atPath: file) else {
            throw StoreError.invalid(Localized(nl: "backup \"\(file)\" bestaat niet", en: "backup \"\(file)\" does not exist"))
        }
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let staging = (data as NSString).appendingPathComponent(".restore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: staging) }
        let staged = sqlitePath(data: staging)
        try FileManager.default.copyItem(atPath: file, toPath: staged)
        let check = try await Register.open(data: staging)
        do {
            let result = try await check.engine.withConnection { db in
                try await db.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
            }
            guard result == "ok" else { throw StoreError.unreadable(result ?? "integrity_check") }
            try await check.engine.withConnection { db in
                try await check.audit(db, Caller(name: "cli", role: .admin, client: "cli"), action: "restore", purpose: "beheer")
                try await db.raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            await check.close()
            throw error
        }
        await check.close()
        let target = sqlitePath(data: data)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        guard rename(staged, target) == 0 else {
            throw StoreError.invalid(Localized(nl: "kan \"\(target)\" niet vervangen", en: "cannot replace \"\(target)\""))
        }
    }
}
