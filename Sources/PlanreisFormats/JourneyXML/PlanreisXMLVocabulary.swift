import PlanreisModel
import PlanreisXML

/// What the planreis XML format allows where, for hints that name the right word.
enum PlanreisXMLVocabulary {
    /// Attributes each planreis element allows, in canonical order.
    static let attributes: [String: [String]] = [
        "planreis": ["version"], "journey": ["id"], "member": ["role", "name"], "tag": ["key"],
        "actor": ["id", "group", "name", "colour", "order"],
        "event": ["id", "kind", "actor", "to", "date", "end", "value", "scoredBy", "category"],
        "resolves": ["ref"], "answers": ["ref"], "delivers": ["ref"], "relates": ["ref"],
        "cost": ["amount", "item", "quantity", "periods", "payer", "note"],
        "avoids": ["title", "likelihood", "horizon"],
    ]

    private static func localName(_ clark: String?) -> String? {
        guard let clark else { return nil }
        let prefix = "{\(PlanreisXMLReader.namespace)}"
        return clark.hasPrefix(prefix) ? String(clark.dropFirst(prefix.count)) : nil
    }

    static func attributeHint(_ name: String, on element: String?) -> Localized {
        let foreign = Localized(
            nl: "extra gegevens mogen in een eigen namespace (xmlns:x=\"…\" en x:\(name)=\"…\"); die worden als tag bewaard",
            en: "extra data may go in a namespace of your own (xmlns:x=\"…\" and x:\(name)=\"…\"); it is kept as a tag")
        guard let local = localName(element), let allowed = attributes[local] else { return foreign }
        let list = allowed.joined(separator: ", ")
        if let guess = Suggestion.closest(to: name, in: allowed) {
            return Localized(
                nl: "bedoelt u \"\(guess)\"? Toegestaan op <\(local)>: \(list)",
                en: "did you mean \"\(guess)\"? Allowed on <\(local)>: \(list)")
        }
        return Localized(nl: "toegestaan op <\(local)>: \(list); ", en: "allowed on <\(local)>: \(list); ") + foreign
    }

    static func elementHint(_ element: String?, expected: [String]) -> Localized {
        let name = localName(element) ?? element ?? "?"
        if expected.isEmpty {
            return Localized(
                nl: "hier mag geen element meer staan; de volgorde van de elementen ligt vast",
                en: "no element may stand here; the order of elements is fixed")
        }
        let list = expected.joined(separator: ", ")
        let bare = expected.map { $0.strippingXMLBrackets("<>") }
        if let guess = Suggestion.closest(to: name, in: bare), guess != name {
            return Localized(nl: "bedoelt u <\(guess)>? Hier verwacht: \(list)", en: "did you mean <\(guess)>? Expected here: \(list)")
        }
        return Localized(
            nl: "hier verwacht: \(list); de volgorde van de elementen ligt vast",
            en: "expected here: \(list); the order of elements is fixed")
    }

    static func rootExplanation(_ root: ParsedXMLElement?) -> (Localized, Localized?) {
        let hint = Localized(
            nl: "begin met <planreis xmlns=\"urn:planreis:1\" version=\"1\">",
            en: "start with <planreis xmlns=\"urn:planreis:1\" version=\"1\">")
        if let root, root.name.localName == "planreis" {
            let ns = root.name.namespace.map { "\"\($0)\"" } ?? "geen"
            let nsEn = root.name.namespace.map { "\"\($0)\"" } ?? "none"
            return (
                Localized(
                    nl: "<planreis> heeft de verkeerde namespace (\(ns)); verwacht urn:planreis:1",
                    en: "<planreis> has the wrong namespace (\(nsEn)); expected urn:planreis:1"), hint
            )
        }
        let name = root?.name.qualified ?? "?"
        return (
            Localized(
                nl: "het root-element <\(name)> is geen planreis-document", en: "the root element <\(name)> is not a planreis document"),
            hint
        )
    }

    /// The accepted words for a hint, canonical Dutch first.
    static func acceptedKinds() -> String { EventKind.acceptedWords }
    static func acceptedGroups() -> String { ActorGroup.allCases.map(\.dutch).joined(separator: ", ") }
}

extension String {
    fileprivate func strippingXMLBrackets(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
