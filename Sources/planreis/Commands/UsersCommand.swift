import ArgumentParser
import Foundation
import PlanreisModel
import PlanreisStore

extension Role: ExpressibleByArgument {}

/// `planreis users add|list|disable`: the register's accounts.
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users", abstract: "Beheer de gebruikers van het casusregister.",
        subcommands: [Add.self, List.self, Disable.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Voeg een gebruiker toe; het wachtwoord komt van stdin.")

        @Argument(help: "Gebruikersnaam (letters, cijfers, '.', '-', '_').")
        var name: String

        @Option(help: "Rol: professional, coordinator, policy, researcher of admin.")
        var role: Role

        @Flag(name: .customLong("password-stdin"), help: "Lees het wachtwoord (eerste regel) van stdin.")
        var passwordStdin = false

        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func validate() throws {
            guard passwordStdin else {
                throw ValidationError(
                    "Geef --password-stdin en het wachtwoord op stdin, bijvoorbeeld: echo \"$WACHTWOORD\" | planreis users add …")
            }
        }

        func run() throws {
            let password = readLine(strippingNewline: true) ?? ""
            let (name, role, store, lang) = (name, role, store, language.lang)
            try Blocking.run {
                let register = try await store.open(language: lang)
                do {
                    try await register.addUser(name, role: role, password: password)
                } catch let error as StoreError {
                    await register.close()
                    Console.error((lang == .nl ? "fout: " : "error: ") + error.message(lang))
                    throw ExitCode(1)
                }
                await register.close()
            }
            Console.out(language.lang == .nl ? "gebruiker \(name) toegevoegd (\(role.rawValue))" : "user \(name) added (\(role.rawValue))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Toon alle gebruikers.")
        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let (store, lang) = (store, language.lang)
            let users = try Blocking.run {
                let register = try await store.open(language: lang)
                let users = try await register.users()
                await register.close()
                return users
            }
            for user in users {
                Console.out(
                    "\(user.name)\t\(user.role.rawValue)\t\(user.disabled ? (lang == .nl ? "uitgeschakeld" : "disabled") : (lang == .nl ? "actief" : "active"))"
                )
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schakel een gebruiker uit en beëindig diens sessies.")
        @Argument(help: "Gebruikersnaam.")
        var name: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var language: LanguageOption

        func run() throws {
            let (name, store, lang) = (name, store, language.lang)
            try Blocking.run {
                let register = try await store.open(language: lang)
                do {
                    try await register.disableUser(name)
                } catch let error as StoreError {
                    await register.close()
                    Console.error((lang == .nl ? "fout: " : "error: ") + error.message(lang))
                    throw ExitCode(1)
                }
                await register.close()
            }
            Console.out(lang == .nl ? "gebruiker \(name) uitgeschakeld" : "user \(name) disabled")
        }
    }
}
