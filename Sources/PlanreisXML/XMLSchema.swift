internal import CLibXML2

/// Why a schema could not be read.
public struct XMLSchemaError: Error, Hashable, Sendable {
    public var problems: [XMLProblem]

    public init(problems: [XMLProblem]) {
        self.problems = problems
    }
}

/// A compiled XSD schema. Compiled schemas are read-only and may validate documents from
/// several threads at once.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr

    /// Compiles a schema from its bytes (trusted: the schema ships with the program).
    public init(bytes: [UInt8]) throws(XMLSchemaError) {
        LibXML2.initialise()
        let collector = XMLErrorCollector()
        let compiled: xmlSchemaPtr? = bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress,
                let context = xmlSchemaNewMemParserCtxt(UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(buffer.count))
            else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            xmlSchemaSetParserStructuredErrors(context, XMLErrorCollector.handler, collector.opaque)
            return withExtendedLifetime(collector) { xmlSchemaParse(context) }
        }
        guard let compiled else {
            var problems = collector.errors.map {
                XMLProblem(
                    $0.severity, stage: .schema, kind: .other,
                    position: $0.line > 0 ? XMLPosition(line: $0.line, column: max(1, $0.column)) : nil,
                    message: $0.message, code: $0.code)
            }
            if problems.isEmpty {
                problems.append(
                    XMLProblem(.error, stage: .schema, kind: .other, position: nil, message: "the schema could not be compiled"))
            }
            throw XMLSchemaError(problems: problems)
        }
        pointer = compiled
    }

    deinit { xmlSchemaFree(pointer) }
}
