import ArgumentParser
import Foundation
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel
import PlanreisReport

/// `planreis anonymize IN… -o OUT`: a research export without names, places, real dates or ids,
/// with every duration and amount unchanged.
struct AnonymizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anonymize",
        abstract: "Maak een geanonimiseerde export voor onderzoek; alle duren en bedragen blijven gelijk.",
        discussion: """
            Namen van gezinsleden worden hun rol ("moeder"), andere namen in vrije tekst [naam], de gemeente \
            wordt de regio, e-mailadressen, postcodes en lange nummers verdwijnen, id's worden sleutelhashes \
            of volgnummers, de bronvermelding vervalt. Alle datums van een casus schuiven met hetzelfde geheime \
            aantal jaren (een veelvoud van 4), zodat stilstand en fasen tot op de dag gelijk blijven; standaard \
            schuiven alle casussen van de export even ver (het verslag noemt de verschuiving, de export niet), \
            met --shift per-case elke casus apart. Een naam die ergens in een casus als naam herkend wordt, \
            verdwijnt overal in die casus. Telefoonnummers, kentekens, IBAN, BSN, adressen, postcodes en \
            geboortedatums verdwijnen in elke Nederlandse schrijfwijze. Organisaties houden hun soort ("GGZ") \
            of krijgen een vast pseudoniem (organisatie-1).
            Dezelfde --key geeft dezelfde uitvoer; zonder sleutel is de uitvoer aan niets te koppelen.
            Het verslag (aantallen per soort vervanging, nooit de oorspronkelijke namen) gaat naar stderr of --report.
            planreis anonymize --check BESTAND toont wat in een export nog op een naam of nummer lijkt.
            """)

    @Argument(help: FormatHelp.inputFiles)
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Uitvoerbestand; het type volgt uit de extensie (of --format). - schrijft naar stdout.")
    var output: String?

    @Option(help: "Controleer een geanonimiseerde export: toon wat nog op een naam of nummer lijkt (niets wordt gewijzigd).")
    var check: String?

    @Option(help: "Datumverschuiving: per-export (standaard; alle casussen even ver, blijven vergelijkbaar) of per-case.")
    var shift: AnonymizationOptions.ShiftMode = .perExport

    @Option(name: .customLong("names"), help: "Extra namenlijst (tekst, één naam per regel), bijvoorbeeld van de gemeente; herhaalbaar.")
    var nameLists: [String] = []

    @Option(help: "Geheime sleutel; dezelfde sleutel geeft dezelfde pseudoniemen en datumverschuivingen.")
    var key: String?

    @Option(name: .customLong("key-file"), help: "Lees de sleutel uit dit bestand (blijft uit de shellgeschiedenis).")
    var keyFile: String?

    @Option(help: FormatHelp.outputFormat)
    var format: JourneyFormat?

    @Option(help: "Schrijf het verslag (Markdown) naar dit bestand in plaats van naar stderr.")
    var report: String?

    @OptionGroup var limits: LimitOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if check != nil {
            guard inputs.isEmpty, output == nil else {
                throw ValidationError("--check leest één export en schrijft niets; laat invoerbestanden en -o weg.")
            }
            return
        }
        if inputs.isEmpty {
            throw ValidationError("Geef minstens één invoerbestand, bijvoorbeeld: planreis anonymize Samples/ -o anoniem.planreis.xml")
        }
        guard let output else {
            throw ValidationError("Geef een uitvoerbestand met -o, bijvoorbeeld: -o anoniem.planreis.xml")
        }
        if format == nil && JourneyFormat.detect(path: output) == nil {
            throw ValidationError("Onbekend uitvoertype voor '\(output)'. Gebruik .planreis.xml, .csv, .json of .xes, of geef --format.")
        }
        if key != nil && keyFile != nil {
            throw ValidationError("Geef --key of --key-file, niet allebei.")
        }
        if let key, key.isEmpty {
            throw ValidationError("De sleutel is leeg; laat --key weg voor een willekeurige sleutel.")
        }
    }

    func run() throws {
        let lang = language.lang
        let lists = try loadLists(lang)
        if let check {
            try runCheck(check, lists: lists)
            return
        }
        let output = self.output!
        let secret: AnonymizationKey
        if let keyFile {
            guard case .success(let bytes) = InputFile.read(keyFile, maxBytes: 1 << 16) else {
                Console.error(
                    lang.pick("fout: kan sleutelbestand \"\(keyFile)\" niet lezen", "error: cannot read key file \"\(keyFile)\""))
                throw ExitCode(2)
            }
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
            guard !text.isEmpty else {
                Console.error(lang.pick("fout: sleutelbestand \"\(keyFile)\" is leeg", "error: key file \"\(keyFile)\" is empty"))
                throw ExitCode(2)
            }
            secret = AnonymizationKey(secret: text)
        } else if let key {
            secret = AnonymizationKey(secret: key)
        } else {
            secret = .random()
        }

        let loader = JourneyLoader(language: lang, limits: limits.readLimits)
        var journeys: [PlanreisModel.Journey] = []
        var diagnostics: [Diagnostic] = []
        for path in InputCollector.paths(inputs, diagnostics: &diagnostics) {
            let loaded = loader.load(path)
            journeys += loaded.journeys
            diagnostics += loaded.diagnostics
        }
        Console.report(diagnostics, language: lang)
        guard !diagnostics.hasErrors else {
            Console.error(lang.pick("niets geschreven: los eerst de fouten op", "nothing written: fix the errors first"))
            throw ExitCode(1)
        }

        let result = Anonymizer(key: secret, options: AnonymizationOptions(shift: shift, lists: lists)).anonymize(journeys)
        let outputFormat = format ?? JourneyFormat.detect(path: output)!
        do {
            try Files.write(outputFormat.write(result.journeys), to: output)
        } catch {
            Console.error(
                lang.pick(
                    "fout: kan \"\(output)\" niet schrijven: \(error.localizedDescription)",
                    "error: cannot write \"\(output)\": \(error.localizedDescription)"))
            throw ExitCode(1)
        }
        let markdown = result.report.markdown(lang)
        if let report {
            do {
                try Files.write(Array(markdown.utf8), to: report)
            } catch {
                Console.error(
                    lang.pick(
                        "fout: kan verslag \"\(report)\" niet schrijven: \(error.localizedDescription)",
                        "error: cannot write report \"\(report)\": \(error.localizedDescription)"))
                throw ExitCode(1)
            }
        } else {
            Console.error(markdown)
        }
    }
}
