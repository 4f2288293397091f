using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Speech.Speakers;

/// <summary>
/// Who spoke each utterance of one conversation. A clear channel (two-channel capture) decides
/// first. Otherwise the utterances' voice vectors are clustered together with an anchor: the
/// worker's enrolled profile when there is one, else the conversation's first utterance (the
/// worker opens the conversation). The anchor's voice is <c>worker</c>, the largest other voice
/// <c>client</c>, a clear third voice <c>other</c>; below the minimum confidence a segment stays
/// <c>unknown</c>. Live, it keeps the last <see cref="Window"/> utterances, so the cost per
/// utterance stays bounded in a long conversation.
/// </summary>
public sealed class SpeakerAttributor(ISpeakerEmbedder embedder, float[]? workerProfile, double sameVoiceDistance, double minimumConfidence)
{
    public const int Window = 120;

    private readonly SpeakerClustering _clustering = new(embedder.Distance, sameVoiceDistance);
    private readonly List<float[]> _recent = [];
    private float[]? _firstUtterance;

    public bool HasProfile => workerProfile is not null;

    /// <summary>Adds the newest utterance and says who spoke it.</summary>
    public SpeakerGuess Next(float[]? voice, ReadOnlySpan<byte> channelFrames)
    {
        var (channel, share) = ChannelDominance.Decide(channelFrames);
        if (voice is not null)
        {
            Remember(voice);
        }

        if (channel == ChannelDominance.WorkerChannel)
        {
            return new SpeakerGuess(Speaker.Worker, Math.Round(share, 2), "channel");
        }

        if (voice is null)
        {
            return channel == ChannelDominance.ClientChannel ? new SpeakerGuess(Speaker.Client, Math.Round(share, 2), "channel") : SpeakerGuess.Unknown;
        }

        var acoustic = Acoustic(voice);
        if (channel == ChannelDominance.ClientChannel)
        {
            // The table microphone hears the client and anyone else beside them: the voice tells a clear third person apart.
            return acoustic.Speaker == Speaker.Other ? acoustic : new SpeakerGuess(Speaker.Client, Math.Round(share, 2), "channel");
        }

        return acoustic;
    }

    private SpeakerGuess Acoustic(float[] voice)
    {
        var anchor = workerProfile ?? _firstUtterance!;
        var pool = new List<float[]>(_recent.Count + 1) { anchor };
        pool.AddRange(workerProfile is null && ReferenceEquals(_recent[0], _firstUtterance) ? _recent.Skip(1) : _recent);
        var clusters = _clustering.Cluster(pool);
        var (cluster, confidence) = clusters[^1];
        if (ReferenceEquals(voice, anchor))
        {
            // The very first utterance without a profile: only the "worker opens" rule says who it is.
            confidence = Math.Min(confidence, minimumConfidence);
        }

        if (cluster >= 2 && clusters.Count(c => c.Cluster == cluster) == 1)
        {
            // A voice heard once so far: a third person, or two voices overlapping in one segment. Not sure yet.
            confidence = Math.Min(confidence, minimumConfidence / 2);
        }

        var speaker = cluster switch
        {
            0 => Speaker.Worker,
            1 => Speaker.Client,
            _ => Speaker.Other,
        };
        confidence = Math.Round(confidence, 2);
        return confidence < minimumConfidence
            ? new SpeakerGuess(Speaker.Unknown, confidence, workerProfile is null ? "clusters" : "profile")
            : new SpeakerGuess(speaker, confidence, workerProfile is null ? "clusters" : "profile");
    }

    private void Remember(float[] voice)
    {
        _firstUtterance ??= voice;
        _recent.Add(voice);
        if (_recent.Count > Window)
        {
            _recent.RemoveAt(0);
        }
    }
}
