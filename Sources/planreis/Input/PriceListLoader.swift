import ArgumentParser
import PlanreisAnalysis
import PlanreisFormats
import PlanreisModel

/// Loads the price list: the shipped one, or a user's file.
enum PriceListLoader {
    static func load(_ path: String?, language: Language, limits: ReadLimits = LimitOptions.environment) throws -> PriceList {
        let result: PriceListReadResult
        if let path {
            switch InputFile.read(path, maxBytes: limits.maxBytes) {
            case .failure(let diagnostic):
                Console.report([diagnostic], language: language)
                throw ExitCode(1)
            case .success(let bytes):
                result = PriceList.read(csv: bytes, file: path)
            }
        } else {
            result = PriceList.shipped()
        }
        Console.report(result.diagnostics, language: language)
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        return result.priceList
    }
}
