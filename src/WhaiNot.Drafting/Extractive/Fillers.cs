namespace WhaiNot.Drafting.Extractive;

/// <summary>Greetings, thanks, interjections and consent words: talk around the facts, never a fact itself.</summary>
internal static class Fillers
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "goeiemorgen", "goeiemiddag", "goedemorgen", "goedemiddag", "goeienavond", "dag", "daag", "hallo", "dank", "danku", "bedankt", "merci", "welkom",
        "sorry", "excuseer", "alstublieft", "astublieft", "gedaan", "tot", "ziens", "perfect", "prima", "super", "fijn", "oke", "ok", "oei", "amai",
        "allez", "awel", "bon", "euh", "eh", "ehm", "hm", "ah", "oh", "hoor", "he", "proficiat", "succes", "thuiskomen", "binnen", "zet", "kom",
        "komt", "komen", "mee", "akkoord", "begrijp", "begrijpelijk", "spijt", "zwaar", "jammer", "mooi", "nieuws", "gemakkelijk", "gevonden",
        "enfin", "natuurlijk", "tuurlijk",
    };

    private static readonly string[] ConsentStems = ["opnem", "opname", "opgenomen", "neem maar op", "doe maar"];

    public static bool IsFiller(string folded) => Words.Contains(folded);

    /// <summary>Talk about recording the conversation (asking or giving consent).</summary>
    public static bool IsConsentTalk(SegmentWords words) =>
        words.Words.Any(w => w.StartsWith("opnem", StringComparison.Ordinal) || w.StartsWith("opname", StringComparison.Ordinal) || w == "opgenomen")
        || string.Join(' ', words.Words).Contains(ConsentStems[3], StringComparison.Ordinal);
}
