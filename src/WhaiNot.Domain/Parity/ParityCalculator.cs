namespace WhaiNot.Domain.Parity;

/// <summary>
/// Compares the wait for a validated report between conversations with AI and without AI, because
/// refusing AI must never cost a client time. Pure and deterministic: the same input gives the same
/// report on any machine and in any input order.
/// </summary>
public static class ParityCalculator
{
    private const double TailPercentile = 90;

    /// <summary>Calculates the parity report for a period.</summary>
    /// <param name="outcomes">One outcome per conversation (a conversation id twice is refused, it would be counted twice).</param>
    /// <param name="from">First local day of the period.</param>
    /// <param name="to">Last local day of the period, inclusive.</param>
    /// <param name="asOf">
    /// The moment the state is judged at: a report validated after it counts as still open, an open
    /// report is overdue when its deadline lies before it, and a conversation ending after it is left out.
    /// </param>
    /// <param name="zone">
    /// The time zone whose calendar decides the period (e.g. Europe/Brussels): a conversation belongs
    /// to the period when the local date of its end lies between <paramref name="from"/> and <paramref name="to"/>.
    /// </param>
    /// <param name="thresholds">When to signal a difference; <see cref="ParityThresholds.Default"/> when omitted.</param>
    /// <param name="teamId">Only this team's conversations; all teams when omitted.</param>
    public static ParityReport Calculate(
        IEnumerable<ConversationOutcome> outcomes,
        DateOnly from,
        DateOnly to,
        DateTimeOffset asOf,
        TimeZoneInfo zone,
        ParityThresholds? thresholds = null,
        Guid? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(zone);
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:O}) before it starts ({from:O}).", nameof(to));
        }

        var limits = thresholds ?? ParityThresholds.Default;
        limits.Validate();

        var seen = new HashSet<Guid>();
        var withAi = new List<ConversationOutcome>();
        var withoutAi = new List<ConversationOutcome>();
        foreach (var outcome in outcomes)
        {
            if (outcome is null)
            {
                throw new ArgumentException("The outcomes contain a null entry.", nameof(outcomes));
            }

            if (!seen.Add(outcome.ConversationId))
            {
                throw new ArgumentException($"Conversation {outcome.ConversationId} appears more than once.", nameof(outcomes));
            }

            if (!Enum.IsDefined(outcome.Path))
            {
                throw new ArgumentException($"Conversation {outcome.ConversationId} has an unknown report path {outcome.Path}.", nameof(outcomes));
            }

            if ((teamId is { } team && outcome.TeamId != team)
                || outcome.ConversationEnded > asOf
                || !IsInPeriod(outcome.ConversationEnded, from, to, zone))
            {
                continue;
            }

            (outcome.Path == ReportPath.Ai ? withAi : withoutAi).Add(outcome);
        }

        var ai = Summarize(ReportPath.Ai, withAi, asOf);
        var alternative = Summarize(ReportPath.Alternative, withoutAi, asOf);
        return new ParityReport(from, to, asOf, ai, alternative, ParitySignals.Compare(ai, alternative, limits));
    }

    private static bool IsInPeriod(DateTimeOffset ended, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        // Convert the instant, not the wall-clock value the caller happened to store it with.
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ended, zone).DateTime);
        return localDate >= from && localDate <= to;
    }

    private static PathFigures Summarize(ReportPath path, List<ConversationOutcome> conversations, DateTimeOffset asOf)
    {
        var durations = new List<TimeSpan>(conversations.Count);
        var onTime = 0;
        var validatedLate = 0;
        var open = 0;
        var openOverdue = 0;
        foreach (var conversation in conversations)
        {
            if (conversation.ReportValidated is { } validated && validated <= asOf)
            {
                // A validation stamped before the end can only be clock skew between devices; it waited nothing.
                var duration = validated - conversation.ConversationEnded;
                durations.Add(duration < TimeSpan.Zero ? TimeSpan.Zero : duration);
                if (validated <= conversation.Deadline)
                {
                    onTime++;
                }
                else
                {
                    validatedLate++;
                }
            }
            else
            {
                open++;
                if (asOf > conversation.Deadline)
                {
                    openOverdue++;
                }
            }
        }

        // Open reports not yet due are left out: they may still be on time, so counting them either way would lie.
        var judged = durations.Count + openOverdue;
        return new PathFigures(
            path,
            conversations.Count,
            durations.Count,
            open,
            DurationStatistics.Median(durations),
            DurationStatistics.NearestRankPercentile(durations, TailPercentile),
            onTime,
            validatedLate + openOverdue,
            judged == 0 ? null : (double)onTime / judged);
    }
}
