import PlanreisFormats
import PlanreisModel

extension LongTableCSV {
    /// The figures laid out as sheets for a workbook: one sheet per table (in the order the
    /// tables first appear), its rows down the first column and its columns across, each
    /// figure typed (counts as whole numbers, money as euros, ratios with two decimals, ISO
    /// days as dates), so that a spreadsheet can filter and sum them.
    public func sheets() -> [WorkbookSheet] {
        var order: [String] = []
        var tables: [String: (rows: [String], columns: [String], values: [String: [String: WorkbookCell]])] = [:]
        for figure in figures {
            if tables[figure.table] == nil {
                order.append(figure.table)
                tables[figure.table] = ([], [], [:])
            }
            if tables[figure.table]!.values[figure.row] == nil {
                tables[figure.table]!.rows.append(figure.row)
                tables[figure.table]!.values[figure.row] = [:]
            }
            if !tables[figure.table]!.columns.contains(figure.column) { tables[figure.table]!.columns.append(figure.column) }
            tables[figure.table]!.values[figure.row]![figure.column] = Self.cell(figure.value)
        }
        let first = language == .nl ? "rij" : "row"
        return order.map { name in
            let table = tables[name]!
            return WorkbookSheet(
                name: name, columns: ([first] + table.columns).map { WorkbookSheet.Column($0) },
                rows: table.rows.map { row in [.text(row)] + table.columns.map { table.values[row]?[$0] ?? .empty } })
        }
    }

    /// The workbook of these tables.
    public var xlsx: [UInt8] { XLSXWriter.write(sheets()) }

    static func cell(_ value: Value) -> WorkbookCell {
        switch value {
        case .int(let count): return .integer(Int64(count))
        case .money(let money): return .cents(money.cents)
        case .ratio(let ratio): return .decimal(ratio.decimalText)
        // Written for the language ("52,0"); the workbook takes the digits with a point.
        case .number(let text): return .decimal(String(text.map { $0 == "," ? "." : $0 }))
        case .empty: return .empty
        case .text(let text):
            if let day = isoDay(text) { return .day(day) }
            return .text(text)
        }
    }

    /// `2014-12-31` as a day; nil for any other text.
    static func isoDay(_ text: String) -> Int? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m),
            (1...CivilDate.daysInMonth(year: y, month: m)).contains(d)
        else { return nil }
        return CivilDate.dayNumber(year: y, month: m, day: d)
    }
}
