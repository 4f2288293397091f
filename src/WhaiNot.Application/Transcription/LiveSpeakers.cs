using WhaiNot.Domain.Transcripts;
using WhaiNot.Speech.Speakers;
using WhaiNot.Storage;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// Speaker attribution inside one conversation's transcriber: the channel hint of each stored
/// chunk laid out per 100 ms, and the attributor that sees every final utterance in order (also
/// the ones already transcribed before a restart, so its memory of the voices is rebuilt).
/// </summary>
internal sealed class LiveSpeakers
{
    private readonly ISpeakerEmbedder _embedder;
    private readonly SpeakerAttributor _attributor;
    private readonly List<byte> _channelFrames = [];
    private long _samples;

    private LiveSpeakers(ISpeakerEmbedder embedder, SpeakerAttributor attributor)
    {
        _embedder = embedder;
        _attributor = attributor;
    }

    /// <summary>Attribution for a conversation of <paramref name="workerId"/>, with the worker's profile when one of this embedder exists.</summary>
    public static LiveSpeakers Create(SpeakerEmbedderSettings settings, VoiceProfileStore profiles, Guid workerId)
    {
        var embedder = settings.Create();
        var profile = profiles.Find(workerId);
        var vector = profile is not null && profile.Embedder == embedder.Name ? profile.Vector : null;
        return new LiveSpeakers(embedder, new SpeakerAttributor(embedder, vector, settings.SameVoiceDistance, settings.MinimumConfidence));
    }

    public bool HasProfile => _attributor.HasProfile;

    /// <summary>A stored chunk of <paramref name="samples"/> was read, with its dominant channel (0 none).</summary>
    public void Append(int samples, byte channel)
    {
        _samples += samples;
        while (_channelFrames.Count < _samples / ChannelDominance.SamplesPerFrame)
        {
            _channelFrames.Add(channel);
        }
    }

    /// <summary>Who spoke the final utterance [start, end) with these samples.</summary>
    public SpeakerGuess Attribute(ReadOnlySpan<float> samples, long start, long end)
    {
        var first = (int)Math.Min(_channelFrames.Count, start / ChannelDominance.SamplesPerFrame);
        var last = (int)Math.Min(_channelFrames.Count, (end + ChannelDominance.SamplesPerFrame - 1) / ChannelDominance.SamplesPerFrame);
        var frames = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_channelFrames)[first..last];
        return _attributor.Next(_embedder.Embed(samples), frames);
    }

    /// <summary>The speaker to store for a guess: below the threshold it is already unknown.</summary>
    public static (Speaker Speaker, double? Confidence) Stored(SpeakerGuess guess) =>
        guess.Source == "none" ? (Speaker.Unknown, null) : (guess.Speaker, guess.Confidence);
}
