import PlanreisFormats
import PlanreisModel
import Testing

@Suite("Spreadsheet CSV round trips")
struct CSVRoundTripTests {
    @Test("model → CSV → model gives the same journeys", arguments: [Language.nl, .en])
    func modelRoundTrip(language: Language) {
        let journeys = CSVTestSupport.richJourneys
        let text = SpreadsheetCSVFormat.write(journeys, options: .init(language: language))
        let result = CSVTestSupport.read(text, file: "export.csv")
        #expect(CSVTestSupport.errors(result).isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(result.journeys.count == journeys.count)
        for (read, original) in zip(result.journeys, journeys) {
            #expect(read.id == original.id)
            #expect(read.title == original.title)
            #expect(read.household == original.household)
            #expect(read.tags == original.tags)
            #expect(read.actors == original.actors)
            for (a, b) in zip(read.events, original.events) { #expect(a == b) }
            #expect(read == original)
        }
    }

    @Test("CSV → model → CSV → model is stable")
    func csvRoundTrip() {
        let first = SpreadsheetCSVFormat.write(CSVTestSupport.richJourneys)
        let once = CSVTestSupport.read(first)
        let second = SpreadsheetCSVFormat.write(once.journeys)
        #expect(second == first)
        let twice = CSVTestSupport.read(second)
        #expect(twice.journeys == once.journeys)
    }
}
