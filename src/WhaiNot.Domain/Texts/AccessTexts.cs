namespace WhaiNot.Domain.Texts;

/// <summary>What a refused access says (Dutch, B1). The same words whether the thing exists in another team or not at all would leak less, but a worker needs to know a dossier exists.</summary>
public static class AccessTexts
{
    public const string Forbidden = "U hebt geen toegang tot deze gegevens.";
    public const string DossierNotFound = "Dit dossier bestaat niet.";
    public const string ConversationNotFound = "Dit gesprek bestaat niet.";
    public const string RevocationNotFound = "Deze intrekking bestaat niet.";
    public const string ReportNotFound = "Dit verslag bestaat niet.";
    public const string DossierKeyMissing = "De sleutel van dit dossier ontbreekt.";
}
