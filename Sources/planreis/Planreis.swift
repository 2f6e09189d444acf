import ArgumentParser
import Foundation
import PlanreisFormats

/// `planreis`: makes a household's journey through bureaucracy visible and arguable.
@main
struct Planreis: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "planreis",
        abstract: "Maakt de reis van een huishouden door de bureaucratie zichtbaar en bespreekbaar.",
        discussion: """
            Invoer: \(JourneyFormat.readableList(.nl)) (spreadsheet-CSV met Nederlandse of Engelse kolommen).
            Uitvoer in het Nederlands; --lang en voor Engels.
            Exitcodes: 0 in orde, 1 problemen in de invoer, 2 verkeerd gebruik.
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, ConvertCommand.self, AnalyzeCommand.self, RenderCommand.self, CompareCommand.self, BudgetCommand.self,
            AnonymizeCommand.self, ServeCommand.self, UsersCommand.self, RegisterCommand.self,
        ]
    )

    /// Runs the command and maps errors to planreis's exit codes: 0 ok, 1 input problems, 2 usage.
    static func main() {
        let code: Int32
        do {
            var command = try parseAsRoot()
            try command.run()
            code = 0
        } catch let exit as ExitCode {
            code = exit.rawValue
        } catch {
            let exitCode = Self.exitCode(for: error)
            let message = UsageMessage.localized(fullMessage(for: error))
            if exitCode == .success {
                print(message)
                code = 0
            } else {
                Console.error(message)
                code = exitCode == .validationFailure ? 2 : (exitCode.rawValue == 0 ? 0 : 2)
            }
        }
        Foundation.exit(code)
    }
}
