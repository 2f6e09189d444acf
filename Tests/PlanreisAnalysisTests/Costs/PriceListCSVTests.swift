import Foundation
import PlanreisModel
import Testing

@testable import PlanreisAnalysis

@Suite("Price list CSV")
struct PriceListCSVTests {
    static let samplePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples/prijslijst.csv")

    @Test func readsSemicolonsDutchAmountsAndEmptyPrices() throws {
        let csv = """
            item;eenheid;prijs;jaar;bron;betaler
            bewind;per maand;133,10;2024;vmbewindvoering.nl, Kosten;gemeente
            plaatsing;jaar;80.000;~2019;wmotraining.nl;gemeente
            ots;jaar;;;;gemeente
            """
        let result = PriceList.read(csv: csv, file: "p.csv")
        #expect(result.diagnostics.isEmpty)
        let list = result.priceList
        #expect(list.items.count == 3)
        #expect(list.item(named: "Bewind ")?.price == Money(cents: 13310))
        #expect(list.item(named: "bewind")?.unit == .month)
        #expect(list.item(named: "bewind")?.source == "vmbewindvoering.nl, Kosten")
        #expect(list.item(named: "plaatsing")?.price == Money(euros: 80_000))
        #expect(list.item(named: "plaatsing")?.yearIsApproximate == true)
        #expect(list.item(named: "plaatsing")?.yearText(.nl) == "ca. 2019")
        #expect(list.item(named: "ots")?.price == nil)
        #expect(list.item(named: "ots")?.payer == "gemeente")
    }

    @Test func readsCommasEnglishHeadersQuotesBOMAndCRLF() throws {
        let csv = "\u{FEFF}Item,Unit,Price,Year,Source,Payer\r\n\"opvang, per dag\",day,1250.50,2020,\"AD, \"\"quoted\"\"\",gemeente\r\n"
        let list = try PriceList(csv: csv, file: "p.csv")
        #expect(list.items.map(\.item) == ["opvang, per dag"])
        #expect(list.items[0].price == Money(cents: 125_050))
        #expect(list.items[0].source == "AD, \"quoted\"")
        #expect(list.items[0].location == SourceLocation(file: "p.csv", line: 2, column: 1))
    }

    @Test func reportsEveryErrorWithLineAndColumn() {
        let csv = """
            item;eenheid;prijs;jaar;bron;betaler
            a;maand;12,5x;2024;bron;gemeente
            b;weekje;10;2024;bron;gemeente
            c;jaar;10;twintig;bron;gemeente
            a;jaar;10;2024;bron;gemeente
            d;jaar;-5;2024;bron;gemeente
            """
        let result = PriceList.read(csv: csv, file: "prijzen.csv")
        let errors = result.diagnostics.filter { $0.severity == .error }
        let places = errors.map { "\($0.location!.line):\($0.location!.column)" }
        #expect(places == ["2:9", "3:3", "4:11", "5:1", "6:8"])
        #expect(errors[0].formatted(.nl).hasPrefix("prijzen.csv:2:9: fout: onleesbaar bedrag \"12,5x\""))
        #expect(errors[1].message.nl.contains("\"weekje\""))
        #expect(errors[1].hint?.nl.contains("eenmalig/once") == true)
        #expect(errors[3].message.nl.contains("eerst op regel 2"))
        #expect(throws: PriceListError.self) { try PriceList(csv: csv, file: "prijzen.csv") }
    }

    @Test func missingColumnsAndUnclosedQuotes() {
        let noPrice = PriceList.read(csv: "item;eenheid\na;jaar\n", file: "p.csv")
        #expect(noPrice.diagnostics.contains { $0.severity == .error && $0.message.nl == "kolom \"prijs\" ontbreekt" })
        let open = PriceList.read(csv: "item;eenheid;prijs\n\"a;jaar;10\n", file: "p.csv")
        #expect(
            open.diagnostics.contains {
                $0.location == SourceLocation(file: "p.csv", line: 2, column: 1) && $0.message.en.hasPrefix("quote is never closed")
            })
        let empty = PriceList.read(csv: "\n\n", file: "p.csv")
        #expect(empty.hasErrors)
    }

    @Test func warnsAboutUnknownColumnsAndPricesWithoutSource() {
        let result = PriceList.read(csv: "item;eenheid;prijs;kleur\na;jaar;10;rood\n", file: "p.csv")
        #expect(!result.hasErrors)
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics[0].location?.column == 20)
        #expect(result.diagnostics[1].message.nl.contains("geen jaar of bron"))
    }

    @Test func invalidUTF8IsAnError() {
        let bytes: [UInt8] = Array("item;eenheid;prijs\nab".utf8) + [0xE9] + Array(";jaar;10\n".utf8)
        let result = PriceList.read(csv: bytes, file: "p.csv")
        #expect(result.diagnostics.first?.location == SourceLocation(file: "p.csv", line: 2, column: 3))
    }

    @Test func shippedPriceListHasOnlySourcedFiguresAndUnpricedGaps() throws {
        let bytes = try [UInt8](Data(contentsOf: Self.samplePath))
        let result = PriceList.read(csv: bytes, file: "prijslijst.csv")
        #expect(result.diagnostics.isEmpty)
        let list = result.priceList
        for item in list.items where item.price != nil {
            #expect(item.year != nil && item.source != nil, "\(item.item) lacks year or source")
        }
        let unpriced = Set(list.items.filter { $0.price == nil }.map(\.item))
        #expect(
            unpriced == [
                "ots-per-jaar", "raad-onderzoek", "veilig-thuis-melding", "vrouwenopvang-per-nacht",
                "politie-inzet", "urgentieverklaring", "dagbesteding-zorgboerderij",
            ])
        #expect(list.item(named: "beschermingsbewind-zonder-schulden")?.price == Money(cents: 13_310))
        #expect(list.item(named: "pleegvergoeding-0-8-jaar")?.price == Money(cents: 2_332))
        #expect(list.item(named: "ambulante-jeugdhulp-per-uur")?.price == Money(euros: 78))
        #expect(list.item(named: "pgb-gezinshuis")?.price == Money(cents: 16_359))
        #expect(list.item(named: "residentiele-jeugdhulp-basis")?.year == 2023)
        #expect(list.item(named: "maatschappelijke-opvang-dakloze")?.price == Money(euros: 23_236))
        #expect(list.item(named: "huisuitzetting-direct-laag")?.price == Money(euros: 5_000))
        #expect(list.item(named: "huisuitzetting-direct-hoog")?.price == Money(euros: 10_000))
        #expect(list.item(named: "curatele-zonder-schulden")?.source == "vmbewindvoering.nl; de-bewindvoerder.nl, tarieven")
    }
}
