using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Reports;

namespace WhaiNot.Domain.Retention;

/// <summary>
/// The retention schedule's decisions, without I/O: when a conversation's audio goes, when a
/// warning is due, when a validated report is due for the DPO's decision. The audio's term counts
/// from the end of the conversation (its creation when it never ended).
/// </summary>
public static class RetentionRules
{
    /// <summary>When the audio of a conversation without a validated report is deleted at the latest.</summary>
    public static DateTimeOffset AudioDeadline(Conversation conversation, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(policy);
        return (conversation.EndedAt ?? conversation.CreatedAt).AddDays(policy.AudioMaxDays);
    }

    /// <param name="contentHeld">The conversation's key still exists (there is audio, transcript or a draft to delete).</param>
    public static AudioRetentionStep Decide(Conversation conversation, bool legalHold, bool contentHeld, DateTimeOffset now, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(policy);
        if (!contentHeld)
        {
            return AudioRetentionStep.Keep;
        }

        var deadline = AudioDeadline(conversation, policy);
        var due = conversation.ReportValidatedAt is not null ? AudioRetentionStep.DeleteAfterValidation
            : now >= deadline ? AudioRetentionStep.DeleteAfterMaximum
            : AudioRetentionStep.Keep;
        if (due != AudioRetentionStep.Keep)
        {
            return legalHold ? AudioRetentionStep.HeldByLegalHold : due;
        }

        return !legalHold && now >= deadline.AddDays(-policy.WarningDays) ? AudioRetentionStep.Warn : AudioRetentionStep.Keep;
    }

    /// <summary>Whole days left before the audio goes (0 on the last day).</summary>
    public static int DaysLeft(Conversation conversation, DateTimeOffset now, RetentionPolicy policy) =>
        Math.Max(0, (int)Math.Floor((AudioDeadline(conversation, policy) - now).TotalDays));

    /// <summary>When a validated report is due for deletion (the DPO still decides).</summary>
    public static DateTimeOffset? ReportDueAt(ReportVersion version, RetentionPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(policy);
        return version.ValidatedAt?.AddYears(policy.ReportYears);
    }

    public static bool ReportDue(ReportVersion version, DateTimeOffset now, RetentionPolicy policy) =>
        ReportDueAt(version, policy) is { } due && now >= due;

    /// <summary>The name the audit log gives a deletion reason: stable strings the DPO filters on.</summary>
    public static string ReasonName(AudioRetentionStep step) => step switch
    {
        AudioRetentionStep.DeleteAfterValidation => "validated",
        AudioRetentionStep.DeleteAfterMaximum => "max-days",
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Geen verwijderstap."),
    };
}
