/// One field of a form in the NL Design System pattern: a visible label, an optional
/// description, an error message tied to the control with `aria-describedby` (and
/// `aria-invalid`), the value as typed. `context` is what `field.mustache` renders.
struct FormField {
    enum Control: String {
        case text, password, search, textarea, select
    }

    /// One choice of a select.
    struct Option {
        var value: String
        var label: String
    }

    var name: String
    var label: String
    var value: String = ""
    var control: Control = .text
    var description: String?
    var error: String?
    var required = false
    var options: [Option] = []
    /// Suggestions offered in a `<datalist>` (free text stays allowed).
    var suggestions: [String] = []
    var autocomplete: String?
    /// A live check the script runs while typing (`date`, `amount`).
    var check: String?
    /// The input's `type` when it is not the control's (`file`).
    var inputType: String?
    /// The file endings a file input offers.
    var accept: String?

    /// The control's id (`veld-<name>`); the error summary links to it.
    var id: String { "veld-" + name }

    var context: [String: Any] {
        var values: [String: Any] = [
            "id": id, "name": name, "label": label, "value": value, "type": inputType ?? control.rawValue,
            "errorID": id + "-fout", "descriptionID": id + "-uitleg",
        ]
        values[control == .textarea ? "isTextarea" : control == .select ? "isSelect" : "isInput"] = true
        var describedBy: [String] = []
        if let description {
            values["description"] = description
            describedBy.append(id + "-uitleg")
        }
        // The error element is always there (empty and hidden when valid) so the live check can fill it.
        describedBy.append(id + "-fout")
        if let error {
            values["error"] = error
            values["invalid"] = true
        }
        values["describedBy"] = describedBy.joined(separator: " ")
        if required { values["required"] = true }
        if let autocomplete { values["autocomplete"] = autocomplete }
        if let check { values["check"] = check }
        if let accept { values["accept"] = accept }
        if !options.isEmpty {
            values["options"] = options.map { option -> [String: Any] in
                var entry: [String: Any] = ["value": option.value, "label": option.label]
                if option.value == value { entry["selected"] = true }
                return entry
            }
        }
        if !suggestions.isEmpty {
            values["listID"] = id + "-suggesties"
            values["suggestions"] = suggestions.map { ["value": $0] }
        }
        return values
    }
}

/// The fields of one form and the summary of their errors.
struct FormFields {
    var fields: [FormField]

    subscript(_ name: String) -> FormField? {
        get { fields.first { $0.name == name } }
        set {
            guard let newValue, let index = fields.firstIndex(where: { $0.name == name }) else { return }
            fields[index] = newValue
        }
    }

    var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Sets the error of field `name`.
    mutating func fail(_ name: String, _ message: String) {
        guard let index = fields.firstIndex(where: { $0.name == name }) else { return }
        if fields[index].error == nil { fields[index].error = message }
    }

    /// `fields` (each by name too, as `field_<name>`) and `errors` (the summary: label, message, link).
    var context: [String: Any] {
        var values: [String: Any] = ["fields": fields.map(\.context)]
        for field in fields { values["field_" + field.name] = field.context }
        let errors = fields.compactMap { field -> [String: Any]? in
            guard let error = field.error else { return nil }
            return ["href": "#" + field.id, "label": field.label, "message": error]
        }
        if !errors.isEmpty {
            values["errors"] = errors
            values["hasErrors"] = true
        }
        return values
    }
}
