/// Capitalised words that are not personal names and may stay in anonymised text: national
/// institutions and laws, generic words for organisations and roles, months, days, languages and
/// holidays (Dutch and English). Compared in lower case, per part of a hyphenated word.
///
/// Deliberately national: names of local providers and places are redacted, because in a small
/// municipality they point to the family as much as a name does.
enum ProperNounList {
    static let words: Set<String> = {
        var set = Set<String>()
        for group in [institutions, roles, calendar, languages, other] {
            for entry in group.split(whereSeparator: \.isWhitespace) { set.insert(entry.lowercased()) }
        }
        return set
    }()

    /// Words right before a full stop that do not end a sentence.
    static let abbreviations: Set<String> = [
        "o.a", "a", "bijv", "bv", "mevr", "mw", "dhr", "hr", "ca", "nr", "t.a.v", "tav", "z.s.m", "e.d", "etc", "enz", "m.b.t",
        "mbt", "i.v.m", "ivm", "o.b.v", "obv", "n.a.v", "nav", "vs", "jl", "jr", "sr", "dr", "mr", "drs", "ir", "ing", "prof",
        "st", "mrs", "ms", "e.g", "i.e", "cf", "resp", "evt", "incl", "excl", "max", "min", "zgn",
    ]

    /// Lower-case words that join the parts of a name ("Jan van der Berg").
    static let particles: Set<String> = [
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "la", "le", "du", "da", "von", "vom", "zu",
        "el", "al", "bin", "ben", "di", "del", "dos", "das", "do", "y", "e",
    ]

    private static let institutions = """
        Gemeente Gemeenten Gemeentelijk Gemeentelijke College Raad Raden Kinderbescherming Veilig Thuis Politie Rechter
        Kinderrechter Rechtbank Gerechtshof Hof Officier Justitie Openbaar Ministerie OM Reclassering Jeugdreclassering
        Jeugdbescherming Jeugdzorg Jeugdhulp Jeugdhulpverlening Jeugdwet Wmo Participatiewet Wet Wetboek Burgerlijk Grondwet
        Awb Algemene Bestuursrecht Besluit Regeling Verordening Beleidsregels Zorgverzekeringswet Wlz Zvw Wijkteam Wijkteams
        Sociaal Sociale Team Teams Buurtteam Toegang Loket Zorgkantoor Zorgverzekeraar Belastingdienst Toeslagen
        Dienst Toeslagen UWV SVB DUO CJIB CAK GGD GGZ MEE Nederland Nederlandse Nederlands Koninkrijk Rijk Rijksoverheid
        Ministerie Minister Staatssecretaris Tweede Kamer Provincie Waterschap Europa Europese Unie Woningcorporatie
        Woningcorporaties Corporatie Huisarts Huisartsen Ziekenhuis School Basisschool Leerplicht Leerplichtambtenaar
        Schuldhulp Schuldhulpverlening Schuldsanering Bewindvoering Beschermingsbewind Bewindvoerder Vrouwenopvang Opvang
        Blijf Groep Leger Heils Centrum Jeugd Gezin CJG Zorg Veiligheid Veiligheidshuis Zorg Thuis Doorbraakmethode Doorbraak
        Maatwerk Maatwerkbudget Instituut Publieke Waarden Programma Geweld Hoort Nergens VNG Rijksoverheid Kadaster
        Inspectie Ombudsman Nationale Sociale Verzekeringsbank Zorgboerderij Inwoner Huishouden Interventieteam
        Huiselijk Maatschappelijk Algemeen Algemene Werk Steunpunt Meldpunt Huis Ambulant Ambulante Evaluatie Casus
        Stichting Vereniging Centrum Afdeling Dienst Bureau Regio Wijk Volwassenenzorg Verslavingszorg Thuiszorg
        Kinderopvang Kraamzorg Pleegzorg Gezinshuis Zorgaanbieder Aanbieder Crisisdienst Huisvesting Wijkverpleging
        Werkgever Inkomen Uitkering Ouderschapsbemiddeling Mediation Rechtspraak Griffie Deurwaarder Kliniek
        Afkickkliniek Netwerk Familie Vriend Vriendin Buren Buurman Buurvrouw Eerdere Zelfstandig
        """

    private static let roles = """
        Moeder Vader Ouder Ouders Kind Kinderen Zoon Dochter Dochters Zonen Broer Zus Oma Opa Tante Oom Partner Ex Gezin
        Jeugdconsulent Jeugdspecialist Casusregisseur Regisseur Wijkagent Gezinsvoogd Jeugdbeschermer Gezinsbehandelaar
        Consulent Klantmanager Hulpverlener Hulpverleners Advocaat Notaris Mentor Leerkracht Juf Meester Directeur
        Wethouder Burgemeester Ambtenaar Medewerker Coördinator Manager Begeleider Begeleiding Ambulante Behandelaar
        Psycholoog Psychiater Arts Verpleegkundige Mevrouw Meneer Heer Mw Dhr Mevr
        """

    private static let calendar = """
        Januari Februari Maart April Mei Juni Juli Augustus September Oktober November December
        January February March May June July August October
        Maandag Dinsdag Woensdag Donderdag Vrijdag Zaterdag Zondag
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        Lente Voorjaar Zomer Herfst Najaar Winter Spring Summer Autumn Fall
        Kerst Kerstmis Pasen Pinksteren Sinterklaas Oudjaar Nieuwjaar Ramadan Suikerfeest Offerfeest Christmas Easter
        Corona Covid
        """

    private static let languages = """
        Nederlandstalig Engels Engelse Duits Duitse Frans Franse Turks Turkse Marokkaans Marokkaanse Pools Poolse Arabisch
        Arabische Surinaams Surinaamse Antilliaans Antilliaanse Syrisch Syrische Eritrees Eritrese Somalisch Somalische
        Oekraïens Oekraïense Dutch English
        """

    private static let other = """
        De Het Een Deze Die Dit Dat
        God Islam Moslim Christelijk Christelijke Katholiek Katholieke Protestant Protestantse Joods Joodse
        Bijlage Hoofdstuk Paragraaf Tabel Figuur Zie Noot Artikel Art Lid I II III IV V
        """

    /// Dutch function words, which open quoted speech with a capital ("Moeder: 'Met een eigen
    /// huis …'") but are never a name. Matched as the whole word only, never as the stem of a
    /// possessive ("Wies" is a name, not "wie" + s). Only words on no name list: "Ben", "Dan",
    /// "Meer", "Per", "Wil" stay out, so those names are still found.
    static let functionWords: Set<String> = Set(functionWordList.split(whereSeparator: \.isWhitespace).map(String.init))

    private static let functionWordList = """
        met een het en voor naar bij als maar dat die dit deze wij zij ik jij hij ze we je niet geen ook nog wel toen
        want omdat door om uit over onder tegen zonder tot sinds tijdens volgens aan er hier daar waar wat wie hoe waarom
        welke elk elke alle iedereen niemand niets alles veel mijn zijn haar onze hun jullie uw mij hem hen zich
        heeft hebben is was waren wordt worden kan kunnen moet moeten zal zullen gaat gaan komt komen zo nu dus echter
        """
}
