namespace WhaiNot.Drafting.Text;

/// <summary>
/// Word lists for comparing a report sentence with what was said: words that carry no content of
/// their own (function words, pronouns, the usual verbs, the words a report uses to name the
/// client and the worker, units of time), and groups of words that mean the same here.
/// </summary>
internal static class DutchLexicon
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // Articles, pronouns, possessives.
        "de", "het", "een", "'t", "t", "'n", "ik", "mij", "me", "mijn", "m'n", "mijzelf", "mezelf", "jij", "je", "jou", "jouw", "u", "uw", "gij", "ge",
        "hij", "hem", "zijn", "zij", "ze", "haar", "hun", "hen", "wij", "we", "ons", "onze", "jullie", "zich", "zichzelf", "men", "die", "dat", "deze",
        "dit", "wie", "wat", "welke", "welk", "waar", "er", "daar", "hier", "iemand", "niemand", "iets", "niets", "niks", "alles", "allemaal", "elk",
        "elke", "ieder", "iedere", "iedereen", "beide", "allebei", "zelf", "diens", "wiens", "ene", "andere", "ander",
        // Prepositions, conjunctions, adverbs.
        "aan", "af", "bij", "door", "in", "met", "na", "naar", "naast", "om", "onder", "op", "over", "per", "rond", "sinds", "te", "tegen", "tot",
        "uit", "van", "vanaf", "voor", "zonder", "via", "binnen", "buiten", "tussen", "achter", "boven", "en", "of", "maar", "want", "dus", "omdat",
        "als", "toen", "wanneer", "terwijl", "zodat", "hoewel", "dan", "ook", "nog", "al", "wel", "niet", "geen", "nooit", "altijd", "soms", "vaak",
        "heel", "zeer", "erg", "echt", "eigenlijk", "gewoon", "zo", "zo'n", "zoals", "toch", "even", "eens", "nu", "meer", "minder", "veel", "weinig",
        "ongeveer", "bijna", "ruim", "iets", "pas", "net", "reeds", "intussen", "daarna", "daarvoor", "daarom", "daarnaast", "verder", "ook", "wel",
        "hoe", "waarom", "ja", "nee", "neen", "oké", "ok", "euh", "eh", "ehm", "hé", "he", "hoor", "allez", "amai", "ah", "oh", "zeker", "misschien",
        "graag", "samen", "alleen", "nog", "meest", "meestal", "elkaar", "bv", "bijvoorbeeld", "enkel", "vooral", "zelfs", "mee", "terug", "weer",
        // Auxiliaries and the most general verbs.
        "ben", "bent", "is", "zijn", "was", "waren", "geweest", "wezen", "heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad", "word", "wordt",
        "worden", "werd", "werden", "geworden", "kan", "kunt", "kunnen", "kon", "konden", "gekund", "wil", "wilt", "willen", "wou", "wilde", "wilden",
        "zal", "zult", "zullen", "zou", "zouden", "mag", "mogen", "mocht", "mochten", "moet", "moeten", "moest", "moesten", "ga", "gaat", "gaan", "ging",
        "gingen", "gegaan", "doe", "doet", "doen", "deed", "deden", "gedaan", "kom", "komt", "komen", "kwam", "kwamen", "gekomen", "zeg", "zegt",
        "zeggen", "zei", "zeiden", "gezegd", "vertelt", "vertellen", "vertelde", "verteld", "vraagt", "vroeg", "gevraagd", "laat", "laten", "liet",
        "gelaten", "staat", "staan", "stond", "gestaan", "bedraagt", "bedragen", "bedroeg", "vindt", "vind", "denk", "denkt", "dacht", "lijkt",
        "krijgt", "krijg", "kreeg", "kregen",
        // How a report names the people in the room and the office.
        "mevrouw", "meneer", "mijnheer", "client", "clienten", "maatschappelijk", "maatschappelijke", "werker", "mw", "ocmw",
        // Units of time and quantity: the numbers before them are checked as facts.
        "uur", "uren", "minuut", "minuten", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren", "keer", "euro", "eur", "procent",
        "stuk", "stuks", "totaal",
    };

    private static readonly string[][] SameMeaning =
    [
        ["geboren", "geboortedatum", "geboorte", "geboortejaar"],
        ["vader", "papa", "pa"],
        ["moeder", "mama", "ma"],
        ["ontvangt", "ontvangen", "ontving", "krijgt", "gekregen", "krijgen", "toegekend"],
        ["elektriciteit", "elektriek", "stroom", "elektrisch"],
        ["woning", "huis", "huisje", "rijhuis"],
        ["appartement", "appartementje", "flat"],
        ["vriend", "maat", "kameraad"],
        ["werk", "job", "tewerkstelling", "baan"],
        ["kinderopvang", "opvang", "creche", "onthaalmoeder"],
        ["dokter", "arts", "huisarts", "huisdokter"],
        ["gsm", "telefoon", "smartphone"],
        ["overleden", "overleed", "gestorven", "stierf", "dood"],
        ["eigenaar", "eigenares", "verhuurder", "huisbaas"],
        ["echtgenote", "vrouw"],
        ["echtgenoot", "man"],
        ["lening", "leende", "geleend", "lenen"],
        ["afbetaling", "afbetalen", "terugbetalen", "terugbetaalt", "terugbetaling", "afbetaalt"],
        ["factuur", "rekening", "facturen", "rekeningen"],
        ["verhuisd", "verhuis", "verhuizing", "verhuisde"],
        ["vluchteling", "vluchtelingenstatus"],
        ["ontslagen", "ontslag", "afgedankt"],
        ["kinderen", "kind", "kids"],
        ["ziekenhuis", "hospitaal"],
        ["studeerde", "studeren", "gestudeerd", "studie", "studies", "opleiding"],
        ["eten", "maaltijd", "maaltijden"],
        ["buurman", "buurvrouw", "buren", "buur"],
        ["belg", "belgische", "belgisch", "belgie"],
        ["afkomstig", "komt"],
        ["gescheiden", "scheiding", "uit elkaar"],
        ["getrouwd", "gehuwd", "trouwde", "huwelijk"],
        ["rusthuis", "woonzorgcentrum"],
        ["zicht", "ogen"],
        ["spaargeld", "spaarrekening", "spaarboekje", "gespaard"],
    ];

    private static readonly Dictionary<string, string> Canonical = BuildCanonical();

    public static bool IsStopWord(string folded) => StopWords.Contains(folded);

    /// <summary>The first word of a group of words that mean the same here, or null.</summary>
    public static string? SameMeaningKey(string folded) => Canonical.TryGetValue(folded, out var key) ? key : null;

    private static Dictionary<string, string> BuildCanonical()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SameMeaning)
        {
            foreach (var word in group)
            {
                map.TryAdd(word, group[0]);
            }
        }

        return map;
    }
}
