namespace WhaiNot.Application.Governance;

/// <summary>The Dutch texts of the client's export package (plain language, B1).</summary>
public static class ClientExportTexts
{
    public const string Title = "Overzicht van uw gegevens";
    public const string Intro = "U vroeg welke gegevens {ocmw} over u bewaart in het systeem voor gespreksverslagen. Dit pakket bevat ze allemaal. Het bestand gegevens.json bevat dezelfde gegevens in een vorm die een computer kan lezen. Bewaarde opnames staan als geluidsbestand in de map audio.";
    public const string AboutYou = "Uw gegevens";
    public const string Conversations = "Gesprekken";
    public const string NoConversations = "Er zijn geen gesprekken opgeslagen.";
    public const string Revocations = "Ingetrokken toestemming";
    public const string NoRevocations = "U hebt uw toestemming nooit ingetrokken.";
    public const string Reports = "Gevalideerde verslagen";
    public const string NoReports = "Er is (nog) geen gevalideerd verslag.";
    public const string Access = "Wie uw dossier gebruikte";
    public const string AccessSummary = "Het systeem noteert elke keer dat iemand uw dossier opent of wijzigt. Er zijn {count} zulke notities. U vindt ze allemaal in gegevens.json (onderdeel \"audit\").";
    public const string Rectification = "Klopt er iets niet?";
    public const string RectificationText = "Klopt er iets niet in een verslag? Vraag uw maatschappelijk werker om het te verbeteren. Die maakt dan een nieuwe versie van het verslag en valideert ze. De vorige versie blijft bewaard zoals ze was, met wie ze valideerde en wanneer. Zo blijft zichtbaar wat er veranderde. Ook een fout in uw naam of andere gegevens kan uw maatschappelijk werker verbeteren.";
    public const string Questions = "Met vragen over uw gegevens kunt u terecht bij de functionaris voor gegevensbescherming (DPO) van {ocmw}.";
    public const string Yes = "ja";
    public const string No = "nee";

    public static string ConversationLine(string date, bool dictation, string consent, string held) =>
        (dictation ? $"{date}: verslag ingesproken door uw maatschappelijk werker. " : $"{date}: gesprek. Toestemming: {consent}. ") + held;

    public static string Consent(bool recording, bool transcription, bool ai) =>
        $"opname {(recording ? Yes : No)}, uitschrift {(transcription ? Yes : No)}, AI-hulp bij het verslag {(ai ? Yes : No)}";

    public static string Held(bool audio, bool transcript, int fragments) =>
        audio || transcript
            ? $"Nog bewaard: {(audio ? "de opname" : "")}{(audio && transcript ? " en " : "")}{(transcript ? "het uitschrift" : "")}."
            : fragments > 0
                ? $"De opname en het uitschrift zijn gewist; {fragments} fragment(en) die het verslag aanhaalt, zijn bewaard."
                : "De opname en het uitschrift zijn gewist.";

    public const string NoConsentYet = "niet gevraagd";
}
