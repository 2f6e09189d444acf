/// An attribute of a parsed element, with where its name starts in the source.
public struct ParsedXMLAttribute: Hashable, Sendable {
    public var name: XMLName
    /// The value with character and predefined entity references resolved.
    public var value: String
    /// Where the attribute's name starts.
    public var position: XMLPosition
    /// Where the value starts (just after the opening quote).
    public var valuePosition: XMLPosition

    public init(name: XMLName, value: String, position: XMLPosition, valuePosition: XMLPosition) {
        self.name = name
        self.value = value
        self.position = position
        self.valuePosition = valuePosition
    }
}

/// An element of a parsed document: a small read-only tree in Swift values, with exact source
/// positions of the start tag and of every attribute.
public struct ParsedXMLElement: Hashable, Sendable {
    public var name: XMLName
    /// Attributes in source order; namespace declarations (`xmlns`, `xmlns:p`) are not included.
    public var attributes: [ParsedXMLAttribute]
    /// Child elements in document order.
    public var children: [ParsedXMLElement]
    /// The element's own text (text and CDATA children concatenated, child elements left out).
    public var text: String
    /// Where the start tag's `<` stands.
    public var position: XMLPosition
    /// Position in document order (the root is 0).
    public var index: Int

    public init(
        name: XMLName, attributes: [ParsedXMLAttribute] = [], children: [ParsedXMLElement] = [], text: String = "",
        position: XMLPosition, index: Int
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.position = position
        self.index = index
    }

    /// The attribute with this local name and namespace (nil: no namespace, as unprefixed attributes are).
    public func attribute(_ localName: String, namespace: String? = nil) -> ParsedXMLAttribute? {
        attributes.first { $0.name.localName == localName && $0.name.namespace == namespace }
    }

    /// The value of the attribute with this local name and namespace.
    public subscript(_ localName: String, namespace namespace: String? = nil) -> String? {
        attribute(localName, namespace: namespace)?.value
    }

    /// Child elements with this local name in this namespace.
    public func children(_ localName: String, namespace: String?) -> [ParsedXMLElement] {
        children.filter { $0.name.localName == localName && $0.name.namespace == namespace }
    }

    /// The first child element with this local name in this namespace.
    public func child(_ localName: String, namespace: String?) -> ParsedXMLElement? {
        children.first { $0.name.localName == localName && $0.name.namespace == namespace }
    }

    /// The element's own text followed by the text of its descendants (mixed content is not interleaved).
    public var allText: String {
        children.isEmpty ? text : text + children.map(\.allText).joined()
    }
}

extension ParsedXMLElement {
    /// The element with this document-order index in this subtree.
    public func element(withIndex wanted: Int) -> ParsedXMLElement? {
        var element = self
        while element.index != wanted {
            // Children are in document order; the last one starting at or before `wanted` holds it.
            var low = 0, high = element.children.count
            while low < high {
                let middle = (low + high) / 2
                if element.children[middle].index <= wanted { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            element = element.children[low - 1]
        }
        return element
    }
}
