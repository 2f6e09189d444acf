import PlanreisFormats
import PlanreisModel
import Testing

@Suite("planreis JSON")
struct JSONFormatTests {
    static func read(_ text: String) -> ReadResult { JSONFormat.read(Array(text.utf8), file: "t.json") }

    @Test("model → JSON → model gives the same journeys, and writing is deterministic")
    func roundTrip() throws {
        let journeys = CSVTestSupport.richJourneys
        let text = JSONFormat.write(journeys)
        let result = JSONFormat.read(Array(text.utf8), file: "rich.json")
        #expect(CSVTestSupport.errors(result).isEmpty, "\(CSVTestSupport.summary(result))")
        #expect(result.journeys == journeys)
        #expect(JSONFormat.write(result.journeys) == text)
    }

    @Test("the document names format and version; money is in cents, dates EDTF, words Dutch")
    func shape() throws {
        let text = JSONFormat.write(CSVTestSupport.richJourneys)
        #expect(text.hasPrefix("{\n  \"format\": \"planreis\",\n  \"version\": 1,\n  \"journeys\": ["))
        #expect(text.contains("\"amountCents\": 125050"))
        #expect(text.contains("\"amountCents\": -7500"))
        #expect(text.contains("\"quantity\": 1.5"))
        #expect(text.contains("\"date\": \"2019%\""))
        #expect(text.contains("\"kind\": \"uitzondering\""))
        #expect(text.contains("{ \"kind\": \"lost-op\", \"target\": \"o1\" }"))
        #expect(text.contains("\"group\": \"veiligheid-justitie\""))
        #expect(text.contains("\"value\": \"vroegtijdig-beeindigd\""))
    }

    @Test("CSV → JSON → CSV loses nothing")
    func throughCSV() throws {
        let csv = SpreadsheetCSVFormat.write(CSVTestSupport.richJourneys)
        let fromCSV = CSVTestSupport.read(csv).journeys
        let json = JSONFormat.read(Array(JSONFormat.write(fromCSV).utf8), file: "x.json")
        #expect(SpreadsheetCSVFormat.write(json.journeys) == csv)
    }

    @Test(
        "a syntax error is reported at its line and column",
        arguments: [
            ("{\n  \"format\": \"planreis\",\n  \"version\": 1\n  \"journeys\": []\n}", 4, 3),
            ("{\"format\": \"planreis\", \"version\": 1, \"journeys\": [}", 1, 51),
            ("{\n\"format\": 'planreis'}", 2, 11),
            ("{\"a\": \"open\n", 1, 12),
            ("", 1, 1),
        ])
    func syntaxErrors(text: String, line: Int, column: Int) throws {
        let result = Self.read(text)
        let error = try #require(CSVTestSupport.errors(result).first)
        #expect(result.diagnostics.count == 1)
        #expect(error.location.map { [$0.line, $0.column] } == [line, column], "\(CSVTestSupport.summary(result))")
        #expect(error.message.nl.hasPrefix("ongeldige JSON"))
    }

    @Test("every problem at its value, with its JSON path")
    func problemsWithPaths() throws {
        let text = """
            {
              "format": "planreis",
              "version": 1,
              "journeys": [
                {
                  "id": "j", "title": "J",
                  "actors": [{ "id": "a", "name": "A", "group": "gemeente" }],
                  "events": [
                    { "id": "r", "actor": "a", "kind": "aanvraag", "date": "2021-07", "title": "Aanvraag" },
                    { "actor": "a", "kind": "besluit", "date": "31-02-2021", "title": "B", "value": "toegekend" },
                    { "actor": "a", "kind": "obstakl", "date": "2021", "title": "O" },
                    { "actor": "b", "kind": "interventie", "date": "2021", "title": "I", "colour": "x",
                      "costs": [{ "amountCents": 12.5 }] },
                    { "actor": "a", "kind": "besluit", "date": "2021-06", "title": "D", "value": "ja",
                      "links": [{ "kind": "beantwoordt", "target": "r" }] }
                  ]
                }
              ]
            }
            """
        let result = Self.read(text)
        let found = CSVTestSupport.summary(result)
        #expect(found.contains("10:52: error: journeys[0].events[1].date: 31 februari 2021 bestaat niet (\"31-02-2021\")"), "\(found)")
        #expect(found.contains("11:33: error: journeys[0].events[2].kind: onbekende soort \"obstakl\""), "\(found)")
        #expect(found.contains("12:88: warning: journeys[0].events[3].colour: onbekende sleutel \"colour\" wordt genegeerd"), "\(found)")
        #expect(found.contains { $0.hasPrefix("13:38: error: journeys[0].events[3].costs[0].amountCents:") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("12:20: error: onbekende actor \"b\"") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("14:52: error: besluit") && $0.contains("voor de aanvraag") }, "\(found)")
        #expect(result.diagnostics.count == 6, "\(found)")
    }

    @Test("a newer version or another format is refused")
    func version() throws {
        let newer = Self.read("{\"format\": \"planreis\", \"version\": 2, \"journeys\": []}")
        #expect(CSVTestSupport.summary(newer) == ["1:35: error: version: versie 2 wordt niet ondersteund; deze planreis leest versie 1"])
        let other = Self.read("{\"format\": \"xes\", \"version\": 1, \"journeys\": []}")
        #expect(CSVTestSupport.errors(other).count == 1)
        let missing = Self.read("[]")
        #expect(CSVTestSupport.errors(missing).first?.message.nl == "verwacht een object, gevonden lijst")
    }

    @Test("strings with control characters, quotes, non-ASCII and U+2028 survive")
    func escaping() throws {
        var journey = Journey(id: "j", title: "Tab\there \"quoted\" \\ é 😀 \u{2028} \u{01}")
        journey.actors = [Actor(id: "a", name: "A", group: .other)]
        let text = JSONFormat.write([journey])
        #expect(text.contains("\\t") && text.contains("\\u2028") && text.contains("\\u0001") && text.contains("😀"))
        #expect(Self.read(text).journeys == [journey])
    }

    @Test("invalid UTF-8 is an error at its line")
    func invalidUTF8() throws {
        let bytes = Array("{\n\"format\": \"".utf8) + [0xFF] + Array("\"}".utf8)
        let result = JSONFormat.read(bytes, file: "t.json")
        #expect(CSVTestSupport.errors(result).first?.location?.line == 2)
    }
}
