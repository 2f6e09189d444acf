import PlanreisModel
import Testing

@testable import PlanreisFormats

/// Lane groups guessed from lane names (spreadsheets without a group column, XES resources).
@Suite struct ActorGroupGuessTests {
    @Test(arguments: [
        ("Moeder", false, ActorGroup.household),
        ("Moeder", true, .other),
        ("Veilig Thuis West-Brabant", true, .safetyJustice),
        ("VT", true, .safetyJustice),
        ("Raadsonderzoek", true, .safetyJustice),  // four letters may start a word
        ("Kinderrechter Breda", true, .safetyJustice),  // longer keywords anywhere in a word
        ("OM", true, .safetyJustice),  // up to three letters: a whole word
        ("Mompelaar", true, .other),  // … so "om" inside a word is no match
        ("Gemeentelijk jeugdconsulent", true, .municipality),
        ("Sociaal team Oost", true, .socialWork),
        ("Woningcorporatie Thuis", true, .housing),
        ("Huisarts", true, .health),
        ("Basisschool De Regenboog", true, .education),
        ("Schuldhulpverlening", true, .income),
        ("Resource21", true, .other),
        ("Gemeente Étten-Leur", true, .municipality),
    ])
    func guessesFromKeywords(_ name: String, _ householdTaken: Bool, _ group: ActorGroup) {
        #expect(ActorGroupGuess.guess(name, householdTaken: householdTaken) == group)
    }
}
