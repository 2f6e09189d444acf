import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// Loads the price list: the shipped one, or a user's file.
enum PriceListLoader {
    static func load(_ path: String?, language: Language, limits: ReadLimits = LimitOptions.environment) throws -> PriceList {
        try ReferenceFileLoader.load(
            path, language: language, limits: limits,
            read: { bytes, path in
                let result = PriceList.read(csv: bytes, file: path)
                return (result.priceList, result.diagnostics)
            },
            shipped: {
                let result = PriceList.shipped()
                return (result.priceList, result.diagnostics)
            })
    }
}
