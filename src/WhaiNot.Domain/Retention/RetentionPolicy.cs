namespace WhaiNot.Domain.Retention;

/// <summary>
/// The OCMW's retention schedule, as configured (settings section "Appliance:Retention").
/// </summary>
/// <param name="AudioMaxDays">A conversation that never gets a validated report loses its audio (and transcript, and drafts) this many days after it ended.</param>
/// <param name="WarningDays">Workers and team leads see a warning this many days before that happens.</param>
/// <param name="KeepCitedFragments">Keep the transcript fragments a validated report cites, sealed with the report, when the audio goes.</param>
/// <param name="ReportYears">A validated report is due for deletion this many years after validation; only a DPO confirmation deletes it.</param>
/// <param name="AiLogMonths">The AI log (metadata of every engine draft, no content) is kept at least this many months.</param>
public sealed record RetentionPolicy(int AudioMaxDays, int WarningDays, bool KeepCitedFragments, int ReportYears, int AiLogMonths)
{
    /// <summary>The shortest AI-log retention the AI Act allows a deployer (art. 26.6: at least six months).</summary>
    public const int MinimumAiLogMonths = 6;

    public static RetentionPolicy Default { get; } = new(30, 7, false, 10, 6);
}
