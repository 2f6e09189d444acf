import PlanreisModel
import PlanreisXML

/// Reads planreis XML: refuses a DTD, checks well-formedness, validates against the schema,
/// builds the journeys and runs the model's semantic checks, reporting every problem with its
/// line and column.
package struct PlanreisXMLReader {
    /// The namespace of the format.
    public static let namespace = "urn:planreis:1"
    /// Attributes in this namespace are instructions for XML tools, not data: left out silently.
    static let schemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance"

    /// The file name used in every diagnostic.
    public let file: String
    /// Inputs past these are refused before parsing (size, depth, text length) or after it (events).
    public var limits: ReadLimits

    public init(file: String, limits: ReadLimits = .default) {
        self.file = file
        self.limits = limits
    }

    /// Reads a whole document.
    public func read(_ bytes: [UInt8]) -> ReadResult {
        let outcome = ParsedXMLDocument.parse(bytes, limits: limits.xml)
        var diagnostics = outcome.problems.map { $0.diagnostic(file: file) }
        guard let document = outcome.document else { return ReadResult(diagnostics: diagnostics.sortedByLocation()) }
        let root = document.root

        let problems: [XMLProblem]
        switch PlanreisXMLSchema.compiled {
        case .success(let schema): problems = document.validate(against: schema)
        case .failure(let error): problems = error.problems
        }
        diagnostics += problems.map { $0.diagnostic(file: file, document: root) }
        guard root.name.localName == "planreis", root.name.namespace == Self.namespace else {
            if !problems.contains(where: { $0.kind == .unknownRoot }) {
                diagnostics.append(
                    .error(
                        at: location(root.position), PlanreisXMLVocabulary.rootExplanation(root).0,
                        hint: PlanreisXMLVocabulary.rootExplanation(root).1))
            }
            return ReadResult(diagnostics: diagnostics.sortedByLocation())
        }

        var rootTags: [Tag] = []
        var rootWarnings: [Diagnostic] = []
        XMLForeignContent.gather(root, file: file, owner: .file, into: &rootTags, warnings: &rootWarnings, skipping: { _ in true })
        diagnostics += rootWarnings

        // A semantic check that fires where the schema already found an error only repeats it.
        let schemaErrors = Set(problems.filter { $0.severity == .error }.compactMap { $0.position.map(location) })
        var result = ReadResult()
        var journeyIDs: [String: SourceLocation] = [:]
        for element in root.children("journey", namespace: Self.namespace) {
            var builder = XMLJourneyBuilder(file: file, element: element)
            builder.reported = schemaErrors
            var journey = builder.build()
            journey.tags += rootTags
            if let first = journeyIDs[journey.id], !journey.id.isEmpty {
                builder.diagnostics.append(
                    .error(
                        at: builder.location(element.attribute("id")?.position ?? element.position),
                        Localized(nl: "dubbele casus-id \"\(journey.id)\"", en: "duplicate journey id \"\(journey.id)\""),
                        hint: Localized(
                            nl: "de eerste staat op regel \(first.line); geef elke casus een eigen id",
                            en: "the first is on line \(first.line); give every journey its own id")))
            } else {
                journeyIDs[journey.id] = builder.location(element.position)
            }
            diagnostics += builder.diagnostics
            diagnostics += builder.checked(journey)
            result.journeys.append(journey)
            result.sourceMaps.append(builder.map)
        }
        let events = result.journeys.reduce(0) { $0 + $1.events.count }
        if events > limits.maxEvents {
            return ReadResult(diagnostics: [ReadLimits.exceeded(.events, value: limits.maxEvents, at: location(root.position))])
        }
        result.diagnostics = diagnostics.sortedByLocation()
        return result
    }

    func location(_ position: XMLPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }
}
