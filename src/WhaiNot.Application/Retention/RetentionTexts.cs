namespace WhaiNot.Application.Retention;

/// <summary>What the retention schedule tells people, in plain Dutch.</summary>
public static class RetentionTexts
{
    public const string StoppedReason = "De bewaartermijn van dit gesprek is voorbij: de audio wordt gewist.";
    public const string ReportNotDue = "Dit verslag is nog niet aan vernietiging toe: de bewaartermijn loopt nog.";
    public const string ReportUnderLegalHold = "Dit dossier valt onder een wettelijke bewaarplicht: het verslag blijft bewaard.";
    public const string ConfirmationMissing = "Bevestig de vernietiging uitdrukkelijk met { \"confirm\": true }.";

    public static string Warning(int daysLeft, DateOnly on) =>
        daysLeft <= 0
            ? $"Vandaag worden de audio, het transcript en de ontwerpen van dit gesprek gewist, want er is geen gevalideerd verslag."
            : $"Over {daysLeft} dag{(daysLeft == 1 ? "" : "en")} ({on:dd-MM-yyyy}) worden de audio, het transcript en de ontwerpen van dit gesprek gewist, want er is nog geen gevalideerd verslag. Valideer het verslag vóór die dag.";
}
