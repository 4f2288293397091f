namespace WhaiNot.Documents.Tests;

/// <summary>Documents the tests render: the real confirmation letter, and one with every block kind.</summary>
internal static class SampleDocuments
{
    public static OcmwDocument ConsentRevokedLetter() => new()
    {
        Title = "U wilt geen opnames meer – bevestiging",
        Metadata = ["Datum: 22 november 2026", "Dossier: SD-2026-0101"],
        Blocks =
        [
            new Paragraph("Beste mevrouw Verhaegen,"),
            new Paragraph("Op 22 november 2026 liet u ons telefonisch weten dat u niet meer wilt dat we uw gesprekken opnemen en met een computerprogramma verwerken. Dat hebben we goed ontvangen."),
            new Heading("Wat verandert er?"),
            new BulletList(
            [
                "Vanaf 22 november 2026 nemen we uw gesprekken niet meer op.",
                "De opnames en computerteksten die we nog hadden, hebben we gewist op 22 november 2026.",
                "Verslagen die uw maatschappelijk werker al had nagelezen en goedgekeurd, blijven in uw dossier, zoals elk ander verslag.",
                "Uw hulp blijft precies dezelfde. U hoeft niets te doen.",
            ]),
            new Paragraph("Wilt u later toch weer een opname toelaten? Dat kan bij een volgend gesprek."),
            new Paragraph("Vragen? Neem contact op met An Peeters (maatschappelijk werker) of de functionaris voor gegevensbescherming."),
            new Signature("An Peeters", "maatschappelijk werker"),
        ],
    };

    public static OcmwDocument EveryBlockKind(bool draft = false) => new()
    {
        Title = "Sociaal verslag – cliënt",
        Subtitle = "Huisbezoek en budgetbegeleiding",
        Metadata = ["Datum: 3 december 2026", "Dossier: SD-2026-0202"],
        Footer = "OCMW Voorbeeldstad – vertrouwelijk",
        Draft = draft,
        Blocks =
        [
            new Heading("Aanleiding"),
            new Paragraph("De cliënte vraagt hulp bij een naïeve afbetalingsregeling van € 125,50 per maand."),
            new SentenceWithSources("Mevrouw zegt dat de huur sinds oktober niet meer betaald is.", "[00:12–00:31]"),
            new SentenceWithSources("Er is geen vermelding van schulden bij de energieleverancier.", ""),
            new BulletList(["Huur: € 640", "Energie: € 95,20", "Ideeën voor besparing volgen."]),
            new KeyValueTable(
            [
                new KeyValueRow("Gewist", "Opnames en computerteksten"),
                new KeyValueRow("Bewaard", "Goedgekeurde verslagen, zoals elk ander verslag in het dossier"),
            ]),
            new Heading("AI-verklaring"),
            new Paragraph("Dit verslag werd opgesteld met hulp van een computerprogramma.\nDe maatschappelijk werker heeft het nagelezen."),
            new Signature("Jeroen Maes", "maatschappelijk werker"),
        ],
    };

    /// <summary>Every text of <see cref="EveryBlockKind"/>, in reading order.</summary>
    public static string[] EveryBlockKindTexts() =>
    [
        "Sociaal verslag – cliënt",
        "Huisbezoek en budgetbegeleiding",
        "Datum: 3 december 2026",
        "Dossier: SD-2026-0202",
        "Aanleiding",
        "De cliënte vraagt hulp bij een naïeve afbetalingsregeling van € 125,50 per maand.",
        "Mevrouw zegt dat de huur sinds oktober niet meer betaald is.",
        "[00:12–00:31]",
        "Er is geen vermelding van schulden bij de energieleverancier.",
        "Huur: € 640",
        "Energie: € 95,20",
        "Ideeën voor besparing volgen.",
        "Gewist",
        "Opnames en computerteksten",
        "Bewaard",
        "Goedgekeurde verslagen, zoals elk ander verslag in het dossier",
        "AI-verklaring",
        "Dit verslag werd opgesteld met hulp van een computerprogramma.",
        "De maatschappelijk werker heeft het nagelezen.",
        "Jeroen Maes",
        "maatschappelijk werker",
    ];

    /// <summary>Every text of <see cref="ConsentRevokedLetter"/>, in reading order.</summary>
    public static string[] ConsentRevokedLetterTexts()
    {
        var letter = ConsentRevokedLetter();
        var texts = new List<string> { letter.Title };
        texts.AddRange(letter.Metadata);
        foreach (var block in letter.Blocks)
        {
            texts.AddRange(block switch
            {
                Paragraph p => [p.Text],
                Heading h => [h.Text],
                BulletList b => b.Items,
                Signature s => [s.Name, s.Role],
                _ => [],
            });
        }

        return [.. texts];
    }

    public static OcmwDocument Long(int paragraphs, bool draft = false) => new()
    {
        Title = "Lang verslag",
        Draft = draft,
        Blocks = [.. Enumerable.Range(1, paragraphs).Select(i => new Paragraph($"Alinea {i}: de cliënt vertelt over zijn situatie en over de hulp die hij al kreeg."))],
    };
}
