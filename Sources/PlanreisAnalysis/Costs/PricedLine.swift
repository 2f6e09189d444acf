import PlanreisModel

/// Why a cost line has no amount.
public enum UnpricedReason: String, Sendable, Codable {
    /// The item is not in the price list.
    case unknownItem = "unknown-item"
    /// The item is in the price list without a price: no public figure.
    case noPublicPrice = "no-public-price"
    /// Price × quantity × periods does not fit in the money type.
    case tooLarge = "too-large"

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownItem, .nl): "niet in de prijslijst"
        case (.noPublicPrice, .nl): "geen publiek bedrag"
        case (.tooLarge, .nl): "bedrag te groot"
        case (.unknownItem, .en): "not in the price list"
        case (.noPublicPrice, .en): "no public figure"
        case (.tooLarge, .en): "amount too large"
        }
    }
}

/// A cost line with its amount worked out: a fixed amount, or a price-list price × quantity ×
/// periods in exact cents; or flagged as unpriced.
public struct PricedLine: Hashable, Sendable {
    public var line: CostLine
    /// The price-list item used, when the line names one that exists.
    public var item: PriceListItem?
    public var quantity: Quantity
    public var periods: Quantity
    /// Nil when the line could not be priced (see `unpriced`).
    public var amount: Money?
    public var unpriced: UnpricedReason?
    /// The line's payer, else the item's default payer.
    public var payer: String?

    public init(
        line: CostLine, item: PriceListItem?, quantity: Quantity, periods: Quantity, amount: Money?,
        unpriced: UnpricedReason?, payer: String?
    ) {
        self.line = line
        self.item = item
        self.quantity = quantity
        self.periods = periods
        self.amount = amount
        self.unpriced = unpriced
        self.payer = payer
    }

    /// What the line is for: its note, else its item, else nothing.
    public var label: String { line.note ?? line.item ?? "" }

    /// The line as a formula for people: "€ 133,10 per maand × 1 × 12", or the fixed amount.
    public func formula(_ language: Language) -> String {
        if let fixed = line.amount { return fixed.formatted(language) }
        guard let item, let price = item.price else { return line.item ?? "" }
        var text = "\(price.formatted(language)) \(item.unit.perLabel(language))"
        if quantity != .one { text += " × \(quantity.localizedText(language))" }
        if periods != .one { text += " × \(periods.localizedText(language))" }
        return text
    }
}

extension PriceList {
    /// Prices one cost line: its fixed amount, or the item's price × quantity × periods rounded
    /// once to the cent; quantity and periods default to 1.
    public func price(_ line: CostLine) -> PricedLine {
        let item = line.item.flatMap { self.item(named: $0) }
        let quantity = line.quantity ?? .one, periods = line.periods ?? .one
        let payer = line.payer ?? item?.payer
        if let amount = line.amount {
            return PricedLine(line: line, item: item, quantity: quantity, periods: periods, amount: amount, unpriced: nil, payer: payer)
        }
        guard let item else {
            return PricedLine(
                line: line, item: nil, quantity: quantity, periods: periods, amount: nil, unpriced: .unknownItem, payer: payer)
        }
        guard let price = item.price else {
            return PricedLine(
                line: line, item: item, quantity: quantity, periods: periods, amount: nil, unpriced: .noPublicPrice, payer: payer)
        }
        let amount = price.times(quantity, periods)
        return PricedLine(
            line: line, item: item, quantity: quantity, periods: periods, amount: amount, unpriced: amount == nil ? .tooLarge : nil,
            payer: payer)
    }
}

extension Money {
    /// The amount × `a` × `b`, rounded once, half away from zero, to the cent; nil on overflow.
    /// Uses `times(_:)` whenever `a × b` is exact in thousandths (always for 3 decimals or fewer in total).
    public func times(_ a: Quantity, _ b: Quantity) -> Money? {
        let (product, overflow) = a.thousandths.multipliedReportingOverflow(by: b.thousandths)
        guard !overflow else { return nil }
        if product % 1000 == 0 {
            let combined = Quantity(thousandths: product / 1000)
            guard !cents.multipliedReportingOverflow(by: combined.thousandths).overflow else { return nil }
            return times(combined)
        }
        let (scaled, overflow2) = cents.multipliedReportingOverflow(by: product)
        guard !overflow2 else { return nil }
        return Money(cents: Rounding.halfUp(scaled, 1_000_000))
    }

    /// The amount × `percent` / 100, rounded half away from zero to the cent.
    /// `percent` is expected in 0...100; the product cannot overflow.
    public func percent(_ percent: Int) -> Money {
        let p = Int64(max(0, min(100, percent)))
        // cents × p / 100 = (cents / 100) × p + (cents % 100) × p / 100, the first part exact.
        return Money(cents: cents / 100 * p + Rounding.halfUp(cents % 100 * p, 100))
    }
}

extension Quantity {
    /// `1,5` in Dutch, `1.5` in English.
    public func localizedText(_ language: Language) -> String {
        language == .nl ? String(decimalText.map { $0 == "." ? "," : $0 }) : decimalText
    }
}
