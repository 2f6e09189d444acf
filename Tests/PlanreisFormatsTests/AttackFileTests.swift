import Foundation
import PlanreisFormats
import PlanreisModel
import PlanreisXML
import Testing

/// Hostile XML files (Tests/PlanreisFormatsTests/Attacks/): every XML reader refuses them with a
/// clear error, loads nothing from disk or network, and is done at once.
@Suite struct AttackFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Attacks")

    static func bytes(_ name: String) -> [UInt8] {
        (try? Array(Data(contentsOf: folder.appendingPathComponent(name)))) ?? []
    }

    /// Each committed attack: the file, what the safety check calls it, and the start of the
    /// Dutch message (after `file:line:col: fout: `).
    static let doctype = "het document heeft een DOCTYPE-declaratie"
    static let cases: [(file: String, kind: XMLProblem.Kind, dutch: String)] = [
        ("xxe-file.planreis.xml", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("xxe-http.planreis.xml", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("external-dtd.planreis.xml", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("parameter-entity.planreis.xml", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("billion-laughs.planreis.xml", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("entity-in-body.planreis.xml", .entityRefused, "het document declareert een entiteit"),
        ("xxe.xes", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
        ("billion-laughs.xes", .doctypeRefused, "het document heeft een DOCTYPE-declaratie"),
    ]

    @Test func everyAttackFileIsTested() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        let covered = Set(
            Self.cases.map(\.file) + ["doctype-in-body.planreis.xml", "undeclared-entity.planreis.xml", "xinclude.planreis.xml"])
        #expect(Set(files) == covered)
    }

    @Test(arguments: 0..<cases.count)
    func refusedByEveryReader(_ index: Int) throws {
        let c = Self.cases[index]
        let input = Self.bytes(c.file)
        #expect(!input.isEmpty)
        do {
            // The tree parser and the streaming reader of PlanreisXML.
            let outcome = ParsedXMLDocument.parse(input)
            #expect(outcome.document == nil)
            #expect(outcome.problems.map(\.kind) == [c.kind])
            #expect(outcome.problems.first?.stage == .safety)
            let stream = XMLStreamReader(bytes: input)
            #expect(stream.next() == nil)
            #expect(stream.problems.map(\.kind) == [c.kind])

            // Both format readers, whichever format the file pretends to be.
            for (name, result) in [("planreis", PlanreisXMLFormat.read(input, file: c.file)), ("xes", XESFormat.read(input, file: c.file))]
            {
                #expect(result.journeys.isEmpty, "\(name)")
                let errors = result.diagnostics.filter { $0.severity == .error }
                #expect(errors.count == 1, "\(name): \(result.diagnostics.map { $0.formatted(.en) })")
                let text = errors.first?.formatted(.nl) ?? ""
                // The streaming XES scanner meets the misplaced DOCTYPE before the entity it holds.
                let accepted = c.kind == .entityRefused ? [c.dutch, Self.doctype] : [c.dutch]
                #expect(text.hasPrefix("\(c.file):") && accepted.contains { text.contains(": fout: \($0)") }, "\(name): \(text)")
                #expect(!result.diagnostics.contains { $0.formatted(.en).contains("root:") }, "\(name) leaked /etc/passwd")
            }
        }
    }

    @Test func doctypeInsideTheRootIsNotWellFormed() {
        let result = PlanreisXMLFormat.read(Self.bytes("doctype-in-body.planreis.xml"), file: "d.xml")
        #expect(result.journeys.isEmpty)
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.location?.line == 3)
        #expect(XESFormat.read(Self.bytes("doctype-in-body.planreis.xml"), file: "d.xes").hasErrors)
    }

    @Test func undeclaredEntitiesAreErrorsNotExpansions() {
        let result = PlanreisXMLFormat.read(Self.bytes("undeclared-entity.planreis.xml"), file: "u.xml")
        #expect(result.journeys.isEmpty)
        let first = result.diagnostics.first?.formatted(.nl) ?? ""
        #expect(first.contains("onbekende entiteit \"&lol9;\""), "\(first)")
    }

    /// XInclude and xsi:schemaLocation are not acted on: the file is read, nothing is fetched.
    @Test func xincludeAndSchemaLocationLoadNothing() throws {
        let listener = try LocalListener()
        let text = String(decoding: Self.bytes("xinclude.planreis.xml"), as: UTF8.self)
            .replacingOccurrences(of: "127.0.0.1:9", with: "127.0.0.1:\(listener.port)")
            .replacingOccurrences(of: "file:///etc/passwd", with: "http://127.0.0.1:\(listener.port)/x")
        let result = PlanreisXMLFormat.read(Array(text.utf8), file: "x.xml")
        #expect(!result.hasErrors, "\(result.diagnostics.map { $0.formatted(.en) })")
        #expect(result.journeys.first?.events.count == 1)
        #expect(!result.journeys.flatMap(\.tags).contains { $0.value.contains("root:") })
        #expect(listener.connections() == 0)
    }

    /// Entities naming a local server: refused before anything is fetched.
    @Test func noNetworkRequestForExternalEntitiesOrDTD() throws {
        let listener = try LocalListener()
        let url = "http://127.0.0.1:\(listener.port)/x"
        let inputs = [
            "<?xml version=\"1.0\"?><!DOCTYPE p SYSTEM \"\(url)\"><p/>",
            "<!DOCTYPE p [<!ENTITY e SYSTEM \"\(url)\">]><p>&e;</p>",
            "<!DOCTYPE p [<!ENTITY % e SYSTEM \"\(url)\"> %e;]><p/>",
            "<p xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"\(url)\"/></p>",
        ]
        for input in inputs {
            _ = ParsedXMLDocument.parse(Array(input.utf8))
            let stream = XMLStreamReader(bytes: Array(input.utf8))
            while stream.next() != nil {}
            _ = XESFormat.read(Array(input.utf8), file: "n.xes")
        }
        #expect(listener.connections() == 0)
    }
}

/// A TCP listener on 127.0.0.1 that counts the connections made to it, to prove nothing was fetched.
final class LocalListener {
    let socket: Int32
    let port: Int

    init() throws {
        #if canImport(Glibc)
            let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = Darwin.socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            close(fd)
            throw POSIXError(.EIO)
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        socket = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    /// Connections waiting to be accepted (each is closed).
    func connections() -> Int {
        var count = 0
        while true {
            let client = accept(socket, nil, nil)
            guard client >= 0 else { return count }
            close(client)
            count += 1
        }
    }

    deinit { close(socket) }
}
