import PlanreisModel

/// The canonical planreis XML format (`*.planreis.xml`): read with every problem located, and
/// written deterministically.
package enum PlanreisXMLFormat {
    /// Reads a planreis XML document: journeys, their source maps and every problem found.
    public static func read(_ bytes: [UInt8], file: String, limits: ReadLimits = .default) -> ReadResult {
        PlanreisXMLReader(file: file, limits: limits).read(bytes)
    }

    /// Writes journeys as a canonical planreis XML document (UTF-8 text).
    public static func write(_ journeys: [Journey]) -> String {
        PlanreisXMLWriter().write(journeys)
    }

    /// The XSD schema the reader enforces, as shipped; nil when the resource is missing.
    public static var schema: String? { PlanreisXMLSchema.text }
}
