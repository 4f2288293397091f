using WhaiNot.Domain.Transcripts;
using WhaiNot.Speech.Audio;
using WhaiNot.Speech.Engine;
using WhaiNot.Speech.Streaming;
using WhaiNot.Storage;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// Live transcription of one conversation. It reads the stored (acknowledged) audio, never the
/// network, so after a crash or restart it picks up where the stored progress says and still
/// completes. The segmenter decides what to transcribe: partials while someone speaks, a final at
/// each pause. When it falls behind it skips stale partials (never finals) and reports the lag.
/// </summary>
internal sealed partial class ConversationTranscriber(
    Guid conversationId,
    ConversationRepository conversations,
    AudioChunkStore audio,
    TranscriptStore transcripts,
    SpeechEngine engine,
    Func<EngineSlots> slots,
    TranscriptEvents events,
    TranscriberSettings settings,
    Func<Guid, LiveSpeakers?> speakersOf,
    ChannelHints channels,
    ILogger logger)
{
    private const double SampleRate = 16000.0;
    private const int MaxChunksPerPass = 240;
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StatusEvery = TimeSpan.FromMilliseconds(500);

    private readonly SemaphoreSlim _nudge = new(0, 1);
    private readonly UtteranceSegmenter _segmenter = new();
    private readonly AudioWindow _window = new();
    private readonly List<SegmentEvent> _pending = [];
    private readonly HashSet<int> _partialShown = [];
    private long _nextSequence;
    private long _uploadedSamples;
    private double _coveredSeconds;
    private bool _flushed;
    private string _context = "";
    private TranscriptionProgress _progress = TranscriptionProgress.None;
    private DateTimeOffset _lastStatus = DateTimeOffset.MinValue;
    private bool _warnedLag;

    // A dictation has one speaker, the worker; in a conversation speaker attribution says who spoke
    // each final (partials stay unknown until then), and the worker corrects it.
    private Speaker _speaker = Speaker.Unknown;
    private LiveSpeakers? _speakers;

    public Guid ConversationId => conversationId;

    /// <summary>New audio was stored (or the conversation ended): look again now.</summary>
    public void Nudge(int newSamples = 0)
    {
        Interlocked.Add(ref _uploadedSamples, newSamples);
        try
        {
            _nudge.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already nudged; one wake-up is enough.
        }
    }

    /// <summary>Runs until the conversation is ended and fully transcribed, or the token is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _progress = transcripts.Progress(conversationId);
        var conversation = conversations.Find(conversationId);
        _speaker = conversation?.IsDictation == true ? Speaker.Worker : Speaker.Unknown;
        _speakers = conversation is { IsDictation: false } ? speakersOf(conversation.CreatedBy) : null;
        _coveredSeconds = _progress.TranscribedSeconds;
        _context = Tail(string.Join(' ', transcripts.Segments(conversationId).Select(s => s.Text)));
        while (!_progress.Complete)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var more = false;
            var ready = false;
            using (var speech = engine.TryLease())
            {
                if (speech is not null)
                {
                    ready = true;
                    more = ReadStoredAudio();
                    await ProcessAsync(speech.Client, cancellationToken);
                }
            }

            await ReportAsync(ready, force: false, cancellationToken);
            if (_flushed && _pending.Count == 0)
            {
                _progress = _progress with { TranscribedSeconds = _window.End / SampleRate, Complete = true };
                transcripts.SaveProgress(conversationId, _progress);
                _coveredSeconds = _window.End / SampleRate;
                await ReportAsync(engineReady: true, force: true, cancellationToken);
                return;
            }

            if (!more)
            {
                await _nudge.WaitAsync(Idle, cancellationToken);
            }
        }
    }

    /// <summary>Reads the next stored chunks (a bounded batch, so catching up on an hour doesn't hold an hour in memory); true when more are waiting.</summary>
    private bool ReadStoredAudio()
    {
        // One batch, one key unwrap (not one per chunk); a full batch means more may be waiting.
        var chunks = audio.ReadFrom(conversationId, _nextSequence, MaxChunksPerPass);
        foreach (var chunk in chunks)
        {
            var samples = AudioConverter.FromPcm16(chunk);
            _speakers?.Append(samples.Length, channels.Take(conversationId, _nextSequence));
            _window.Append(samples);
            _pending.AddRange(_segmenter.Feed(samples));
            _nextSequence++;
        }

        if (chunks.Count == MaxChunksPerPass)
        {
            return true;
        }

        // Ended: everything acknowledged is stored before the end is accepted, so close the last utterance.
        if (!_flushed && conversations.Find(conversationId)?.EndedAt is not null && !audio.Has(conversationId, _nextSequence))
        {
            _pending.AddRange(_segmenter.Flush());
            _flushed = true;
        }

        return false;
    }

    private async Task ProcessAsync(WhisperUtteranceClient speech, CancellationToken cancellationToken)
    {
        while (_pending.Count > 0)
        {
            var next = _pending[0];
            var stale = next.Utterance <= _progress.FinalUtterances
                || (next.Kind == SegmentEventKind.Partial && _pending.Skip(1).Any(e => e.Utterance == next.Utterance));
            if (stale && next.Kind == SegmentEventKind.Final && next.Utterance <= _progress.FinalUtterances)
            {
                // Transcribed before a restart: the attributor still hears it, so it remembers the voices.
                _speakers?.Attribute(_window.Slice(next.StartSample, next.EndSample), next.StartSample, next.EndSample);
            }

            if (!stale)
            {
                try
                {
                    await TranscribeAsync(speech, next, cancellationToken);
                }
                catch (SpeechException ex)
                {
                    // Kept in the queue: the audio is stored, a later pass tries again.
                    LogEngineFailed(logger, conversationId, ex.Message);
                    return;
                }
            }

            _pending.RemoveAt(0);
        }

        // Nothing open any more: the audio before the last second can go (it is on disk).
        _window.DropBefore(_segmenter.InUtterance ? _segmenter.UtteranceStart : _segmenter.Position - (long)SampleRate);
        if (!_segmenter.InUtterance)
        {
            _coveredSeconds = Math.Max(_coveredSeconds, _segmenter.Position / SampleRate);
        }
    }

    private async Task TranscribeAsync(WhisperUtteranceClient speech, SegmentEvent segment, CancellationToken cancellationToken)
    {
        var samples = _window.Slice(segment.StartSample, segment.EndSample).ToArray();
        UtteranceTranscript heard;
        var engineSlots = slots();
        using (await engineSlots.Gate.EnterAsync(cancellationToken))
        {
            var options = new UtteranceOptions("nl", engineSlots.Threads, _context, settings.NoSpeechThreshold);
            heard = await speech.TranscribeAsync(samples, options, cancellationToken);
        }

        var text = heard.Text;
        var id = TranscriptSegment.IdFor(segment.Utterance);
        if (segment.Kind == SegmentEventKind.Partial)
        {
            if (text.Length > 0)
            {
                _partialShown.Add(segment.Utterance);
                await events.SegmentAsync(conversationId, new SegmentMessage(id, segment.Start, segment.End, SpeakerNames.Of(_speaker), text, Final: false), cancellationToken);
            }

            _coveredSeconds = Math.Max(_coveredSeconds, segment.End);
            return;
        }

        var (speaker, confidence) = _speakers is null ? (_speaker, (double?)null) : LiveSpeakers.Stored(_speakers.Attribute(samples, segment.StartSample, segment.EndSample));
        if (text.Length > 0)
        {
            transcripts.Save(conversationId, new TranscriptSegment(id, segment.Start, segment.End, speaker, text, text, speaker, EngineSpeakerConfidence: confidence));
            _context = Tail(_context + " " + text);
        }

        _progress = _progress with { FinalUtterances = segment.Utterance, TranscribedSeconds = segment.End };
        transcripts.SaveProgress(conversationId, _progress);
        _coveredSeconds = Math.Max(_coveredSeconds, segment.End);
        if (text.Length > 0 || _partialShown.Remove(segment.Utterance))
        {
            await events.SegmentAsync(conversationId, new SegmentMessage(id, segment.Start, segment.End, SpeakerNames.Of(speaker), text, Final: true, confidence), cancellationToken);
        }
    }

    private async Task ReportAsync(bool engineReady, bool force, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (!force && now - _lastStatus < StatusEvery)
        {
            return;
        }

        _lastStatus = now;
        var audio = Math.Max(_window.End, Interlocked.Read(ref _uploadedSamples)) / SampleRate;
        var lag = Math.Max(0, audio - _coveredSeconds);
        if (lag > settings.LagWarningSeconds && !_warnedLag)
        {
            _warnedLag = true;
            LogLagging(logger, conversationId, lag);
        }
        else if (lag < settings.LagWarningSeconds / 2)
        {
            _warnedLag = false;
        }

        var status = new TranscriptionStatus(Math.Round(audio, 2), Math.Round(_coveredSeconds, 2), Math.Round(lag, 2), _progress.Complete, engineReady);
        await events.StatusAsync(conversationId, status, cancellationToken);
    }

    private string Tail(string text) =>
        text.Length <= settings.ContextCharacters ? text.Trim() : text[^settings.ContextCharacters..].Trim();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Transcriptie van gesprek {Conversation} loopt {Lag:F1} s achter op de audio; er gaat niets verloren, de tekst volgt later.")]
    private static partial void LogLagging(ILogger logger, Guid conversation, double lag);

    [LoggerMessage(Level = LogLevel.Error, Message = "De spraakengine faalde voor gesprek {Conversation}: {Problem}. Er wordt opnieuw geprobeerd.")]
    private static partial void LogEngineFailed(ILogger logger, Guid conversation, string problem);
}
