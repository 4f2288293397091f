namespace WhaiNot.Domain.Day;

/// <summary>
/// Which sections of which templates hold agreements, the only sentences offered as proposed actions
/// (ids as in firmware-config/templates, any version). A section's suggested actor is only the
/// first choice on the screen; the worker picks who when confirming.
/// </summary>
public static class AgreementSections
{
    private static readonly Dictionary<(string Template, string Section), ActionActor?> Sections = new()
    {
        [("intakeverslag", "afspraken")] = null,
        [("trajectverslag-gpmi", "engagementen_client")] = ActionActor.Client,
        [("trajectverslag-gpmi", "engagementen_ocmw")] = ActionActor.Worker,
        [("evaluatieverslag", "aangepaste_afspraken")] = null,
        [("verslag-mdo", "afspraken")] = null,
    };

    public static bool Contains(string templateId, string sectionId) => Sections.ContainsKey((templateId, sectionId));

    /// <summary>Who the section's agreements are usually for, when the section says (the client's or the OCMW's engagements).</summary>
    public static ActionActor? SuggestedActor(string templateId, string sectionId) =>
        Sections.TryGetValue((templateId, sectionId), out var actor) ? actor : null;
}
