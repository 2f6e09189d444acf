import PlanreisModel
import PlanreisText

extension SpreadsheetReader {
    /// Maps header cells to columns. Unknown headers become tag columns with one warning each;
    /// a missing required header is an error at the start of the header line.
    mutating func readHeader(_ header: CSVRow, data: ArraySlice<CSVRow>) {
        layout = HeaderLayout()
        layout.width = header.cells.count
        var unknownHeaders: [String] = []
        for (index, cell) in header.cells.enumerated() {
            let location = SourceLocation(file: file, line: cell.line, column: cell.column)
            let name = cell.text.trimmingSpacesAndNBSP()
            if name.isEmpty {
                let hasData = data.contains { index < $0.cells.count && SpreadsheetRow.value($0.cells[index]) != nil }
                guard hasData else { continue }
                let key = "kolom \(index + 1)"
                layout.extras.append((index, key))
                warning(
                    at: location,
                    nl: "kolom \(index + 1) heeft geen naam maar wel gegevens; die worden bewaard als label \"\(key)\"",
                    en: "column \(index + 1) has no name but holds data; it is kept as tag \"\(key)\"",
                    hint: (nl: "geef de kolom een naam in de kopregel", en: "name the column in the header"))
                continue
            }
            if let column = SpreadsheetColumn.named(name) {
                if layout.index[column] == nil {
                    layout.index[column] = index
                } else {
                    layout.extras.append((index, name))
                    warning(
                        at: location,
                        nl: "kolom \"\(name)\" staat er nog een keer (als \"\(column.dutch)\"); deze tweede wordt als label bewaard",
                        en: "column \"\(name)\" appears again (as \"\(column.english)\"); this second one is kept as a tag",
                        hint: (nl: "verwijder of hernoem de dubbele kolom", en: "remove or rename the duplicate column"))
                }
                continue
            }
            unknownHeaders.append(name)
            layout.extras.append((index, name))
            let suggestion = Suggestion.closest(
                to: name, in: SpreadsheetColumn.allCases.map(\.dutch) + SpreadsheetColumn.allCases.map(\.english), fold: TextFolding.folded)
            warning(
                at: location,
                nl: "onbekende kolom \"\(name)\"; de waarden worden als label \"\(name)\" bij de gebeurtenis bewaard",
                en: "unknown column \"\(name)\"; its values are kept as tag \"\(name)\" on the event",
                hint: suggestion.map { (nl: "bedoelt u \"\($0)\"?", en: "did you mean \"\($0)\"?") }
                    ?? (
                        nl: "bedoelt u een bekende kolom, hernoem hem dan: \(SpreadsheetColumn.dutchHeaders.joined(separator: ", "))",
                        en: "if you meant a known column, rename it: \(SpreadsheetColumn.allCases.map(\.english).joined(separator: ", "))"
                    ))
        }
        let headerStart = SourceLocation(file: file, line: header.line, column: 1)
        for column in SpreadsheetColumn.required where layout.index[column] == nil {
            missingRequired.append(column)
            let lookalike = unknownHeaders.first {
                Suggestion.closest(to: $0, in: [column.dutch, column.english], fold: TextFolding.folded) != nil
            }
            let found = header.cells.map { "\"\($0.text.trimmingSpacesAndNBSP())\"" }.joined(separator: ", ")
            error(
                at: headerStart,
                nl: "verplichte kolom \"\(column.dutch)\" ontbreekt in de kopregel",
                en: "required column \"\(column.english)\" is missing from the header",
                hint: lookalike.map {
                    (
                        nl: "kolom \"\($0)\" lijkt erop; hernoem hem naar \"\(column.dutch)\"",
                        en: "column \"\($0)\" looks like it; rename it to \"\(column.english)\""
                    )
                }
                    ?? (
                        nl: "de kopregel moet \(Self.requiredList(english: false)) bevatten (Nederlands of Engels); gevonden: \(found)",
                        en: "the header must hold \(Self.requiredList(english: true)) (Dutch or English); found: \(found)"
                    ))
        }
    }

    /// Journey-level cells: the first value counts; a different one later is a warning.
    mutating func readJourneyFields(_ row: SpreadsheetRow, draft d: Int) {
        let columns: [SpreadsheetColumn] = [
            .journeyTitle, .municipality, .region, .source, .journeyDescription, .household, .journeyTags, .constructed,
        ]
        for column in columns {
            guard let text = row.text(column) else { continue }
            let location = row.location(column)
            if let first = drafts[d].journeyFieldLocations[column] {
                if !journeyField(column, of: drafts[d], equals: text) {
                    warning(
                        at: location,
                        nl:
                            "\"\(column.dutch)\" van casus \"\(drafts[d].journey.id)\" verschilt van regel \(first.line); de eerste waarde geldt",
                        en:
                            "\"\(column.english)\" of case \"\(drafts[d].journey.id)\" differs from line \(first.line); the first value counts",
                        hint: (
                            nl: "geef casusgegevens één keer (op de eerste regel) of overal gelijk",
                            en: "give case data once (on the first row) or the same everywhere"
                        ))
                }
                continue
            }
            drafts[d].journeyFieldLocations[column] = location
            switch column {
            case .journeyTitle:
                drafts[d].journey.title = text
                drafts[d].hasExplicitTitle = true
            case .municipality: drafts[d].journey.municipality = text
            case .region: drafts[d].journey.region = text
            case .source: drafts[d].journey.source = text
            case .journeyDescription: drafts[d].journey.description = text
            case .household: drafts[d].journey.household = Self.household(text)
            case .journeyTags: drafts[d].journey.tags = CompactList.pairs(text).map { Tag($0.key, $0.value) }
            case .constructed: drafts[d].journey.isConstructed = Self.yes(text)
            default: break
            }
        }
    }

    private func journeyField(_ column: SpreadsheetColumn, of draft: JourneyDraft, equals text: String) -> Bool {
        let journey = draft.journey
        switch column {
        case .journeyTitle: return journey.title == text
        case .municipality: return journey.municipality == text
        case .region: return journey.region == text
        case .source: return journey.source == text
        case .journeyDescription: return journey.description == text
        case .household: return journey.household == Self.household(text)
        case .journeyTags: return journey.tags == CompactList.pairs(text).map { Tag($0.key, $0.value) }
        case .constructed: return journey.isConstructed == Self.yes(text)
        default: return true
        }
    }

    /// `ja`, `yes`, `true`, `1`, `waar` (any case).
    static func yes(_ text: String) -> Bool {
        ["ja", "yes", "true", "1", "waar", "j", "y"].contains(TextFolding.folded(text))
    }

    /// `moeder=Claudia | vader=Wesley | kind 1`.
    static func household(_ text: String) -> [HouseholdMember] {
        CompactList.pairs(text).map { pair in
            pair.key.map { HouseholdMember(role: $0, name: pair.value) } ?? HouseholdMember(role: pair.value)
        }
    }
}
