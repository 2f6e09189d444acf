import PlanreisModel
import PlanreisText

/// A price list that could not be read; every problem with file, line and column.
public struct PriceListError: Error, Hashable, Sendable {
    public var diagnostics: [Diagnostic]
}

/// What reading a price-list file produced: the items that could be read and every problem.
public struct PriceListReadResult: Hashable, Sendable {
    public var priceList: PriceList
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.hasErrors }
}

extension PriceList {
    /// The columns of the CSV format, with the header words read for each (case-insensitive).
    enum Column: String, CaseIterable {
        case item, unit, price, year, source, payer, note

        static let headers: [String: Column] = [
            "item": .item, "post": .item, "naam": .item, "name": .item,
            "eenheid": .unit, "unit": .unit,
            "prijs": .price, "price": .price, "bedrag": .price, "amount": .price,
            "jaar": .year, "year": .year, "prijsjaar": .year,
            "bron": .source, "source": .source,
            "betaler": .payer, "payer": .payer,
            "toelichting": .note, "omschrijving": .note, "note": .note, "description": .note, "opmerking": .note,
        ]
    }

    /// Reads a price list from CSV text: columns `item;eenheid;prijs;jaar;bron;betaler` (Dutch
    /// or English headers, any order, an optional `toelichting`), `;` or `,` delimited, UTF-8
    /// with or without BOM. An empty `prijs` means no public figure. Collects every problem.
    public static func read(csv text: String, file: String) -> PriceListReadResult {
        var diagnostics: [Diagnostic] = []
        func location(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        func error(_ field: CSVCell, _ nl: String, _ en: String, hint: (String, String)? = nil) {
            diagnostics.append(
                .error(at: location(field.line, field.column), Localized(nl: nl, en: en), hint: hint.map { Localized(nl: $0.0, en: $0.1) }))
        }

        let (_, records, problems) = CSVTokenizer.split(String(text.drop { $0 == "\u{FEFF}" }))
        for p in problems {
            let (message, hint) = p.words
            diagnostics.append(
                .error(at: location(p.line, p.column), Localized(nl: message.nl, en: message.en), hint: Localized(nl: hint.nl, en: hint.en))
            )
        }
        var rows = records.filter { !$0.cells.allSatisfy { $0.text.trimmedSpaces.isEmpty } }
        guard !rows.isEmpty else {
            diagnostics.append(
                .error(
                    at: location(1, 1), Localized(nl: "de prijslijst is leeg", en: "the price list is empty"),
                    hint: Localized(
                        nl: "begin met de kopregel item;eenheid;prijs;jaar;bron;betaler",
                        en: "start with the header item;unit;price;year;source;payer")))
            return PriceListReadResult(priceList: PriceList(), diagnostics: diagnostics)
        }

        // Header.
        let header = rows.removeFirst()
        var columns: [Column: Int] = [:]
        for (index, field) in header.cells.enumerated() {
            let word = field.text.trimmedSpaces.lowercased()
            guard let column = Column.headers[word] else {
                diagnostics.append(
                    .warning(
                        at: location(field.line, field.column),
                        Localized(
                            nl: "onbekende kolom \"\(field.text)\" wordt genegeerd", en: "unknown column \"\(field.text)\" is ignored"),
                        hint: Localized(
                            nl: "bekende kolommen: item, eenheid, prijs, jaar, bron, betaler, toelichting",
                            en: "known columns: item, unit, price, year, source, payer, note")))
                continue
            }
            if columns[column] != nil {
                error(field, "kolom \"\(field.text)\" staat er twee keer", "column \"\(field.text)\" appears twice")
            } else {
                columns[column] = index
            }
        }
        for required in [Column.item, .unit, .price] where columns[required] == nil {
            let name = ["item": "item", "unit": "eenheid", "price": "prijs"][required.rawValue]!
            diagnostics.append(
                .error(
                    at: location(header.line, 1),
                    Localized(nl: "kolom \"\(name)\" ontbreekt", en: "column \"\(required.rawValue)\" is missing"),
                    hint: Localized(
                        nl: "de kopregel is item;eenheid;prijs;jaar;bron;betaler", en: "the header is item;unit;price;year;source;payer")))
        }
        guard !diagnostics.hasErrors || columns[.item] != nil else {
            return PriceListReadResult(priceList: PriceList(), diagnostics: diagnostics)
        }

        var items: [PriceListItem] = []
        var firstLine: [String: Int] = [:]
        for row in rows {
            if row.cells.count > header.cells.count {
                let extra = row.cells[header.cells.count]
                error(
                    extra, "regel heeft \(row.cells.count) velden, de kopregel \(header.cells.count)",
                    "row has \(row.cells.count) fields, the header \(header.cells.count)",
                    hint: ("zet tekst met het scheidingsteken tussen aanhalingstekens", "quote text that contains the delimiter"))
            }
            func cell(_ column: Column) -> CSVCell? {
                guard let index = columns[column] else { return nil }
                if index < row.cells.count { return row.cells[index] }
                return CSVCell(
                    text: "", line: row.line, column: (row.cells.last.map { $0.column + $0.text.count + 1 }) ?? 1, quoted: false)
            }
            func text(_ column: Column) -> String? {
                guard let t = cell(column)?.text.trimmedSpaces, !t.isEmpty else { return nil }
                return t
            }
            guard let itemCell = cell(.item), let name = text(.item) else {
                if let c = cell(.item) {
                    error(
                        c, "regel zonder item", "row without item",
                        hint: ("geef de post een naam, bijvoorbeeld uithuisplaatsing", "name the item, for example uithuisplaatsing"))
                }
                continue
            }
            if let first = firstLine[PriceList.key(name)] {
                error(
                    itemCell, "item \"\(name)\" staat er twee keer (eerst op regel \(first))",
                    "item \"\(name)\" appears twice (first on line \(first))",
                    hint: (
                        "geef elke post een eigen naam, bijvoorbeeld met -laag en -hoog",
                        "give every item its own name, for example with -low and -high"
                    ))
                continue
            }
            firstLine[PriceList.key(name)] = row.line

            var unit = PriceUnit.once
            if let unitCell = cell(.unit) {
                if let u = PriceUnit(word: unitCell.text) {
                    unit = u
                } else {
                    error(
                        unitCell, "onbekende eenheid \"\(unitCell.text)\" bij item \"\(name)\"",
                        "unknown unit \"\(unitCell.text)\" in item \"\(name)\"",
                        hint: ("gebruik een van: \(PriceUnit.acceptedWords)", "use one of: \(PriceUnit.acceptedWords)"))
                }
            }

            var price: Money?
            if let priceCell = cell(.price), let priceText = text(.price) {
                do {
                    let money = try Money(parsing: priceText)
                    if money.cents < 0 {
                        error(
                            priceCell, "negatieve prijs \"\(priceText)\" bij item \"\(name)\"",
                            "negative price \"\(priceText)\" in item \"\(name)\"")
                    } else {
                        price = money
                    }
                } catch {
                    diagnostics.append(
                        .error(
                            at: location(priceCell.line, priceCell.column),
                            error.message + Localized(nl: " bij item \"\(name)\"", en: " in item \"\(name)\""), hint: error.hint))
                }
            }

            var year: Int?, approximate = false
            if let yearCell = cell(.year), let yearText = text(.year) {
                if let parsed = Self.parseYear(yearText) {
                    (year, approximate) = parsed
                } else {
                    error(
                        yearCell, "onleesbaar jaar \"\(yearText)\" bij item \"\(name)\"",
                        "unreadable year \"\(yearText)\" in item \"\(name)\"",
                        hint: ("schrijf een jaartal, bijvoorbeeld 2024 of ~2019", "write a year, for example 2024 or ~2019"))
                }
            }
            if price != nil && (year == nil || text(.source) == nil) {
                diagnostics.append(
                    .warning(
                        at: location(itemCell.line, itemCell.column),
                        Localized(nl: "prijs van \"\(name)\" heeft geen jaar of bron", en: "price of \"\(name)\" has no year or source"),
                        hint: Localized(
                            nl: "vermeld waar het bedrag vandaan komt en uit welk jaar",
                            en: "state where the figure comes from and its year")))
            }
            items.append(
                PriceListItem(
                    item: name, unit: unit, price: price, year: year, yearIsApproximate: approximate, source: text(.source),
                    payer: text(.payer), note: text(.note), location: location(itemCell.line, itemCell.column)))
        }
        return PriceListReadResult(priceList: PriceList(items: items), diagnostics: diagnostics)
    }

    /// Reads CSV bytes as UTF-8 (a byte-order mark is allowed).
    public static func read(csv bytes: [UInt8], file: String) -> PriceListReadResult {
        let text = String(decoding: bytes, as: UTF8.self)
        if let bad = text.firstIndex(of: "\u{FFFD}") {
            let before = text[..<bad]
            let line = before.filter { $0 == "\n" || $0 == "\r\n" }.count + 1
            let column =
                before.count
                - (before.lastIndex { $0 == "\n" || $0 == "\r\n" }.map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            return PriceListReadResult(
                priceList: PriceList(),
                diagnostics: [
                    .error(
                        at: SourceLocation(file: file, line: line, column: column),
                        Localized(nl: "het bestand is geen geldige UTF-8", en: "the file is not valid UTF-8"),
                        hint: Localized(nl: "sla de prijslijst op als CSV UTF-8", en: "save the price list as CSV UTF-8"))
                ])
        }
        return read(csv: text, file: file)
    }

    /// Reads a price list and fails on the first error found (all errors in the thrown value).
    public init(csv text: String, file: String) throws(PriceListError) {
        let result = Self.read(csv: text, file: file)
        guard !result.hasErrors else { throw PriceListError(diagnostics: result.diagnostics) }
        self = result.priceList
    }

    /// `2024`, `~2019`, `ca. 2019`, `circa 2019`, `2019?`.
    static func parseYear(_ text: String) -> (Int, Bool)? {
        var t = Substring(text.trimmedSpaces.lowercased())
        var approximate = false
        for prefix in ["~", "ca.", "ca", "circa", "c.", "±", "about"] where t.hasPrefix(prefix) {
            t = t.dropFirst(prefix.count)
            approximate = true
            break
        }
        if t.hasSuffix("~") || t.hasSuffix("?") {
            t = t.dropLast()
            approximate = true
        }
        let digits = String(t).trimmedSpaces
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits), (1900...2100).contains(year)
        else { return nil }
        return (year, approximate)
    }
}
