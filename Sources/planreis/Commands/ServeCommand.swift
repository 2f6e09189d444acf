import ArgumentParser
import Foundation
import Hummingbird
import Logging
import PlanreisModel
import PlanreisServer
import PlanreisStore

/// `planreis serve`: the case register over HTTP.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start het casusregister: een gedeelde, afgeschermde opslag van lopende casussen met een JSON-API.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Adres om op te luisteren (standaard alleen deze machine).")
    var host: String = "127.0.0.1"

    @Option(help: "Poort.")
    var port: Int = 8080

    @Flag(
        name: .customLong("insecure-http"),
        help: "Luister zonder TLS op een ander adres dan loopback (alleen achter een proxy die TLS afhandelt).")
    var insecureHTTP = false

    @Flag(name: .customLong("behind-tls-proxy"), help: "Een proxy handelt TLS af: cookies krijgen Secure, Origin is https.")
    var behindTLSProxy = false

    @Option(name: .customLong("origin"), help: "Extra toegestane Origin (bijvoorbeeld https://register.gemeente.nl); mag vaker.")
    var origins: [String] = []

    @Option(name: .customLong("log-level"), help: "Logniveau op stderr: debug, info, warning, error.")
    var logLevel: String = "info"

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("Poort \(port) bestaat niet; kies 1 tot 65535.") }
        if !ServerSettings.isLoopback(host) && !insecureHTTP {
            throw ValidationError(
                "'\(host)' is geen loopback-adres. Zonder TLS luistert het register alleen op 127.0.0.1; zet een proxy met TLS ervoor en geef --insecure-http --behind-tls-proxy."
            )
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("Onbekend logniveau '\(logLevel)'. Kies debug, info, warning of error.")
        }
    }

    func run() throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "planreis.serve")
        let store = self.store
        let lang = language.lang
        let settings = ServerSettings(host: host, port: port, tls: behindTLSProxy, origins: origins)
        try Blocking.run {
            let register = try await store.open(language: lang)
            logger.info(
                "register geopend", metadata: ["engine": "\(register.engineName)", "host": "\(settings.host)", "port": "\(settings.port)"])
            do {
                try await RegisterServer.application(register: register, settings: settings, logger: logger).runService()
            } catch {
                await register.close()
                Console.error((lang == .nl ? "fout: de server stopte: " : "error: the server stopped: ") + "\(error)")
                throw ExitCode(1)
            }
            await register.close()
        }
    }
}
