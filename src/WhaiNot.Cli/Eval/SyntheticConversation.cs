namespace WhaiNot.Cli.Eval;

/// <summary>
/// A made-up intake spoken by two or three espeak-ng voices, mixed in code: turns with pauses of
/// 0.8–1.6 s, and now and then the next speaker starting 0.3 s before the previous one ends
/// (overlap, the samples add). It keeps who spoke when (the truth), a worker enrolment in the
/// worker's voice with other text, and a two-channel version (headset and table microphone).
/// </summary>
internal sealed class SyntheticConversation
{
    public const int SampleRate = 16000;

    private SyntheticConversation(string name, float[] mono, float[] stereo, IReadOnlyList<SpokenTurn> turns, float[] enrolment)
    {
        Name = name;
        Mono = mono;
        Stereo = stereo;
        Turns = turns;
        Enrolment = enrolment;
    }

    public string Name { get; }

    /// <summary>The mix as one table microphone hears it.</summary>
    public float[] Mono { get; }

    /// <summary>Interleaved: channel 1 the worker's headset (client 20 dB down), channel 2 the table microphone near the client (worker 8 dB down).</summary>
    public float[] Stereo { get; }

    public IReadOnlyList<SpokenTurn> Turns { get; }

    /// <summary>About 25 s of the worker reading the enrolment text.</summary>
    public float[] Enrolment { get; }

    public static SyntheticConversation Create(string name, IReadOnlyDictionary<SpeakerRole, SyntheticVoice> voices, IReadOnlyList<(SpeakerRole Who, string Text)> script, int seed)
    {
        ArgumentNullException.ThrowIfNull(voices);
        ArgumentNullException.ThrowIfNull(script);
        var random = new Random(seed);
        var spoken = script.Select(line => (line.Who, Audio: voices[line.Who].Speak(line.Text))).ToList();
        var placed = new List<(SpokenTurn Turn, float[] Audio)>();
        var cursor = (int)(0.5 * SampleRate);
        foreach (var (who, audio) in spoken)
        {
            var trimmed = Trim(audio);
            var start = cursor;
            if (placed.Count > 0)
            {
                var overlap = random.NextDouble() < 0.15;
                var pause = overlap ? -0.3 : 0.8 + (random.NextDouble() * 0.8);
                start = Math.Max(placed[^1].Turn.StartSample + (SampleRate / 2), placed[^1].Turn.EndSample + (int)(pause * SampleRate));
            }

            placed.Add((new SpokenTurn(who, start, start + trimmed.Length), trimmed));
            cursor = start + trimmed.Length;
        }

        var length = cursor + SampleRate;
        var mono = new float[length];
        var stereo = new float[2 * length];
        var noise = new Random(seed + 1);
        for (var i = 0; i < length; i++)
        {
            mono[i] = (float)((noise.NextDouble() * 2) - 1) * 0.001f;
            stereo[2 * i] = mono[i];
            stereo[(2 * i) + 1] = (float)((noise.NextDouble() * 2) - 1) * 0.001f;
        }

        foreach (var (turn, audio) in placed)
        {
            var headset = turn.Who == SpeakerRole.Worker ? 1.0f : 0.1f;
            var table = turn.Who == SpeakerRole.Worker ? 0.4f : 1.0f;
            for (var i = 0; i < audio.Length; i++)
            {
                var at = turn.StartSample + i;
                mono[at] += audio[i] * 0.7f;
                stereo[2 * at] += audio[i] * headset * 0.7f;
                stereo[(2 * at) + 1] += audio[i] * table * 0.7f;
            }
        }

        var enrolment = voices[SpeakerRole.Worker].Speak(EnrolmentText);
        return new SyntheticConversation(name, mono, stereo, placed.Select(p => p.Turn).ToList(), enrolment);
    }

    /// <summary>The read text of the enrolment (the same text the web app shows the worker).</summary>
    public const string EnrolmentText =
        "Ik ben maatschappelijk werker bij het OCMW. Ik lees deze tekst rustig voor, zodat de box mijn stem herkent. "
        + "Elke dag spreek ik met mensen over hun huur, hun inkomen, hun gezin en hun gezondheid. "
        + "Samen zoeken we naar een oplossing die past. Wat iemand mij vertelt, schrijf ik eerlijk op in een verslag. "
        + "Mijn stem wordt alleen gebruikt om te weten wie wat zegt in een gesprek, en ik kan ze altijd wissen.";

    /// <summary>Who spoke most of [start, end) (in samples), or null for a stretch without speech.</summary>
    public SpeakerRole? Truth(long start, long end)
    {
        var best = (Who: (SpeakerRole?)null, Overlap: 0L);
        foreach (var turn in Turns)
        {
            var overlap = Math.Min(end, turn.EndSample) - Math.Max(start, turn.StartSample);
            if (overlap > best.Overlap)
            {
                best = (turn.Who, overlap);
            }
        }

        return best.Who;
    }

    private static float[] Trim(float[] audio)
    {
        var first = Array.FindIndex(audio, s => Math.Abs(s) > 0.01f);
        var last = Array.FindLastIndex(audio, s => Math.Abs(s) > 0.01f);
        return first < 0 ? audio : audio[first..(last + 1)];
    }
}

internal enum SpeakerRole
{
    Worker,
    Client,
    Other,
}

internal sealed record SpokenTurn(SpeakerRole Who, int StartSample, int EndSample);
