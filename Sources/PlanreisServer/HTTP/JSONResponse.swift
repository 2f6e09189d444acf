import Foundation
import Hummingbird
import PlanreisAnalysis
import PlanreisText

/// Building responses and reading JSON bodies.
enum JSONResponse {
    /// A JSON response of an ordered value.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        text(value.serialized() + "\n", type: "application/json; charset=utf-8", status: status, headers: headers)
    }

    /// A response with a text body of a media type.
    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Array(text.utf8), type: type, status: status, headers: headers)
    }

    static func bytes(_ bytes: [UInt8], type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = type
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The request body as bytes.
    static func body(_ request: Request, context: RegisterContext) async throws -> [UInt8] {
        var request = request
        do {
            let buffer = try await request.collectBody(upTo: context.maxUploadSize)
            return Array(buffer.readableBytesView)
        } catch {
            throw APIError(
                status: .contentTooLarge, code: "te-groot",
                message: .init(
                    nl: "het verzoek is groter dan \(context.maxUploadSize >> 20) MiB",
                    en: "the request is larger than \(context.maxUploadSize >> 20) MiB"))
        }
    }

    /// The request body as a JSON object, or 400 naming what is wrong.
    static func object(_ request: Request, context: RegisterContext) async throws -> [String: Any] {
        let bytes = try await body(request, context: context)
        guard let value = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]),
            let object = value as? [String: Any]
        else {
            throw APIError.badRequest(.init(nl: "de body moet een JSON-object zijn", en: "the body must be a JSON object"))
        }
        return object
    }

    /// A required string member of a JSON object.
    static func string(_ object: [String: Any], _ key: String) throws -> String {
        guard let value = object[key] as? String else {
            throw APIError.badRequest(
                .init(nl: "veld \"\(key)\" ontbreekt of is geen tekst", en: "field \"\(key)\" is missing or not text"))
        }
        return value
    }
}
