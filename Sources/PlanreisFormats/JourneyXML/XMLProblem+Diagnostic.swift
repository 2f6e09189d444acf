import PlanreisModel
import PlanreisXML

extension XMLProblem {
    /// The problem as a located diagnostic in Dutch and English; the original libxml2 text is
    /// kept when the message is not one this translation knows.
    func diagnostic(file: String, document root: ParsedXMLElement? = nil) -> Diagnostic {
        let location = position.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
        let (message, hint) = explanation(root: root)
        return Diagnostic(severity == .error ? .error : .warning, at: location, message, hint: hint)
    }

    /// `<event>` for an element of the planreis namespace, `<{ns}name>` for another.
    static func display(_ clark: String?) -> String {
        guard let clark else { return "?" }
        let prefix = "{\(PlanreisXMLReader.namespace)}"
        return clark.hasPrefix(prefix) ? "<\(clark.dropFirst(prefix.count))>" : "<\(clark)>"
    }

    private func explanation(root: ParsedXMLElement?) -> (Localized, Localized?) {
        let element = Self.display(self.element)
        let subject =
            attribute.map { Localized(nl: "attribuut \"\($0)\" van \(element)", en: "attribute \"\($0)\" of \(element)") }
            ?? Localized(nl: "de inhoud van \(element)", en: "the content of \(element)")
        func l(_ nl: String, _ en: String) -> Localized { Localized(nl: nl, en: en) }

        switch kind {
        case .doctypeRefused:
            return (
                l(
                    "het document heeft een DOCTYPE-declaratie; documenten met een DTD worden geweigerd",
                    "the document has a DOCTYPE declaration; documents with a DTD are refused"),
                l("verwijder de regel <!DOCTYPE …>; planreis leest geen DTD", "remove the <!DOCTYPE …> line; planreis reads no DTD")
            )
        case .entityRefused:
            return (
                l(
                    "het document declareert een entiteit (<!ENTITY …); dat wordt geweigerd",
                    "the document declares an entity (<!ENTITY …); that is refused"),
                l(
                    "schrijf de tekst voluit, of gebruik een tekenverwijzing zoals &#233;",
                    "write the text out, or use a character reference such as &#233;")
            )
        case .limitExceeded(let limit, let value):
            let diagnostic: Diagnostic
            switch limit {
            case .bytes: diagnostic = ReadLimits.exceeded(.bytes, value: value, at: nil)
            case .depth: diagnostic = ReadLimits.exceeded(.depth, value: value, at: nil)
            case .textLength: diagnostic = ReadLimits.exceeded(.textLength, value: value, at: nil)
            case .elements: diagnostic = ReadLimits.exceeded(.events, value: value, at: nil, elements: true)
            }
            return (diagnostic.message, diagnostic.hint)
        case .damagedCompression(let reason):
            let why = reason.isEmpty ? "" : " (\(reason))"
            return (
                l("het bestand kan niet worden uitgepakt\(why)", "the file cannot be decompressed\(why)"),
                l("het .gz-bestand is beschadigd of onvolledig", "the .gz file is damaged or incomplete")
            )
        case .unsupportedEncoding(let encoding):
            return (
                l(
                    "het document is gecodeerd als \(encoding); alleen UTF-8 wordt gelezen",
                    "the document is encoded as \(encoding); only UTF-8 is read"),
                l("sla het bestand op als UTF-8", "save the file as UTF-8")
            )
        case .undecodable(let bytes):
            return (
                l(
                    "de bytes \(bytes) passen niet bij de tekencodering die het document opgeeft",
                    "the bytes \(bytes) do not fit the character encoding the document declares"),
                l(
                    "sla het bestand op als UTF-8, of zet de juiste codering in de eerste regel (<?xml … encoding=\"…\"?>)",
                    "save the file as UTF-8, or put the right encoding in the first line (<?xml … encoding=\"…\"?>)")
            )
        case .empty:
            return (
                l("het document is leeg", "the document is empty"),
                l(
                    "begin met <planreis xmlns=\"urn:planreis:1\" version=\"1\">",
                    "start with <planreis xmlns=\"urn:planreis:1\" version=\"1\">")
            )
        case .tagMismatch(let open, let close):
            return (
                l("element <\(open)> wordt afgesloten met </\(close)>", "element <\(open)> is closed by </\(close)>"),
                l("sluit elk element af met dezelfde naam: </\(open)>", "close every element with the same name: </\(open)>")
            )
        case .undefinedEntity(let name):
            return (
                l("onbekende entiteit \"&\(name);\"", "unknown entity \"&\(name);\""),
                l(
                    "alleen &amp; &lt; &gt; &quot; en &apos; bestaan; schrijf een & als &amp;",
                    "only &amp; &lt; &gt; &quot; and &apos; exist; write a & as &amp;")
            )
        case .undefinedPrefix(let prefix):
            return (
                l("namespace-voorvoegsel \"\(prefix)\" is niet gedeclareerd", "namespace prefix \"\(prefix)\" is not declared"),
                l(
                    "voeg xmlns:\(prefix)=\"…\" toe aan het element of aan <planreis>",
                    "add xmlns:\(prefix)=\"…\" to the element or to <planreis>")
            )
        case .duplicateAttribute(let name):
            return (
                l("attribuut \"\(name)\" staat twee keer op hetzelfde element", "attribute \"\(name)\" appears twice on one element"),
                l("houd er één over", "keep one of them")
            )
        case .missingAttribute(let name):
            return (
                l("\(element) mist het verplichte attribuut \"\(name)\"", "\(element) lacks the required attribute \"\(name)\""),
                l("voeg \(name)=\"…\" toe", "add \(name)=\"…\"")
            )
        case .attributeNotAllowed(let name):
            return (
                l("attribuut \"\(name)\" is niet toegestaan op \(element)", "attribute \"\(name)\" is not allowed on \(element)"),
                PlanreisXMLVocabulary.attributeHint(name, on: self.element)
            )
        case .unexpectedElement(let expected):
            return (
                l("element \(element) hoort hier niet", "element \(element) is not expected here"),
                PlanreisXMLVocabulary.elementHint(self.element, expected: expected.map { Self.display($0) })
            )
        case .missingChild(let expected):
            let names = expected.map { Self.display($0) }.joined(separator: ", ")
            return (
                l(
                    "\(element) mist \(expected.count > 1 ? "een van " : "")\(names)",
                    "\(element) lacks \(expected.count > 1 ? "one of " : "")\(names)"),
                l("voeg \(names) toe op de juiste plaats", "add \(names) in its place")
            )
        case .enumeration(let value, let allowed):
            if attribute == "version" {
                return (
                    l(
                        "versie \"\(value)\" van het planreis-formaat wordt niet ondersteund",
                        "version \"\(value)\" of the planreis format is not supported"),
                    l("dit programma leest version=\"1\"", "this program reads version=\"1\"")
                )
            }
            return (
                l("waarde \"\(value)\" is niet toegestaan voor ", "value \"\(value)\" is not allowed for ") + subject,
                l("kies uit: \(allowed.joined(separator: ", "))", "choose from: \(allowed.joined(separator: ", "))")
            )
        case .pattern(let value, _) where attribute == "colour":
            return (
                l("kleur \"\(value)\" is geen #rrggbb-kleur", "colour \"\(value)\" is not an #rrggbb colour"),
                l("schrijf bijvoorbeeld colour=\"#0072B2\"", "write for example colour=\"#0072B2\"")
            )
        case .pattern(let value, _) where value.allSatisfy(\.isWhitespace):
            return (
                Localized(nl: "lege waarde voor ", en: "empty value for ") + subject,
                l("vul een waarde in of laat het attribuut weg", "fill in a value or leave the attribute out")
            )
        case .pattern(let value, let pattern):
            return (
                l("waarde \"\(value)\" past niet bij ", "value \"\(value)\" does not fit ") + subject,
                l("de waarde moet voldoen aan het patroon \(pattern)", "the value must match the pattern \(pattern)")
            )
        case .range(let value, let facet, let limit):
            let actual = value.isEmpty ? (attributeValue(root: root) ?? "") : value
            switch facet {
            case "minLength" where actual.allSatisfy(\.isWhitespace):
                return (
                    Localized(nl: "lege waarde voor ", en: "empty value for ") + subject,
                    l("vul een waarde in", "fill in a value")
                )
            case "maxInclusive", "maxExclusive":
                return (
                    l("waarde \"\(actual)\" van ", "value \"\(actual)\" of ") + subject
                        + l(" is groter dan \(limit)", " is greater than \(limit)"),
                    l("geef een getal tot en met \(limit)", "give a number up to \(limit)")
                )
            case "minInclusive", "minExclusive":
                return (
                    l("waarde \"\(actual)\" van ", "value \"\(actual)\" of ") + subject
                        + l(" is kleiner dan \(limit)", " is less than \(limit)"),
                    l("geef een getal vanaf \(limit)", "give a number from \(limit)")
                )
            default:
                return (l("waarde \"\(actual)\" past niet bij ", "value \"\(actual)\" does not fit ") + subject, Localized(message))
            }
        case .datatype(let value, let type):
            let wanted: Localized =
                switch type {
                case "xs:integer": l(" is geen geheel getal", " is not a whole number")
                case "xs:nonNegativeInteger": l(" is geen geheel getal van 0 of meer", " is not a whole number of 0 or more")
                default: l(" is geen waarde van het type \(type)", " is not a value of type \(type)")
                }
            return (
                l("waarde \"\(value)\" van ", "value \"\(value)\" of ") + subject + wanted,
                l("schrijf alleen cijfers, bijvoorbeeld 12", "write digits only, for example 12")
            )
        case .textNotAllowed:
            return (
                l("tekst is hier niet toegestaan, in \(element)", "text is not allowed here, in \(element)"),
                l("zet tekst in <description> of verwijder hem", "put text in <description> or remove it")
            )
        case .elementsNotAllowed:
            return (
                l("\(element) mag geen elementen bevatten", "\(element) may not contain elements"),
                l("schrijf alleen tekst in \(element)", "write only text in \(element)")
            )
        case .unknownRoot:
            return PlanreisXMLVocabulary.rootExplanation(root)
        case .other:
            return stage == .wellFormedness
                ? (l("geen goed gevormde XML: \(message)", "XML is not well-formed: \(message)"), nil)
                : (Localized(message), nil)
        }
    }

    /// The value of the attribute the problem names, looked up in the document.
    private func attributeValue(root: ParsedXMLElement?) -> String? {
        guard let attribute, let elementIndex, let element = root?.element(withIndex: elementIndex) else { return nil }
        return element.attributes.first { $0.name.localName == attribute || $0.name.clark == attribute }?.value
    }
}
