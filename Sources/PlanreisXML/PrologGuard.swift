/// The check that runs before libxml2 sees a document: neither planreis XML nor XES ever needs a
/// DTD, and libxml2 2.9.14 cannot be made safe against entity blow-up, so any DOCTYPE or entity
/// declaration is refused, as are encodings whose bytes this check cannot read.
enum PrologGuard {
    /// The outcome: problems (empty when the document may be parsed) and whether the declared
    /// encoding is a single-byte one (columns then count bytes).
    struct Verdict {
        var problems: [XMLProblem] = []
        var singleByteEncoding = false
    }

    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Verdict {
        var verdict = Verdict()
        if let encoding = XMLEncodingSniff.foreign(bytes) {
            verdict.problems.append(
                XMLProblem(
                    .error, stage: .safety, kind: .unsupportedEncoding(encoding), position: XMLPosition(line: 1, column: 1),
                    message: "the document is encoded as \(encoding); only UTF-8 (or an ASCII-compatible encoding) is read"))
            return verdict
        }
        var cursor = SourceCursor(bytes)
        while !cursor.isAtEnd {
            cursor.skipSpaces()
            if cursor.looksAt("<?") {
                let start = cursor.offset
                cursor.skip(past: "?>")
                if let name = XMLEncodingSniff.declared(UnsafeBufferPointer(rebasing: bytes[start..<cursor.offset])) {
                    verdict.singleByteEncoding = XMLEncodingSniff.isSingleByte(name)
                }
            } else if cursor.looksAt("<!--") {
                cursor.skip(past: "-->")
            } else if cursor.looksAtIgnoringCase("<!DOCTYPE") {
                verdict.problems.append(
                    XMLProblem(
                        .error, stage: .safety, kind: .doctypeRefused, position: cursor.position,
                        message: "the document has a DOCTYPE declaration; documents with a DTD are refused"))
                break
            } else {
                break
            }
        }
        // An entity declaration can only stand in a DTD, which is refused above; look for one
        // anywhere as well, so that a hidden or malformed one is named clearly.
        if verdict.problems.isEmpty, let position = findEntityDeclaration(bytes) {
            verdict.problems.append(
                XMLProblem(
                    .error, stage: .safety, kind: .entityRefused, position: position,
                    message: "the document declares an entity (<!ENTITY); entity declarations are refused"))
        }
        return verdict
    }

    /// Jumps from `<` to `<` with memchr, skipping comments and CDATA sections; the position is
    /// counted only for a hit.
    private static func findEntityDeclaration(_ bytes: UnsafeBufferPointer<UInt8>) -> XMLPosition? {
        var i = 0
        while let at = bytes.offset(of: UInt8(ascii: "<"), from: i) {
            if bytes.matches("<!--", at: at) {
                guard let end = bytes.offset(of: "-->", from: at + 4) else { return nil }
                i = end + 3
            } else if bytes.matches("<![CDATA[", at: at) {
                guard let end = bytes.offset(of: "]]>", from: at + 9) else { return nil }
                i = end + 3
            } else if bytes.matches("<!ENTITY", at: at, ignoringCase: true) {
                return bytes.position(of: at)
            } else {
                i = at + 1
            }
        }
        return nil
    }
}
