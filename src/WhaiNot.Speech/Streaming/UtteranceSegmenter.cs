namespace WhaiNot.Speech.Streaming;

/// <summary>
/// Voice activity detection and utterance cutting for live audio, fed in any piece sizes. Energy
/// per 30 ms frame against an adaptive noise floor decides speech; silence never opens an
/// utterance, so the engine is never asked to transcribe a quiet room (no invented text). The
/// state is small and can be rebuilt by feeding the stored audio again, so a restart resumes.
/// </summary>
public sealed class UtteranceSegmenter
{
    private const int SampleRate = 16000;

    private readonly SegmenterOptions _options;
    private readonly int _frame;
    private readonly float[] _pending;
    private int _pendingCount;
    private long _position;
    private float _noiseFloor = 0.002f;

    private bool _inUtterance;
    private int _utterance;
    private long _utteranceStart;
    private long _lastSpeech;
    private long _speechSamples;
    private long _lastPartialAt;

    public UtteranceSegmenter(SegmenterOptions? options = null)
    {
        _options = options ?? new SegmenterOptions();
        _frame = Math.Max(1, (int)(_options.FrameSeconds * SampleRate));
        _pending = new float[_frame];
    }

    /// <summary>Samples consumed so far (the resume point).</summary>
    public long Position => _position;

    public bool InUtterance => _inUtterance;

    /// <summary>First sample of the open utterance (padding included); audio before it is no longer needed once nothing is open.</summary>
    public long UtteranceStart => _utteranceStart;

    /// <summary>The number of the latest utterance opened (0 before any speech).</summary>
    public int Utterance => _utterance;

    /// <summary>Feeds 16 kHz mono samples; returns what to transcribe now, in order.</summary>
    public IReadOnlyList<SegmentEvent> Feed(ReadOnlySpan<float> samples)
    {
        var events = new List<SegmentEvent>();
        while (!samples.IsEmpty)
        {
            var take = Math.Min(_frame - _pendingCount, samples.Length);
            samples[..take].CopyTo(_pending.AsSpan(_pendingCount));
            _pendingCount += take;
            samples = samples[take..];
            if (_pendingCount == _frame)
            {
                Frame(_pending, events);
                _pendingCount = 0;
            }
        }

        return events;
    }

    /// <summary>The recording ended: close an open utterance with a final.</summary>
    public IReadOnlyList<SegmentEvent> Flush()
    {
        var events = new List<SegmentEvent>();
        if (_inUtterance)
        {
            Close(events, _position);
        }

        return events;
    }

    private void Frame(float[] frame, List<SegmentEvent> events)
    {
        var start = _position;
        _position += frame.Length;
        var rms = Rms(frame);
        var speech = rms >= Math.Max(_options.MinimumSpeechRms, _noiseFloor * _options.NoiseFloorFactor);
        if (!speech)
        {
            // The floor follows quiet stretches slowly, so a humming room doesn't count as speech.
            _noiseFloor = (_noiseFloor * 0.95f) + (rms * 0.05f);
        }

        var padding = (long)(_options.PaddingSeconds * SampleRate);
        if (speech)
        {
            if (!_inUtterance)
            {
                _inUtterance = true;
                _utterance++;
                _utteranceStart = Math.Max(0, start - padding);
                _speechSamples = 0;
                _lastPartialAt = _utteranceStart;
            }

            _lastSpeech = _position;
            _speechSamples += frame.Length;
        }

        if (!_inUtterance)
        {
            return;
        }

        var length = _position - _utteranceStart;
        if (_position - _lastSpeech >= (long)(_options.PauseSeconds * SampleRate))
        {
            Close(events, Math.Min(_position, _lastSpeech + padding));
        }
        else if (length >= (long)(_options.MaxUtteranceSeconds * SampleRate))
        {
            Close(events, _position);
        }
        else if (_position - _lastPartialAt >= (long)(_options.PartialEverySeconds * SampleRate) && _speechSamples >= (long)(_options.MinSpeechSeconds * SampleRate))
        {
            _lastPartialAt = _position;
            events.Add(new SegmentEvent(SegmentEventKind.Partial, _utterance, _utteranceStart, _position));
        }
    }

    private void Close(List<SegmentEvent> events, long end)
    {
        // A click or a cough shorter than the minimum is not an utterance: it gets no final at all.
        if (_speechSamples >= (long)(_options.MinSpeechSeconds * SampleRate))
        {
            events.Add(new SegmentEvent(SegmentEventKind.Final, _utterance, _utteranceStart, end));
        }

        _inUtterance = false;
    }

    private static float Rms(ReadOnlySpan<float> frame)
    {
        double sum = 0;
        foreach (var sample in frame)
        {
            sum += sample * sample;
        }

        return (float)Math.Sqrt(sum / frame.Length);
    }
}
