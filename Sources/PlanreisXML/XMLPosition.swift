/// A place in an XML source: 1-based line and column; columns count characters, not bytes.
public struct XMLPosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: XMLPosition, b: XMLPosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A namespace-qualified XML name.
public struct XMLName: Hashable, Sendable, CustomStringConvertible {
    /// The namespace URI, nil for no namespace.
    public var namespace: String?
    public var localName: String
    /// The prefix as written in the source, nil for none (default namespace or no namespace).
    public var prefix: String?

    public init(namespace: String?, localName: String, prefix: String? = nil) {
        self.namespace = namespace
        self.localName = localName
        self.prefix = prefix
    }

    /// `prefix:local` as written, or the local name.
    public var qualified: String { prefix.map { "\($0):\(localName)" } ?? localName }

    /// `{namespace}local`, or the local name without a namespace.
    public var clark: String { namespace.map { "{\($0)}\(localName)" } ?? localName }

    public var description: String { qualified }
}
