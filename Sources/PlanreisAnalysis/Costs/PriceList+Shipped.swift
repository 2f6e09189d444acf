import Foundation
import PlanreisModel

extension PriceList {
    /// The price list shipped with planreis (`Samples/prijslijst.csv`): only sourced figures,
    /// every other item listed without a price.
    public static func shipped() -> PriceListReadResult {
        guard let url = Bundle.module.url(forResource: "prijslijst", withExtension: "csv"),
            let data = try? Data(contentsOf: url)
        else {
            return PriceListReadResult(
                priceList: PriceList(),
                diagnostics: [
                    .warning(
                        at: nil,
                        Localized(
                            nl: "de meegeleverde prijslijst is niet gevonden; alles blijft ongeprijsd",
                            en: "the shipped price list was not found; everything stays unpriced"),
                        hint: Localized(nl: "geef een prijslijst met --prices", en: "pass a price list with --prices"))
                ])
        }
        return read(csv: Array(data), file: "prijslijst.csv")
    }
}
