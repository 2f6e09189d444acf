import PlanreisModel

extension AnonymizationReport {
    /// The report for the data steward, as Markdown: counts per kind, the date shift (with its
    /// size when one shift holds for the export) and what the method cannot catch. It never holds
    /// an original value; it is not part of the export.
    public func markdown(_ language: Language) -> String {
        func t(_ dutch: String, _ english: String) -> String { language.pick(dutch, english) }
        var lines: [String] = [t("# Anonimisering", "# Anonymisation"), ""]
        lines.append(
            t(
                "\(journeys) \(journeys == 1 ? "casus" : "casussen") geanonimiseerd.",
                "\(journeys) \(journeys == 1 ? "journey" : "journeys") anonymised."))
        lines += ["", t("| vervanging | aantal |", "| replacement | count |"), "|---|---:|"]
        for kind in Kind.allCases { lines.append("| \(kind.label(language)) | \(self[kind]) |") }
        if organisations > 0 {
            lines += [
                "",
                t(
                    "\(organisations) organisatie(s) kregen een pseudoniem (organisatie-1, …).",
                    "\(organisations) organisation(s) got a pseudonym (organisatie-1, …)."),
            ]
        }
        lines += ["", t("## Datums", "## Dates"), ""]
        lines.append(
            t(
                "Datums zijn met een geheel aantal jaren verschoven (een veelvoud van 4, hoogstens 40, gekozen met de sleutel). Elk jaar houdt zijn schrikkeldag, dus volgorde, precisie en alle duren (stilstand, fasen) blijven tot op de dag gelijk; weekdagen veranderen. Jaartallen in tekst zijn mee verschoven; geboortedatums in tekst zijn teruggebracht tot het (verschoven) jaar. Tijden van de dag en plaatshouderdatums (1970-01-01) blijven staan.",
                "Dates moved by a whole number of years (a multiple of 4, at most 40, chosen by the key). Every year keeps its leap day, so order, precision and all durations (stalls, phases) stay exactly the same; weekdays change. Years written in texts moved along; dates of birth in texts are reduced to their (shifted) year. Times of day and placeholder dates (1970-01-01) stay."
            ))
        lines.append("")
        if let years = exportShiftYears, shiftMode == .perExport {
            let signed = years >= 0 ? "+\(years)" : "\(years)"
            lines.append(
                t(
                    "**Alleen voor de beheerder van de gegevens, niet voor de ontvanger:** alle casussen van deze export zijn met hetzelfde aantal jaren verschoven: **\(signed) jaar**. Casussen blijven zo onderling vergelijkbaar: reken een peildatum of startjaar om door er \(signed) jaar bij op te tellen (status op 31-12-2014 in de bron is status op 31-12-\(2014 + years) in de export; --started 2014 wordt --started \(2014 + years)). Deze verschuiving staat nergens in de export; geef dit verslag niet mee.",
                    "**For the data steward only, not for the recipient:** every case of this export moved by the same number of years: **\(signed) years**. Cases therefore stay comparable: translate a reference date or start year by adding \(signed) years (status on 31-12-2014 in the source is status on 31-12-\(2014 + years) in the export; --started 2014 becomes --started \(2014 + years)). The shift is written nowhere in the export; do not hand over this report."
                ))
        } else {
            lines.append(
                t(
                    "Elke casus is met een eigen geheim aantal jaren verschoven (--shift per-case): casussen zijn in de tijd niet meer onderling te vergelijken.",
                    "Every case moved by its own secret number of years (--shift per-case): cases can no longer be compared in time."))
        }
        if !unshifted.isEmpty {
            lines.append("")
            lines.append(
                t(
                    "**Niet verschoven** (geen verschuiving past bij de kalender): \(unshifted.joined(separator: ", ")).",
                    "**Not shifted** (no shift keeps the calendar): \(unshifted.joined(separator: ", "))."))
        }
        lines += ["", t("## Wat deze anonimisering niet vangt", "## What this anonymisation does not catch"), ""]
        let limits: [(String, String)] = [
            (
                "Een naam die niet op de lijsten staat en in de hele casus alleen aan het begin van een zin of in kleine letters voorkomt.",
                "A name that is on no list and occurs in the whole case only at the start of a sentence or in lower case."
            ),
            (
                "Indirecte kenmerken: een zeldzame ziekte, een beroep, een gebeurtenis uit het nieuws, een combinatie van feiten.",
                "Indirect identifiers: a rare illness, a job, an event in the news, a combination of facts."
            ),
            (
                "Dag en maand van gewone datums blijven staan; wie de echte datum van één gebeurtenis kent, kan de verschuiving terugrekenen.",
                "Day and month of ordinary dates stay; whoever knows the real date of one event can work out the shift."
            ),
            (
                "Te veel weggelakt: een hoofdletterwoord midden in een zin dat geen naam is (een lokale organisatie, een kopje) wordt ook [naam], en daarna overal in die casus.",
                "Over-redaction: a capitalised word mid-sentence that is not a name (a local organisation, a heading) also becomes [naam], and then everywhere in that case."
            ),
        ]
        for (dutch, english) in limits { lines.append("- " + t(dutch, english)) }
        lines += [
            "",
            t(
                "Controleer de uitvoer voordat u hem deelt: planreis anonymize --check BESTAND.",
                "Check the output before sharing it: planreis anonymize --check FILE."),
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
