import Testing

@testable import PlanreisServer

@Suite("Workbench: multipart/form-data")
struct WebMultipartTests {
    @Test func partsWithQuotedNamesPreambleAndBinaryBodies() throws {
        #expect(MultipartForm.boundary(contentType: #"multipart/form-data; boundary="a b""#) == "a b")
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; charset=utf-8; boundary=xyz") == "xyz")
        #expect(MultipartForm.boundary(contentType: "text/plain; boundary=xyz") == nil)
        let body: [UInt8] =
            Array("preamble\r\n--xyz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken\r\n".utf8)
            + Array("--xyz\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"a \\\"b\\\";c.csv\"\r\n".utf8)
            + Array("Content-Type: text/csv\r\n\r\n".utf8) + [0, 13, 10, 45, 45, 255] + Array("\r\n--xyz--\r\n".utf8)
        let form = try MultipartForm(body, boundary: "xyz")
        #expect(form.parts.count == 2)
        #expect(form["csrf"] == "token")
        #expect(form.part("bestand")?.filename == #"a "b";c.csv"#)
        #expect(form.part("bestand")?.contentType == "text/csv")
        #expect(form.part("bestand")?.body == [0, 13, 10, 45, 45, 255])
    }

    @Test(arguments: [
        "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end",
        "--xyz\r\nContent-Disposition: form-data\r\n\r\nx\r\n--xyz--",
        "--xyz\r\nno headers end",
        "nothing at all",
    ])
    func malformedBodiesAreRefusedNotTrappedOn(_ text: String) {
        #expect(throws: MultipartForm.Problem.self) { try MultipartForm(Array(text.utf8), boundary: "xyz") }
    }
}
