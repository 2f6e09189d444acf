/// Lists the start tags of a well-formed, DTD-free document in document order, with the exact
/// position of each `<` and of each attribute name. libxml2 nodes carry only a line; matching
/// these tags to libxml2's elements by document order gives exact columns.
struct StartTagScanner {
    struct Attribute {
        var qualifiedName: String
        var position: XMLPosition
        var valuePosition: XMLPosition
    }

    struct Tag {
        var qualifiedName: String
        var position: XMLPosition
        var attributes: [Attribute]
        var isEmpty: Bool
    }

    private var cursor: SourceCursor

    init(_ bytes: UnsafeBufferPointer<UInt8>, bytesAreCharacters: Bool = false) {
        cursor = SourceCursor(bytes, bytesAreCharacters: bytesAreCharacters)
    }

    /// The next start tag, or nil at the end.
    mutating func next() -> Tag? {
        while !cursor.isAtEnd {
            guard cursor.current == UInt8(ascii: "<") else {
                cursor.advance()
                continue
            }
            if cursor.looksAt("<!--") {
                cursor.skip(past: "-->")
            } else if cursor.looksAt("<![CDATA[") {
                cursor.skip(past: "]]>")
            } else if cursor.looksAt("<?") {
                cursor.skip(past: "?>")
            } else if cursor.looksAt("<!") || cursor.looksAt("</") {
                cursor.skip(past: ">")
            } else {
                return startTag()
            }
        }
        return nil
    }

    private mutating func startTag() -> Tag {
        let position = cursor.position
        cursor.advance()
        let name = cursor.readName()
        var attributes: [Attribute] = []
        while true {
            cursor.skipSpaces()
            guard let b = cursor.current else { break }
            if b == UInt8(ascii: ">") {
                cursor.advance()
                return Tag(qualifiedName: name, position: position, attributes: attributes, isEmpty: false)
            }
            if b == UInt8(ascii: "/") {
                cursor.advance(by: 2)
                return Tag(qualifiedName: name, position: position, attributes: attributes, isEmpty: true)
            }
            let attributePosition = cursor.position
            let attributeName = cursor.readName()
            cursor.skipSpaces()
            if cursor.current == UInt8(ascii: "=") { cursor.advance() }
            cursor.skipSpaces()
            let quote = cursor.current
            cursor.advance()
            let valuePosition = cursor.position
            while let c = cursor.current, c != quote { cursor.advance() }
            cursor.advance()
            if attributeName.isEmpty { break }  // not well-formed; stop rather than loop
            attributes.append(Attribute(qualifiedName: attributeName, position: attributePosition, valuePosition: valuePosition))
        }
        return Tag(qualifiedName: name, position: position, attributes: attributes, isEmpty: false)
    }
}
