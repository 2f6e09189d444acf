/// The two languages planreis speaks to its users: Dutch by default, English on request.
///
/// The one way to choose a text: `language.pick("Dutch", "English")` where a text is built, or
/// `Localized(nl:en:)` where library code hands a text to a caller who knows the language.
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl
    case en

    /// `nl` in Dutch, `en` in English.
    @inlinable public func pick(_ nl: String, _ en: String) -> String {
        self == .nl ? nl : en
    }
}

/// A user-facing text in both languages. Library code produces these; the caller picks one.
public struct Localized: Hashable, Sendable, Codable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in both languages (numbers, names, quoted values).
    public init(_ both: String) {
        self.nl = both
        self.en = both
    }

    public func callAsFunction(_ language: Language) -> String {
        language.pick(nl, en)
    }

    public static func + (lhs: Localized, rhs: Localized) -> Localized {
        Localized(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }
}
