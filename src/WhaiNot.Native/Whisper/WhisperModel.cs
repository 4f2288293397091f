using System.Diagnostics;
using System.Text;
using WhaiNot.Native.ModelFiles;
using WhaiNot.Native.Runtime;

namespace WhaiNot.Native.Whisper;

/// <summary>
/// A loaded Whisper model. The weights are shared; every transcription gets its own whisper_state,
/// so several can run at once. The file is checked before native code sees it, because the loader
/// can abort the whole process on some malformed files.
/// </summary>
public sealed unsafe class WhisperModel : IDisposable
{
    private const int GreedySampling = 0;

    private readonly SafeWhisperContextHandle _context;

    private WhisperModel(SafeWhisperContextHandle context, string path, WhisperModelInfo info)
    {
        _context = context;
        Path = path;
        Info = info;
    }

    public string Path { get; }

    public WhisperModelInfo Info { get; }

    /// <exception cref="ModelFileException">The file is not a valid Whisper model.</exception>
    /// <exception cref="EngineException">The engine refused the model.</exception>
    public static WhisperModel Load(string path, bool useGpu)
    {
        NativeRuntime.Current.Require(EngineNames.Whisper);
        var info = WhisperModelReader.Read(path);
        var parameters = WhisperNative.ContextDefaultParams();
        parameters.UseGpu = useGpu ? (byte)1 : (byte)0;
        var utf8 = Encoding.UTF8.GetBytes(path + "\0");
        nint context;
        fixed (byte* p = utf8)
        {
            context = WhisperNative.InitFromFileNoState(p, parameters);
        }

        if (context == 0)
        {
            throw new EngineException($"whisper.cpp kon het model '{path}' niet laden (zie het log voor de reden).");
        }

        return new WhisperModel(new SafeWhisperContextHandle(context), path, info);
    }

    /// <summary>Transcribes 16 kHz mono samples. Runs on the calling thread; call it off the request path.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled; the engine stopped at its next check.</exception>
    public WhisperResult Transcribe(ReadOnlySpan<float> samples, WhisperOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_context.IsClosed, this);
        cancellationToken.ThrowIfCancellationRequested();
        var stateHandle = WhisperNative.InitState(_context);
        if (stateHandle == 0)
        {
            throw new EngineException("whisper.cpp kon geen werkgeheugen (state) aanmaken; is er genoeg geheugen?");
        }

        using var state = new SafeWhisperStateHandle(stateHandle);
        using var abort = new CancellationBridge(cancellationToken);
        var language = Encoding.UTF8.GetBytes((options.Language ?? "auto") + "\0");
        var prompt = options.Prompt is null ? null : Encoding.UTF8.GetBytes(options.Prompt + "\0");
        var stopwatch = Stopwatch.StartNew();
        int code;
        fixed (float* pcm = samples)
        fixed (byte* lang = language)
        fixed (byte* initialPrompt = prompt)
        {
            var parameters = WhisperNative.FullDefaultParams(GreedySampling);
            parameters.NThreads = options.Threads > 0 ? options.Threads : Math.Clamp(Environment.ProcessorCount, 1, 8);
            parameters.Language = lang;
            parameters.DetectLanguage = 0;
            parameters.InitialPrompt = initialPrompt;
            parameters.NoContext = 1;
            parameters.SingleSegment = options.SingleSegment ? (byte)1 : (byte)0;
            parameters.PrintProgress = 0;
            parameters.PrintRealtime = 0;
            parameters.PrintTimestamps = 0;
            parameters.PrintSpecial = 0;
            parameters.NoSpeechThreshold = options.NoSpeechThreshold;
            parameters.AbortCallback = CancellationBridge.Callback;
            parameters.AbortCallbackUserData = abort.UserData;
            code = WhisperNative.FullWithState(_context, state, parameters, pcm, samples.Length);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (code != 0)
        {
            throw new EngineException($"whisper.cpp gaf foutcode {code} bij het transcriberen.", code);
        }

        var segments = new List<WhisperSegment>();
        var count = WhisperNative.SegmentCount(state);
        var duration = samples.Length / 16000.0;
        for (var i = 0; i < count; i++)
        {
            // t0/t1 are in centiseconds. The decoder works in 30 s windows and can place timestamps
            // past the end of shorter audio; a segment never reaches beyond the samples it came from.
            var start = Math.Min(WhisperNative.SegmentStart(state, i) / 100.0, duration);
            var end = Math.Clamp(WhisperNative.SegmentEnd(state, i) / 100.0, start, duration);
            segments.Add(new WhisperSegment(
                start,
                end,
                NativeRuntime.Utf8(WhisperNative.SegmentText(state, i)).Trim(),
                WhisperNative.SegmentNoSpeechProbability(state, i)));
        }

        var detected = NativeRuntime.Utf8(WhisperNative.LanguageString(WhisperNative.LanguageIdFromState(state)));
        return new WhisperResult(segments, detected.Length > 0 ? detected : options.Language ?? "", stopwatch.Elapsed);
    }

    public void Dispose() => _context.Dispose();
}
