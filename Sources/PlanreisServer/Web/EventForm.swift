import Foundation
import PlanreisFormats
import PlanreisModel
import PlanreisText

/// The form *Gebeurtenis toevoegen/wijzigen*: ten labelled fields whose text is read exactly
/// as a row of the spreadsheet contract (`datum;einddatum;actor;soort;titel;…`), so that a
/// date, amount, kind or value gets the same message and tip as `planreis validate` gives.
struct EventForm {
    /// Form field names and the spreadsheet columns they are read as, in row order.
    static let columns: [(field: String, column: String)] = [
        ("datum", "datum"), ("einddatum", "einddatum"), ("actor", "actor"), ("soort", "soort"), ("titel", "titel"),
        ("omschrijving", "omschrijving"), ("kosten", "kosten"), ("betaler", "betaler"), ("waarde", "waarde"),
        ("verwijst", "verwijst_naar"), ("id", "id"),
    ]
    /// Every field, in the order of the form.
    static let names = ["datum", "einddatum", "actor", "soort", "titel", "omschrijving", "verwijst", "kosten", "betaler", "waarde"]

    /// The fields for `journey`, filled with `values`.
    static func fields(_ journey: Journey, values: [String: String], editing: String?, _ page: PageRequest) -> FormFields {
        let l = page.language
        var kinds = EventKind.allCases.map { FormField.Option(value: $0.dutch, label: $0.word(l)) }
        kinds.sort { $0.value == "gebeurtenis" ? true : $1.value == "gebeurtenis" ? false : $0.label < $1.label }
        let targets = journey.events.filter { $0.id != nil && $0.id != editing }.map { event in
            FormField.Option(value: event.id ?? "", label: "\(event.title) (\(event.date.formatted(l)))")
        }
        var fields = [
            FormField(
                name: "datum", label: page.text("date"),
                description: l.pick(
                    "Zoals in het dossier: 15-7-2021, juli 2021, medio 2021, ca. mei 2017.",
                    "As in the file: 15-7-2021, July 2021, mid 2021, c. May 2017."),
                required: true, check: "date"),
            FormField(
                name: "einddatum", label: page.text("endDate"), description: l.pick("Alleen voor een periode.", "Only for a period."),
                check: "date"),
            FormField(
                name: "actor", label: page.text("actor"),
                description: l.pick(
                    "Wie handelt: een baan van de tijdlijn, of een nieuwe naam.", "Who acts: a lane of the timeline, or a new name."),
                required: true, suggestions: journey.lanes.map(\.name)),
            FormField(name: "soort", label: page.text("kind"), control: .select, options: kinds),
            FormField(name: "titel", label: page.text("title"), required: true),
            FormField(name: "omschrijving", label: page.text("description"), control: .textarea),
            FormField(
                name: "verwijst", label: page.text("refersTo"), control: .select,
                description: l.pick(
                    "Bijvoorbeeld het obstakel dat een uitzondering oplost.", "For example the obstacle an exception resolves."),
                options: [FormField.Option(value: "", label: l.pick("(geen)", "(none)"))] + targets),
            FormField(
                name: "kosten", label: page.text("cost"),
                description: l.pick("Een bedrag in euro: 450,00 of € 1.250,-", "An amount in euros: 450,00 or € 1.250,-")),
            FormField(
                name: "betaler", label: page.text("payer"),
                description: l.pick("Wie betaalt, bijvoorbeeld gemeente.", "Who pays, for example gemeente.")),
            FormField(
                name: "waarde", label: page.text("value"),
                description: l.pick(
                    "Bij een besluit de uitkomst (toegekend, afgewezen), bij een overdracht de ontvanger, bij veiligheid een score.",
                    "For a decision its outcome (toegekend, afgewezen), for a handover the receiver, for safety a score.")),
        ]
        for index in fields.indices { fields[index].value = values[fields[index].name] ?? fields[index].value }
        if fields[3].value.isEmpty { fields[3].value = "gebeurtenis" }
        return FormFields(fields: fields)
    }

    /// The form's values for an existing event: its cells as the spreadsheet writes them.
    static func values(of event: Event, in journey: Journey) -> [String: String] {
        var single = journey
        single.events = [event]
        let text = String(decoding: JourneyFormat.csv.write([single]), as: UTF8.self)
        let rows = CSVTokenizer(delimiter: ";").rows(text).rows
        guard let header = rows.first?.cells.map({ $0.text.lowercased() }) else { return [:] }
        // Lanes without events get rows of their own (`baan`); the event's row is the one with its id.
        let idColumn = header.firstIndex(of: "id")
        guard
            let row = rows.dropFirst().first(where: { row in
                idColumn.map { $0 < row.cells.count && row.cells[$0].text == event.id } ?? false
            }) ?? rows.dropFirst().last
        else { return [:] }
        var values: [String: String] = [:]
        for (field, column) in columns {
            guard let index = header.firstIndex(of: column), index < row.cells.count else { continue }
            values[field] = row.cells[index].text
        }
        values["verwijst"] = event.links.first?.target ?? ""
        return values
    }

    /// Reads the form's cells as one spreadsheet row: a journey of that one event (without id and
    /// links) and its lanes as the reader made them, or the problems by field name.
    /// The event a link points to is written as a second row (so that the reader can check and
    /// type the link as `validate` would); only the first row's problems count.
    /// With `keepingCosts` the cost cells are left out (an edit that did not touch them keeps the
    /// event's cost lines, which may be price-list items the two fields cannot show).
    static func read(
        _ form: PageForm, in journey: Journey, keepingCosts: Bool = false, _ page: PageRequest
    ) -> (row: Journey?, errors: [String: String]) {
        var cells: [String: String] = [:]
        for (field, _) in columns { cells[field] = form[field].replacingOccurrences(of: "\r\n", with: "\n") }
        if keepingCosts {
            cells["kosten"] = ""
            cells["betaler"] = ""
        }
        cells["id"] = "formulier-gebeurtenis"
        if cells["soort"]?.isEmpty ?? true { cells["soort"] = EventKind.event.dutch }
        var target: [String: String]?
        if let id = cells["verwijst"], !id.isEmpty, let event = journey.event(withID: id) {
            target = values(of: event, in: journey)
            target?["id"] = id
            target?["verwijst"] = ""
        }
        var starts: [(column: Int, field: String)] = []
        let line = row(cells, starts: &starts)
        var ignored: [(column: Int, field: String)] = []
        var extra = target.map { [$0] } ?? []
        // A handover's receiver is a lane: a row of its own (`baan`) lets the reader know it.
        if cells["soort"]?.lowercased() == EventKind.handover.dutch, let receiver = cells["waarde"], !receiver.isEmpty {
            extra.append(["actor": receiver, "soort": "baan"])
        }
        let csv =
            columns.map(\.column).joined(separator: ";") + "\n" + line + "\n"
            + extra.map { row($0, starts: &ignored) + "\n" }.joined()
        let result = JourneyFormat.csv.read(Array(csv.utf8), file: "formulier")
        var errors: [String: String] = [:]
        let l = page.language
        let required = [
            (
                "datum",
                l.pick("Vul de datum in, bijvoorbeeld 15-7-2021 of medio 2021.", "Enter the date, for example 15-7-2021 or mid 2021.")
            ),
            ("actor", l.pick("Vul in wie handelt (een baan van de tijdlijn).", "Enter who acts (a lane of the timeline).")),
            ("titel", l.pick("Vul een korte titel in.", "Enter a short title.")),
        ]
        for (field, message) in required where form[field].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors[field] = message
        }
        for diagnostic in result.diagnostics where diagnostic.severity == .error && (diagnostic.location?.line ?? 2) <= 2 {
            let field =
                diagnostic.location.map { location in
                    location.line == 2 ? (starts.last { $0.column <= location.column }?.field ?? "titel") : "titel"
                } ?? "titel"
            var message = diagnostic.message(page.language).replacingOccurrences(of: " \"formulier-gebeurtenis\"", with: "")
            if let hint = diagnostic.hint { message += " (" + page.language.pick("tip: ", "hint: ") + hint(page.language) + ")" }
            if errors[field] == nil { errors[field] = Self.sentence(message) }
        }
        guard errors.isEmpty, var row = result.journeys.first,
            let index = row.events.firstIndex(where: { $0.id == "formulier-gebeurtenis" })
        else {
            if errors.isEmpty { errors["titel"] = page.language.pick("Vul de gebeurtenis in.", "Fill in the event.") }
            return (nil, errors)
        }
        row.events = [row.events[index]]
        return (row, [:])
    }

    /// One spreadsheet row of `cells` in `columns` order; `starts` gets each cell's first column.
    private static func row(_ cells: [String: String], starts: inout [(column: Int, field: String)]) -> String {
        var line = ""
        for (index, entry) in columns.enumerated() {
            if index > 0 { line += ";" }
            starts.append((line.count + 1, entry.field))
            line += CSVCellWriter.cell(cells[entry.field] ?? "", delimiter: ";", guardingFormulas: false)
        }
        return line
    }

    /// A message as a sentence: capital first letter.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
