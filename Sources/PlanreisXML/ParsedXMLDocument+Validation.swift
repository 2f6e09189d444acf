internal import CLibXML2

extension ParsedXMLDocument {
    /// Validates the document against `schema` and returns every validity problem, each at the
    /// exact position of its element (or of the attribute the message names).
    ///
    /// libxml2 stops checking a parent's remaining content after an element it did not expect;
    /// so the check runs on a copy, takes the unexpected elements out and checks again until
    /// nothing new turns up, so that one misplaced element does not hide the rest.
    public func validate(against schema: XMLSchema) -> [XMLProblem] {
        withDoc { doc in
            guard let copy = xmlCopyDoc(doc, 1) else {
                return [XMLProblem(.error, stage: .validity, kind: .other, position: nil, message: "libxml2 could not copy the document")]
            }
            defer { xmlFreeDoc(copy) }
            var indexOfNode: [UnsafeMutableRawPointer: Int] = [:]
            var parentOfNode: [UnsafeMutableRawPointer: Int] = [:]
            if let root = xmlDocGetRootElement(copy) {
                var next = 0
                Self.number(root, parent: nil, next: &next, index: &indexOfNode, parent: &parentOfNode)
            }
            var removed: [xmlNodePtr] = []
            defer { removed.forEach { xmlFreeNode($0) } }
            var problems: [XMLProblem] = []
            var seen: Set<String> = []
            var parentsOfRemoved: Set<Int> = []

            for pass in 0..<100 {
                let collector = XMLErrorCollector()
                guard let context = xmlSchemaNewValidCtxt(schema.pointer) else { break }
                xmlSchemaSetValidStructuredErrors(context, XMLErrorCollector.handler, collector.opaque)
                withExtendedLifetime(collector) { _ = xmlSchemaValidateDoc(context, copy) }
                xmlSchemaFreeValidCtxt(context)

                var unexpected: [xmlNodePtr] = []
                for raw in collector.errors {
                    let index = raw.node.flatMap { indexOfNode[$0] }
                    let problem = validityProblem(raw, elementIndex: index)
                    if pass > 0, case .missingChild = problem.kind, let index, parentsOfRemoved.contains(index) { continue }
                    if seen.insert("\(index ?? -1)\u{0}\(raw.message)").inserted { problems.append(problem) }
                    if case .unexpectedElement = problem.kind, let node = raw.node, index != nil {
                        unexpected.append(node.assumingMemoryBound(to: xmlNode.self))
                    }
                }
                if unexpected.isEmpty { break }
                for node in unexpected {
                    if let parent = parentOfNode[UnsafeMutableRawPointer(node)] { parentsOfRemoved.insert(parent) }
                    xmlUnlinkNode(node)
                    removed.append(node)
                }
            }
            return problems
        }
    }

    private static func number(
        _ node: xmlNodePtr, parent: Int?, next: inout Int, index: inout [UnsafeMutableRawPointer: Int],
        parent parents: inout [UnsafeMutableRawPointer: Int]
    ) {
        let mine = next
        index[UnsafeMutableRawPointer(node)] = mine
        if let parent { parents[UnsafeMutableRawPointer(node)] = parent }
        next += 1
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { number(c, parent: mine, next: &next, index: &index, parent: &parents) }
            child = c.pointee.next
        }
    }

    private func validityProblem(_ raw: RawXMLError, elementIndex: Int?) -> XMLProblem {
        let recognised = LibXML2Message(raw.message, code: raw.code)
        var position: XMLPosition? = raw.line > 0 ? XMLPosition(line: raw.line, column: 1) : nil
        if let elementIndex, let element = root.element(withIndex: elementIndex) {
            position = element.position
            var attributeName = recognised.attribute
            if case .attributeNotAllowed(let name) = recognised.kind { attributeName = name }
            if let attributeName,
                let attribute = element.attributes.first(where: { $0.name.clark == attributeName || $0.name.qualified == attributeName })
            {
                position = attribute.position
            }
        }
        var problem = XMLProblem(
            raw.severity, stage: .validity, kind: recognised.kind, position: position,
            element: recognised.element, attribute: recognised.attribute, message: raw.message, code: raw.code)
        problem.elementIndex = elementIndex
        return problem
    }
}
