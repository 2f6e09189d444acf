import PlanreisModel

/// One priced (or deliberately unpriced) item of a price list.
public struct PriceListItem: Hashable, Sendable {
    /// The key cost lines use (`item="uithuisplaatsing"`).
    public var item: String
    public var unit: PriceUnit
    /// Nil when no public figure exists: the item shows as unpriced, never guessed.
    public var price: Money?
    /// The year the price refers to.
    public var year: Int?
    /// The year is approximate ("~2019" in the source).
    public var yearIsApproximate: Bool
    /// Where the figure comes from, as published.
    public var source: String?
    /// Who usually pays, when a cost line does not say.
    public var payer: String?
    /// Remarks (a range in the source, what the figure covers).
    public var note: String?
    /// Where the item stood in its file.
    public var location: SourceLocation?

    public init(
        item: String, unit: PriceUnit, price: Money?, year: Int? = nil, yearIsApproximate: Bool = false,
        source: String? = nil, payer: String? = nil, note: String? = nil, location: SourceLocation? = nil
    ) {
        self.item = item
        self.unit = unit
        self.price = price
        self.year = year
        self.yearIsApproximate = yearIsApproximate
        self.source = source
        self.payer = payer
        self.note = note
        self.location = location
    }

    /// "2024", "ca. 2019"; empty when unknown.
    public func yearText(_ language: Language) -> String {
        guard let year else { return "" }
        return yearIsApproximate ? (language.pick("ca. ", "c. ")) + String(year) : String(year)
    }
}

/// Prices for interventions and avoided scenarios, replaceable by a municipality.
public struct PriceList: Hashable, Sendable {
    public var items: [PriceListItem]

    public init(items: [PriceListItem] = []) {
        self.items = items
    }

    public static let empty = PriceList()

    /// The item with this key, compared without case and surrounding spaces.
    public func item(named name: String) -> PriceListItem? {
        let key = Self.key(name)
        return items.first { Self.key($0.item) == key }
    }

    static func key(_ name: String) -> String { name.trimmedSpaces.lowercased() }
}
