import PlanreisModel

/// Guesses a lane's group from its name when the spreadsheet has no `actorgroep` column: the
/// first lane that looks like the household is the household; other names are matched against
/// the keyword table below, first match wins; anything else is `other`.
enum ActorGroupGuess {
    /// Names that point at the household.
    static let householdWords = [
        "inwoner", "huishouden", "gezin", "moeder", "vader", "client", "ouder", "ouders", "household",
        "resident", "family", "mother", "father",
    ]

    /// Keywords per group, in the order they are tried. A keyword of up to three letters must be
    /// a whole word ("OM"), one of four letters may start a word ("raadsonderzoek"), a longer one
    /// may stand anywhere in a word ("basisschool", "kinderrechter", "gemeentelijk").
    static let table: [(group: ActorGroup, keywords: [String])] = [
        (
            .safetyJustice,
            [
                "veilig thuis", "vt", "raad voor de kinderbescherming", "raad", "rvdk", "rechter", "rechtbank",
                "kinderrechter", "politie", "wijkagent", "om", "openbaar ministerie", "reclassering",
                "jeugdbescherm", "gecertificeerde instelling", "advocaat", "police", "court", "judge",
            ]
        ),
        (
            .municipality,
            [
                "gemeente", "jeugdconsulent", "wmo-consulent", "wmo", "consulent", "leerplicht", "municipality",
                "council",
            ]
        ),
        (
            .socialWork,
            [
                "jeugdspecialist", "sociaal werk", "farent", "maatschappelijk werk", "wijkteam", "casusregisseur",
                "sociaal team", "social work", "social worker",
            ]
        ),
        (.youthCare, ["jeugdzorg", "jeugdhulp", "zorgboerderij", "sterk huis", "pleegzorg", "youth care"]),
        (
            .housing,
            [
                "woningcorporatie", "corporatie", "woningbouw", "verhuurder", "woonstichting", "huisvesting",
                "housing", "landlord",
            ]
        ),
        (
            .health,
            [
                "ziekenhuis", "huisarts", "ggz", "ggd", "verslavingszorg", "kliniek", "psychiater", "psycholoog",
                "hospital", "doctor", "gp",
            ]
        ),
        (.education, ["school", "onderwijs", "kinderopvang", "leerkracht", "education"]),
        (
            .income,
            [
                "uwv", "svb", "belastingdienst", "schuldhulp", "schuldhulpverlening", "bewindvoerder", "bewind",
                "budgetbeheer", "inkomen", "werk en inkomen", "income",
            ]
        ),
    ]

    /// The group for a lane named `name`; `householdTaken` tells whether an earlier lane already
    /// is the household.
    static func guess(_ name: String, householdTaken: Bool) -> ActorGroup {
        // The slug is lower-case ASCII words joined by dashes: compared as bytes.
        let words = TextFolding.slug(name, fallback: "").utf8.split(separator: UInt8(ascii: "-")).map(Array.init)
        if !householdTaken, matches(words, any: householdKeywords, prefix: false) { return .household }
        for (group, keywords) in tableKeywords where matches(words, any: keywords, prefix: true) {
            return group
        }
        return .other
    }

    /// A keyword as its words, in bytes (split once).
    private typealias Keyword = [[UInt8]]

    private static func split(_ keyword: String) -> Keyword {
        keyword.split(whereSeparator: { $0 == " " || $0 == "-" }).map { Array($0.utf8) }
    }

    private static let householdKeywords: [Keyword] = householdWords.map(split)
    private static let tableKeywords: [(ActorGroup, [Keyword])] = table.map { ($0.group, $0.keywords.map(split)) }

    private static func matches(_ words: [[UInt8]], any keywords: [Keyword], prefix: Bool) -> Bool {
        keywords.contains { parts in
            guard !parts.isEmpty, parts.count <= words.count else { return false }
            for start in 0...(words.count - parts.count) {
                var ok = true
                for (offset, part) in parts.enumerated() {
                    let word = words[start + offset]
                    let last = offset == parts.count - 1
                    let matched: Bool
                    switch part.count {
                    case _ where !prefix || !last: matched = word == part
                    case ...3: matched = word == part
                    case 4: matched = word.starts(with: part)
                    default: matched = contains(word, part)
                    }
                    if !matched {
                        ok = false
                        break
                    }
                }
                if ok { return true }
            }
            return false
        }
    }

    /// Whether `part` occurs in `word`.
    private static func contains(_ word: [UInt8], _ part: [UInt8]) -> Bool {
        guard part.count <= word.count else { return false }
        for start in 0...(word.count - part.count) where word[start] == part[0] {
            if word[start..<(start + part.count)].elementsEqual(part) { return true }
        }
        return false
    }
}
