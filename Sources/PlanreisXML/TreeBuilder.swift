internal import CLibXML2

/// Copies libxml2's tree into `ParsedXMLElement` values, taking exact positions from the
/// start-tag scanner (both walk the document in order).
struct TreeBuilder {
    let doc: xmlDocPtr
    var scanner: StartTagScanner
    private var nextIndex = 0

    init(doc: xmlDocPtr, scanner: StartTagScanner) {
        self.doc = doc
        self.scanner = scanner
    }

    mutating func element(_ node: xmlNodePtr) -> ParsedXMLElement {
        let name = Self.name(node.pointee.name, node.pointee.ns)
        let tag = scanner.next()
        let matches = tag?.qualifiedName == name.qualified
        let position = matches ? tag!.position : XMLPosition(line: Int(xmlGetLineNo(node)), column: 1)
        var element = ParsedXMLElement(name: name, position: position, index: nextIndex)
        nextIndex += 1

        var attribute = node.pointee.properties
        while let a = attribute {
            let attributeName = Self.name(a.pointee.name, a.pointee.ns)
            // Without a DTD an attribute's children are text nodes: libxml2 has already
            // replaced character and predefined entity references.
            var value = ""
            var part = a.pointee.children
            while let p = part {
                if p.pointee.type == XML_TEXT_NODE, let content = p.pointee.content { value += String(cString: content) }
                part = p.pointee.next
            }
            let scanned = matches ? tag!.attributes.first { $0.qualifiedName == attributeName.qualified } : nil
            element.attributes.append(
                ParsedXMLAttribute(
                    name: attributeName, value: value, position: scanned?.position ?? position,
                    valuePosition: scanned?.valuePosition ?? position))
            attribute = a.pointee.next
        }

        var child = node.pointee.children
        while let c = child {
            switch c.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(self.element(c))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = c.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = c.pointee.next
        }
        return element
    }

    static func name(_ local: UnsafePointer<xmlChar>?, _ ns: xmlNsPtr?) -> XMLName {
        XMLName(
            namespace: ns?.pointee.href.map { String(cString: $0) },
            localName: local.map { String(cString: $0) } ?? "",
            prefix: ns?.pointee.prefix.map { String(cString: $0) })
    }
}
