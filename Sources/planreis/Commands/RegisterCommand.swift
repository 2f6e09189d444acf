import ArgumentParser
import Foundation
import PlanreisModel
import PlanreisStore

/// `planreis register backup|restore|purge`: operating the case register.
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register", abstract: "Onderhoud van het casusregister: backup, terugzetten, opschonen na de bewaartermijn.",
        subcommands: [Backup.self, Restore.self, Purge.self])

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schrijf een consistente backup van het register, ook terwijl de server draait.",
            discussion: """
                SQLite: een kopie van de database. PostgreSQL: een dump van alle tabellen (JSON-regels, één \
                momentopname) die 'register restore' in een lege database terugzet, ook in SQLite.
                """)
        @Argument(help: "Doelbestand (mag nog niet bestaan).")
        var file: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let (file, store, lang) = (file, store, language.lang)
            try Blocking.run {
                let register = try await store.open(language: lang)
                do {
                    try await register.backup(to: file)
                } catch let error as StoreError {
                    await register.close()
                    Console.error((lang == .nl ? "fout: " : "error: ") + error.message(lang))
                    throw ExitCode(1)
                }
                await register.close()
            }
            Console.out(lang == .nl ? "backup geschreven: \(file)" : "backup written: \(file)")
        }
    }

    struct Restore: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Zet een backup terug: een SQLite-kopie als het register van --data (stop de server eerst), een dump in een leeg register (--data of --database)."
        )
        @Argument(help: "Backupbestand van 'planreis register backup'.")
        var file: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let (file, data, lang, store) = (file, store.data, language.lang, store)
            do {
                if store.databaseURL != nil || Register.isDump(file) {
                    try Blocking.run {
                        let register = try await store.open(language: lang)
                        do {
                            _ = try await register.restoreDump(from: file)
                        } catch {
                            await register.close()
                            throw error
                        }
                        await register.close()
                    }
                } else {
                    try Blocking.run { try await Register.restore(from: file, data: data) }
                }
            } catch let error as StoreError {
                Console.error((lang == .nl ? "fout: " : "error: ") + error.message(lang))
                throw ExitCode(1)
            }
            Console.out(lang == .nl ? "register teruggezet uit \(file)" : "register restored from \(file)")
        }
    }

    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verwijder casussen waarvan de bewaartermijn voorbij is (met --dry-run: alleen tonen).")
        @Flag(name: .customLong("dry-run"), help: "Toon alleen wat verwijderd zou worden.")
        var dryRun = false
        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let (dryRun, store, lang) = (dryRun, store, language.lang)
            let user = ProcessInfo.processInfo.environment["USER"] ?? "cli"
            let expired = try Blocking.run {
                let register = try await store.open(language: lang)
                let expired = try await register.purge(dryRun: dryRun, operator: "cli:\(user)")
                await register.close()
                return expired
            }
            for item in expired { Console.out("\(item.id)\t\(item.pseudonym)") }
            let verb = dryRun ? (lang == .nl ? "te verwijderen" : "to delete") : (lang == .nl ? "verwijderd" : "deleted")
            Console.out(lang == .nl ? "\(expired.count) casussen \(verb)" : "\(expired.count) cases \(verb)")
        }
    }
}
