namespace WhaiNot.Domain.Parity;

/// <summary>Counts consent choices for the DPO.</summary>
public static class ConsentStatisticsCalculator
{
    /// <summary>
    /// Counts per conversation only the choice that stands: the one with the latest
    /// <see cref="ConsentDecision.RecordedAt"/>; of two recorded at the same moment, the later in
    /// <paramref name="decisions"/>. A client who changed their mind is counted once, as they decided last.
    /// </summary>
    /// <param name="decisions">All recorded choices, in any order.</param>
    /// <param name="revocations">Withdrawn consents, passed through as counted elsewhere; not negative.</param>
    public static ConsentFigures Calculate(IEnumerable<ConsentDecision> decisions, int revocations)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentOutOfRangeException.ThrowIfNegative(revocations);

        var latest = new Dictionary<Guid, ConsentDecision>();
        foreach (var decision in decisions)
        {
            if (decision is null)
            {
                throw new ArgumentException("The decisions contain a null entry.", nameof(decisions));
            }

            if (!latest.TryGetValue(decision.ConversationId, out var standing) || decision.RecordedAt >= standing.RecordedAt)
            {
                latest[decision.ConversationId] = decision;
            }
        }

        var conversations = latest.Count;
        var recording = latest.Values.Count(d => d.Recording);
        var transcription = latest.Values.Count(d => d.Transcription);
        var aiDrafting = latest.Values.Count(d => d.AiDrafting);
        return new ConsentFigures(
            conversations,
            recording,
            transcription,
            aiDrafting,
            Rate(recording, conversations),
            Rate(transcription, conversations),
            Rate(aiDrafting, conversations),
            revocations);
    }

    private static double? Rate(int count, int total) => total == 0 ? null : (double)count / total;
}
