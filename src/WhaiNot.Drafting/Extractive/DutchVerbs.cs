namespace WhaiNot.Drafting.Extractive;

/// <summary>
/// Turns the finite verb of "ik", "u" and "we" into the third person singular: "ik heb" →
/// "heeft", "u bent" → "is", "we bekijken" → "bekijkt". Past forms are the same for "ik" and
/// "hij/zij", so only the present tense changes.
/// </summary>
internal static class DutchVerbs
{
    private static readonly Dictionary<string, string> FirstPerson = new(StringComparer.Ordinal)
    {
        ["ben"] = "is",
        ["heb"] = "heeft",
        ["kan"] = "kan",
        ["wil"] = "wil",
        ["zal"] = "zal",
        ["mag"] = "mag",
        ["moet"] = "moet",
        ["ga"] = "gaat",
        ["sta"] = "staat",
        ["doe"] = "doet",
        ["zie"] = "ziet",
        ["sla"] = "slaat",
        ["kom"] = "komt",
        ["weet"] = "weet",
        ["zit"] = "zit",
        ["word"] = "wordt",
        ["krijg"] = "krijgt",
        ["vind"] = "vindt",
        ["denk"] = "denkt",
        ["hou"] = "houdt",
        ["zeg"] = "zegt",
        ["lig"] = "ligt",
        ["woon"] = "woont",
        ["huur"] = "huurt",
        ["betaal"] = "betaalt",
        ["werk"] = "werkt",
        ["zoek"] = "zoekt",
        ["volg"] = "volgt",
        ["slaap"] = "slaapt",
        ["neem"] = "neemt",
        ["geef"] = "geeft",
        ["breng"] = "brengt",
        ["bel"] = "belt",
        ["stuur"] = "stuurt",
        ["kijk"] = "kijkt",
        ["maak"] = "maakt",
        ["probeer"] = "probeert",
        ["hoop"] = "hoopt",
        ["eet"] = "eet",
        ["drink"] = "drinkt",
        ["loop"] = "loopt",
        ["help"] = "helpt",
        ["vraag"] = "vraagt",
        ["leer"] = "leert",
        ["spreek"] = "spreekt",
        ["verdien"] = "verdient",
        ["hoor"] = "hoort",
        ["durf"] = "durft",
        ["leef"] = "leeft",
        ["spaar"] = "spaart",
        ["begrijp"] = "begrijpt",
        ["snap"] = "snapt",
        ["mis"] = "mist",
        ["lees"] = "leest",
        ["schrijf"] = "schrijft",
        ["rij"] = "rijdt",
        ["fiets"] = "fietst",
        ["begin"] = "begint",
        ["stop"] = "stopt",
        ["wacht"] = "wacht",
        ["zorg"] = "zorgt",
        ["heet"] = "heet",
        ["kook"] = "kookt",
        ["poets"] = "poetst",
        ["gebruik"] = "gebruikt",
        ["ken"] = "kent",
        ["blijf"] = "blijft",
        ["voel"] = "voelt",
        ["piekeer"] = "piekert",
        ["let"] = "let",
        ["dacht"] = "dacht",
    };

    private static readonly Dictionary<string, string> SecondPerson = new(StringComparer.Ordinal)
    {
        ["hebt"] = "heeft",
        ["bent"] = "is",
        ["zijt"] = "is",
        ["hebde"] = "heeft",
        ["kunt"] = "kan",
        ["wilt"] = "wil",
        ["zult"] = "zal",
    };

    private static readonly Dictionary<string, string> Plural = new(StringComparer.Ordinal)
    {
        ["hebben"] = "heeft",
        ["zijn"] = "is",
        ["vinden"] = "vindt",
        ["houden"] = "houdt",
        ["melden"] = "meldt",
        ["bieden"] = "biedt",
        ["worden"] = "wordt",
        ["gaan"] = "gaat",
        ["doen"] = "doet",
        ["kunnen"] = "kan",
        ["moeten"] = "moet",
        ["willen"] = "wil",
        ["zullen"] = "zal",
        ["mogen"] = "mag",
        ["komen"] = "komt",
        ["staan"] = "staat",
        ["zien"] = "ziet",
        ["weten"] = "weet",
        ["slaan"] = "slaat",
        ["hadden"] = "had",
        ["waren"] = "was",
        ["konden"] = "kon",
        ["moesten"] = "moest",
        ["wilden"] = "wilde",
        ["zouden"] = "zou",
        ["mochten"] = "mocht",
        ["kregen"] = "kreeg",
        ["gingen"] = "ging",
        ["kwamen"] = "kwam",
        ["deden"] = "deed",
    };

    private static readonly HashSet<string> PastSingular = new(StringComparer.Ordinal)
    {
        "zag", "had", "was", "kon", "wou", "moest", "mocht", "kreeg", "ging", "kwam", "deed", "zei", "vond", "dacht", "bleef", "gaf", "nam", "las",
        "schreef", "sprak", "stond", "zat", "lag", "liep", "viel", "hield", "wist", "bracht", "kocht", "zocht", "vroeg", "sliep", "at", "dronk",
    };

    public static bool IsKnownFirstPerson(string folded) => FirstPerson.ContainsKey(folded);

    /// <summary>"heb" → "heeft"; an unknown word after "ik" gets the regular ending ("huur" → "huurt").</summary>
    public static string FromFirstPerson(string word)
    {
        var lower = word.ToLowerInvariant();
        if (FirstPerson.TryGetValue(lower, out var known))
        {
            return known;
        }

        // Past forms are the same for "ik" and "hij/zij" ("zag ik" → "zag mevrouw").
        if (PastSingular.Contains(lower) || (lower.Length > 4 && lower.EndsWith("de", StringComparison.Ordinal)) || (lower.Length > 4 && lower.EndsWith("te", StringComparison.Ordinal)))
        {
            return word;
        }

        return lower.EndsWith('t') ? word : lower.EndsWith('a') ? word + "at" : word + "t";
    }

    public static string FromSecondPerson(string word) => SecondPerson.TryGetValue(word.ToLowerInvariant(), out var known) ? known : word;

    /// <summary>"bekijken" → "bekijkt", "maken" → "maakt", "stellen" → "stelt", "geven" → "geeft", "hebben" → "heeft".</summary>
    public static string FromPlural(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Plural.TryGetValue(lower, out var known))
        {
            return known;
        }

        if (lower.Length < 4 || !lower.EndsWith("en", StringComparison.Ordinal))
        {
            return word;
        }

        // Regular past plural: "werkten" → "werkte".
        if (lower.EndsWith("ten", StringComparison.Ordinal) || lower.EndsWith("den", StringComparison.Ordinal))
        {
            var candidate = lower[..^1];
            if (candidate.Length > 4 && candidate[^3] is 't' or 'd' or 'k' or 'p' or 'f' or 's' or 'l' or 'r' or 'n' or 'm' or 'g' or 'w' or 'v' or 'z' or 'b')
            {
                return candidate;
            }
        }

        var stem = lower[..^2];
        if (stem.Length >= 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            stem = stem[..^1];
        }
        else if (stem.Length >= 3 && !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^2] is 'a' or 'e' or 'o' or 'u')
        {
            // Open syllable: "ma-ken" → "maak", "be-ta-len" → "betaal".
            stem = stem[..^1] + stem[^2] + stem[^1];
        }

        if (stem.EndsWith('v'))
        {
            stem = stem[..^1] + "f";
        }
        else if (stem.EndsWith('z'))
        {
            stem = stem[..^1] + "s";
        }

        return stem.EndsWith('t') ? stem : stem + "t";
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
