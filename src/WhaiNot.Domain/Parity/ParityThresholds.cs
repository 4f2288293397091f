namespace WhaiNot.Domain.Parity;

/// <summary>When a difference between the paths is large enough to signal to the team lead.</summary>
/// <param name="MinimumConversations">
/// Both paths need at least this many conversations in the period before they are compared;
/// below that one slow case would look like a pattern.
/// </param>
/// <param name="MedianRatio">
/// Signal when the median without AI is at least this many times the median with AI (1.25 = 25 % slower).
/// </param>
/// <param name="OnTimeGapPercentagePoints">
/// Signal when the on-time share without AI is at least this many percentage points below the share with AI.
/// </param>
/// <param name="Percentile90Ratio">
/// Signal when the 90th percentile without AI is at least this many times the one with AI, so that
/// a long tail of waiting clients shows even when the median is on par.
/// </param>
public sealed record ParityThresholds(
    int MinimumConversations = 5,
    double MedianRatio = 1.25,
    double OnTimeGapPercentagePoints = 10,
    double Percentile90Ratio = 1.25)
{
    /// <summary>Five conversations per path, 25 % slower, 10 percentage points less on time.</summary>
    public static ParityThresholds Default { get; } = new();

    /// <summary>Throws when a threshold makes no sense, so a misconfiguration never silently hides signals.</summary>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumConversations, 1, nameof(MinimumConversations));
        ValidateRatio(MedianRatio, nameof(MedianRatio));
        ValidateRatio(Percentile90Ratio, nameof(Percentile90Ratio));
        if (!double.IsFinite(OnTimeGapPercentagePoints) || OnTimeGapPercentagePoints < 0 || OnTimeGapPercentagePoints > 100)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OnTimeGapPercentagePoints),
                OnTimeGapPercentagePoints,
                "The on-time gap is a number of percentage points between 0 and 100.");
        }
    }

    private static void ValidateRatio(double ratio, string name)
    {
        if (!double.IsFinite(ratio) || ratio < 1)
        {
            throw new ArgumentOutOfRangeException(name, ratio, "A ratio is a finite number of at least 1 (1 = any slowdown).");
        }
    }
}
