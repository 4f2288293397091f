using System.Diagnostics;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Speech.Speakers;
using WhaiNot.Speech.Streaming;

namespace WhaiNot.Cli.Eval;

/// <summary>
/// Runs live speaker attribution over a synthetic conversation as the transcriber does: the real
/// segmenter cuts utterances, each final utterance gets a voice vector and a label, in order.
/// A segment is right when its label names who spoke most of it; <c>unknown</c> counts as wrong.
/// </summary>
internal static class SpeakerEvaluation
{
    public enum Mode
    {
        WithoutProfile,
        WithProfile,
        TwoChannel,
    }

    public static SpeakerScore Run(SyntheticConversation conversation, Mode mode, SpeakerEmbedderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(settings);
        var embedder = settings.Create();
        var profile = mode == Mode.WithProfile ? embedder.Embed(conversation.Enrolment) : null;
        var attributor = new SpeakerAttributor(embedder, profile, settings.SameVoiceDistance, settings.MinimumConfidence);
        var dominance = mode == Mode.TwoChannel ? ChannelDominance.Of(conversation.Stereo) : [];
        var segmenter = new UtteranceSegmenter();
        var finals = segmenter.Feed(conversation.Mono).Concat(segmenter.Flush()).Where(e => e.Kind == SegmentEventKind.Final).ToList();
        int right = 0, unknown = 0, counted = 0;
        var watch = Stopwatch.StartNew();
        foreach (var final in finals)
        {
            var truth = conversation.Truth(final.StartSample, final.EndSample);
            var samples = conversation.Mono.AsSpan((int)final.StartSample, (int)(final.EndSample - final.StartSample));
            var frames = Frames(dominance, final.StartSample, final.EndSample);
            var guess = attributor.Next(embedder.Embed(samples), frames);
            if (truth is null)
            {
                continue;
            }

            counted++;
            unknown += guess.Speaker == Speaker.Unknown ? 1 : 0;
            right += guess.Speaker == Expected(truth.Value) ? 1 : 0;
        }

        watch.Stop();
        return new SpeakerScore(counted, right, unknown, watch.Elapsed.TotalSeconds, conversation.Mono.Length / (double)SyntheticConversation.SampleRate);
    }

    private static ReadOnlySpan<byte> Frames(byte[] dominance, long start, long end)
    {
        var first = (int)Math.Min(dominance.Length, start / ChannelDominance.SamplesPerFrame);
        var last = (int)Math.Min(dominance.Length, (end + ChannelDominance.SamplesPerFrame - 1) / ChannelDominance.SamplesPerFrame);
        return dominance.AsSpan(first, last - first);
    }

    private static Speaker Expected(SpeakerRole role) => role switch
    {
        SpeakerRole.Worker => Speaker.Worker,
        SpeakerRole.Client => Speaker.Client,
        _ => Speaker.Other,
    };
}

/// <summary>Segments with speech, how many were labelled right and how many stayed unknown; the attribution's own CPU time.</summary>
internal sealed record SpeakerScore(int Segments, int Right, int Unknown, double AttributionSeconds, double AudioSeconds)
{
    public double Accuracy => Segments == 0 ? 0 : Right / (double)Segments;

    public static SpeakerScore Sum(IEnumerable<SpeakerScore> scores) => scores.Aggregate(
        new SpeakerScore(0, 0, 0, 0, 0),
        (a, b) => new SpeakerScore(a.Segments + b.Segments, a.Right + b.Right, a.Unknown + b.Unknown, a.AttributionSeconds + b.AttributionSeconds, a.AudioSeconds + b.AudioSeconds));
}
