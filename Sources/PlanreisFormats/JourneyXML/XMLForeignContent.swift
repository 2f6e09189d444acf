import PlanreisModel
import PlanreisXML

/// Attributes and elements in other namespaces: allowed by the schema, kept as tags, each
/// with a warning so that nothing unknown disappears silently.
enum XMLForeignContent {
    /// What the tags are attached to, for the warning.
    enum Owner {
        case file, journey, event

        var words: Localized {
            switch self {
            case .file: Localized(nl: "van elke casus in het bestand", en: "of every journey in the file")
            case .journey: Localized(nl: "van de casus", en: "of the journey")
            case .event: Localized(nl: "van de gebeurtenis", en: "of the event")
            }
        }
    }

    /// `prefix:local` as written, or `{namespace}local` without a prefix.
    static func key(_ name: XMLName) -> String {
        if let prefix = name.prefix { return "\(prefix):\(name.localName)" }
        return name.clark
    }

    static func isForeign(_ name: XMLName) -> Bool {
        guard let namespace = name.namespace else { return false }
        return namespace != PlanreisXMLReader.namespace && namespace != PlanreisXMLReader.schemaInstanceNamespace
    }

    /// Collects the foreign attributes of `element` and its planreis descendants, and its foreign
    /// child elements (whose text becomes the tag's value), not descending into children for
    /// which `skipping` is true.
    static func gather(
        _ element: ParsedXMLElement, file: String, owner: Owner, into tags: inout [Tag], warnings: inout [Diagnostic],
        skipping: (ParsedXMLElement) -> Bool
    ) {
        func location(_ p: XMLPosition) -> SourceLocation { SourceLocation(file: file, line: p.line, column: p.column) }
        for attribute in element.attributes where isForeign(attribute.name) {
            let key = key(attribute.name)
            tags.append(Tag(key, attribute.value))
            warnings.append(
                .warning(
                    at: location(attribute.position),
                    Localized(
                        nl: "onbekend attribuut \"\(key)\" (namespace \(attribute.name.namespace!)) bewaard als tag ",
                        en: "unknown attribute \"\(key)\" (namespace \(attribute.name.namespace!)) kept as a tag ") + owner.words,
                    hint: Localized(
                        nl: "planreis gebruikt dit attribuut niet; het blijft bewaard als tag \"\(key)\"",
                        en: "planreis does not use this attribute; it is kept as tag \"\(key)\"")))
        }
        for child in element.children {
            if isForeign(child.name) {
                let key = key(child.name)
                tags.append(Tag(key, trimmed(child.allText)))
                warnings.append(
                    .warning(
                        at: location(child.position),
                        Localized(
                            nl: "onbekend element <\(key)> (namespace \(child.name.namespace!)) bewaard als tag ",
                            en: "unknown element <\(key)> (namespace \(child.name.namespace!)) kept as a tag ") + owner.words,
                        hint: Localized(
                            nl: "alleen de tekst blijft bewaard, als tag \"\(key)\"; attributen en structuur erin niet",
                            en: "only its text is kept, as tag \"\(key)\"; its attributes and structure are not")))
            } else if child.name.namespace == PlanreisXMLReader.namespace, !skipping(child) {
                gather(child, file: file, owner: owner, into: &tags, warnings: &warnings, skipping: skipping)
            }
        }
    }

    static func trimmed(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
