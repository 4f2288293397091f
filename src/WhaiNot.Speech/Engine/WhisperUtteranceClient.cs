using WhaiNot.Native;
using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Engine;

/// <summary>
/// The streaming sibling of <see cref="WhisperSpeechToTextClient"/>: live audio arrives as
/// utterances (cut by <see cref="Streaming.UtteranceSegmenter"/>), each transcribed on a worker
/// thread into the text that was spoken, without what the engine takes for silence or noise.
/// Calls may overlap (the caller bounds them with its engine slots).
/// </summary>
/// <remarks>
/// Each utterance gets a fresh whisper state, on purpose: a reused state (whisper.cpp 1.9.3) answers
/// differently from a fresh one for the same audio — other text, other no-speech probabilities from
/// its second call on. Transcripts would then depend on which slot served an utterance, and a resume
/// after a crash would not reproduce them.
/// </remarks>
public sealed class WhisperUtteranceClient : IDisposable
{
    private readonly WhisperModel _model;
    private readonly bool _ownsModel;
    private volatile bool _disposed;

    /// <summary>A client over a model someone else owns (and disposes after this client).</summary>
    public WhisperUtteranceClient(WhisperModel model)
        : this(model, ownsModel: false)
    {
    }

    private WhisperUtteranceClient(WhisperModel model, bool ownsModel)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _ownsModel = ownsModel;
    }

    /// <summary>The model file's name, for logs and status.</summary>
    public string ModelName => Path.GetFileName(_model.Path);

    /// <summary>Loads a model (checked before native code sees it) that this client owns and disposes.</summary>
    /// <exception cref="Native.ModelFiles.ModelFileException">The file is not a valid Whisper model.</exception>
    /// <exception cref="EngineException">The engine refused the model.</exception>
    public static WhisperUtteranceClient Load(string path, bool useGpu) => new(WhisperModel.Load(path, useGpu), ownsModel: true);

    /// <summary>Transcribes one utterance of 16 kHz mono float samples.</summary>
    /// <exception cref="SpeechException">The engine failed; the same audio may be tried again.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled; the engine stopped at its next check.</exception>
    public Task<UtteranceTranscript> TranscribeAsync(ReadOnlyMemory<float> samples, UtteranceOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Task.Run(() => Transcribe(samples.Span, options, cancellationToken), cancellationToken);
    }

    /// <summary>Transcribes one utterance of 16 kHz mono 16-bit samples (the live stream's format).</summary>
    /// <exception cref="SpeechException">The engine failed; the same audio may be tried again.</exception>
    public Task<UtteranceTranscript> TranscribeAsync(ReadOnlyMemory<short> pcm16, UtteranceOptions options, CancellationToken cancellationToken) =>
        TranscribeAsync(AudioConverter.FromPcm16Samples(pcm16.Span), options, cancellationToken);

    public void Dispose()
    {
        _disposed = true;
        if (_ownsModel)
        {
            _model.Dispose();
        }
    }

    private UtteranceTranscript Transcribe(ReadOnlySpan<float> samples, UtteranceOptions options, CancellationToken cancellationToken)
    {
        var whisper = new WhisperOptions(
            WhisperLanguage.Normalize(options.Language),
            options.Threads,
            string.IsNullOrEmpty(options.Prompt) ? null : options.Prompt,
            NoSpeechThreshold: (float)options.NoSpeechThreshold);
        try
        {
            var result = _model.Transcribe(samples, whisper, cancellationToken);
            return new UtteranceTranscript(EngineText.From(result, options.NoSpeechThreshold), result.Elapsed);
        }
        catch (EngineException ex)
        {
            throw new SpeechException(ex.Message, ex.NativeCode, ex);
        }
    }
}
