using System.ComponentModel.DataAnnotations;
using WhaiNot.Domain.Retention;

namespace WhaiNot.Application.Settings;

/// <summary>The retention schedule, in one settings section ("Appliance:Retention"); see <see cref="RetentionPolicy"/>.</summary>
public sealed class RetentionOptions
{
    /// <summary>Days after a conversation ends before its audio goes when no report was validated.</summary>
    [Range(1, 365)]
    public int AudioMaxDays { get; set; } = 30;

    /// <summary>Days of warning (worker and team lead) before that.</summary>
    [Range(0, 60)]
    public int WarningDays { get; set; } = 7;

    /// <summary>Keep the transcript fragments a validated report cites (sealed with the dossier) when the audio goes.</summary>
    public bool KeepCitedFragments { get; set; }

    /// <summary>Years after validation before a report is due for deletion (the OCMW's selection rule); the DPO confirms each one.</summary>
    [Range(1, 100)]
    public int ReportYears { get; set; } = 10;

    /// <summary>Months the AI log is kept at least (AI Act art. 26.6: six or more).</summary>
    [Range(RetentionPolicy.MinimumAiLogMonths, 240)]
    public int AiLogMonths { get; set; } = 6;

    /// <summary>Hours between two runs of the retention job (it also runs at start-up).</summary>
    [Range(1, 48)]
    public int RunEveryHours { get; set; } = 24;

    public RetentionPolicy ToPolicy() => new(AudioMaxDays, WarningDays, KeepCitedFragments, ReportYears, AiLogMonths);
}
