namespace WhaiNot.Domain.Kpis;

/// <summary>
/// Why a worker flags an engine draft as an incident. A fixed list on purpose: a flag holds no free
/// text, so nothing about the client slips into the AI log.
/// </summary>
public static class IncidentCategories
{
    /// <summary>Stable names (API and log) with the Dutch label.</summary>
    public static readonly IReadOnlyDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["onjuist"] = "Feitelijk onjuist",
        ["verzonnen"] = "Iets dat niet gezegd werd",
        ["schadelijk"] = "Kwetsend of schadelijk voor de cliënt",
        ["vooringenomen"] = "Vooringenomen of stereotiep",
        ["privacy"] = "Gevoelige informatie die niet in het verslag hoort",
        ["oordeel"] = "Een oordeel of aanbeveling die de engine niet mag geven",
    };

    public static bool IsKnown(string? name) => name is not null && All.ContainsKey(name);
}
