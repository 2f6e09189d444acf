import Foundation
import PlanreisXML

/// The XSD schema of the planreis XML format, shipped as a resource and compiled once.
enum PlanreisXMLSchema {
    /// The schema text, or nil when the resource is missing.
    static let text: String? = {
        guard let url = Bundle.module.url(forResource: "planreis", withExtension: "xsd"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }()

    /// The compiled schema, or the problems that kept it from compiling.
    static let compiled: Result<XMLSchema, XMLSchemaError> = {
        guard let text else {
            return .failure(
                XMLSchemaError(problems: [
                    XMLProblem(
                        .error, stage: .schema, kind: .other, position: nil,
                        message: "the schema resource planreis.xsd is missing from the installation")
                ]))
        }
        return Result { () throws(XMLSchemaError) in try XMLSchema(bytes: Array(text.utf8)) }
    }()
}
