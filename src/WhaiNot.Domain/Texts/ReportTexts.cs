namespace WhaiNot.Domain.Texts;

/// <summary>What the report lifecycle says to a worker when it refuses (Dutch, B1).</summary>
public static class ReportTexts
{
    public const string Locked = "Deze versie is gevalideerd en verandert niet meer. Maak een nieuwe versie (POST …/revisions).";
    public const string AlreadyValidated = "Deze versie is al gevalideerd.";
    public const string LatestIsDraft = "De laatste versie is nog een ontwerp: pas die aan.";
    public const string ValidatedHoldsUnsupported = "Een gevalideerd verslag mag geen zinnen zonder steun in het gesprek bevatten.";

    public static string WrongSections(string templateId, string templateVersion, IEnumerable<string> sectionIds) =>
        $"De secties moeten die van sjabloon '{templateId}' versie {templateVersion} zijn, in die volgorde: {string.Join(", ", sectionIds)}.";

    public static string UnsupportedRemain(int count, IEnumerable<string> headings) =>
        $"Valideren kan niet: {count} zin(nen) steunen niet op het gesprek ({string.Join(", ", headings)}). Pas ze aan, geef de juiste bron of schrap ze.";

    public static string WorkerSectionsEmpty(IEnumerable<string> headings) =>
        $"Valideren kan niet: schrijf eerst {string.Join(", ", headings.Select(h => $"'{h}'"))}. Dat deel schrijft alleen de maatschappelijk werker (of duid 'niet van toepassing' aan).";

    public static string RequiredSectionsOpen(IEnumerable<string> headings) =>
        $"Valideren kan niet: deze verplichte delen zijn nog leeg: {string.Join(", ", headings.Select(h => $"'{h}'"))}. Vul ze aan, of duid 'niet van toepassing' aan als er niets over te zeggen is.";

    public static string NotApplicableWithText(string heading) =>
        $"'{heading}' is aangeduid als niet van toepassing maar bevat tekst. Kies één van beide.";
}
