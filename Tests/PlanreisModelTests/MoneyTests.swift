import PlanreisModel
import Testing

@Suite("Money")
struct MoneyTests {
    @Test(arguments: [
        ("1250", 125_000),
        ("1250.50", 125_050),
        ("1250,50", 125_050),
        ("1.250,50", 125_050),
        ("1,250.50", 125_050),
        ("€ 1.250,50", 125_050),
        ("€1.250,50", 125_050),
        ("€ 1.250,-", 125_000),
        ("€ 350,-", 35_000),
        ("350,--", 35_000),
        ("EUR 350", 35_000),
        ("1.250", 125_000),
        ("1.000.000", 100_000_000),
        ("12,5", 1_250),
        ("0,05", 5),
        ("-75,50", -7_550),
        ("€ -75,50", -7_550),
        ("- € 75,50", -7_550),
        ("\u{00A0}€\u{00A0}1.250,50 ", 125_050),
        ("133.10", 13_310),
    ])
    func parses(text: String, cents: Int64) throws {
        #expect(try Money(parsing: text).cents == cents)
    }

    @Test(arguments: ["", "€", "abc", "1,2,3.4.5", "12.345,678", "1e3", "12 euro", "€ 1.25.0"])
    func rejects(text: String) {
        #expect(throws: MoneyParseError.self) { try Money(parsing: text) }
    }

    @Test(arguments: [
        (125_050, "€ 1.250,50", "€1,250.50"),
        (35_000, "€ 350,00", "€350.00"),
        (5, "€ 0,05", "€0.05"),
        (-7_550, "-€ 75,50", "-€75.50"),
        (100_000_000, "€ 1.000.000,00", "€1,000,000.00"),
    ])
    func formats(cents: Int64, dutch: String, english: String) {
        #expect(Money(cents: cents).formatted(.nl) == dutch)
        #expect(Money(cents: cents).formatted(.en) == english)
    }

    @Test func wholeEurosRoundHalfAwayFromZero() {
        #expect(Money(cents: 125_050).formatted(.nl, wholeEuros: true) == "€ 1.251")
        #expect(Money(cents: 125_049).formatted(.nl, wholeEuros: true) == "€ 1.250")
    }

    @Test func decimalTextReadsBack() throws {
        for cents: Int64 in [0, 5, 50, 125_050, -7_550, 100_000_000, 1] {
            let money = Money(cents: cents)
            #expect(try Money(parsing: money.decimalText) == money)
        }
    }

    @Test func timesQuantityIsExact() throws {
        let monthly = try Money(parsing: "133,10")
        #expect(monthly.times(Quantity(12)) == Money(cents: 159_720))
        #expect(monthly.times(Quantity(parsing: "1.5")!) == Money(cents: 19_965))
        // 23.32 × 0.333 = 7.76556 → 7.77
        #expect(Money(cents: 2_332).times(Quantity(parsing: "0.333")!) == Money(cents: 777))
    }

    @Test func quantityText() {
        #expect(Quantity(parsing: "1,5")?.decimalText == "1.5")
        #expect(Quantity(parsing: "0.125")?.decimalText == "0.125")
        #expect(Quantity(parsing: "12")?.decimalText == "12")
        #expect(Quantity(parsing: "1.2345") == nil)
        #expect(Quantity(parsing: "x") == nil)
    }
}
