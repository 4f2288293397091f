using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using WhaiNot.Native.Whisper;
using WhaiNot.Speech.Audio;

namespace WhaiNot.Speech.Engine;

/// <summary>
/// whisper.cpp behind <see cref="ISpeechToTextClient"/>. Input: a WAV stream (any common PCM or
/// float format, converted to 16 kHz mono) or raw 16 kHz mono PCM16. Output: one text content per
/// segment, with start, end and no-speech probability in its additional properties. Each call runs
/// on a worker thread with its own whisper state, so calls may overlap. For live audio cut into
/// utterances, see its streaming sibling <see cref="WhisperUtteranceClient"/>.
/// </summary>
public sealed class WhisperSpeechToTextClient : ISpeechToTextClient
{
    public const string StartKey = "start";
    public const string EndKey = "end";
    public const string NoSpeechProbabilityKey = "noSpeechProbability";

    private readonly WhisperModel _model;
    private readonly int _threads;

    public WhisperSpeechToTextClient(WhisperModel model, int threads = 0)
    {
        _model = model;
        _threads = threads;
        Metadata = new SpeechToTextClientMetadata("whisper.cpp", null, Path.GetFileName(model.Path));
    }

    public SpeechToTextClientMetadata Metadata { get; }

    /// <summary>Transcribes samples directly (16 kHz mono float), for callers that already hold decoded audio.</summary>
    public Task<WhisperResult> TranscribeAsync(float[] samples, string? language, string? prompt, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () => _model.Transcribe(samples, new WhisperOptions(WhisperLanguage.Normalize(language), _threads, prompt), cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
    {
        var samples = await DecodeAsync(audioSpeechStream, cancellationToken);
        var result = await TranscribeAsync(samples, options?.SpeechLanguage ?? "nl", null, cancellationToken);
        var contents = result.Segments.Select(ToContent).ToList<AIContent>();
        return new SpeechToTextResponse(contents)
        {
            ModelId = Metadata.DefaultModelId,
            StartTime = result.Segments.Count > 0 ? TimeSpan.FromSeconds(result.Segments[0].Start) : null,
            EndTime = result.Segments.Count > 0 ? TimeSpan.FromSeconds(result.Segments[^1].End) : null,
            RawRepresentation = result,
            AdditionalProperties = new AdditionalPropertiesDictionary { ["language"] = result.Language },
        };
    }

    public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
        Stream audioSpeechStream,
        SpeechToTextOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new SpeechToTextResponseUpdate { Kind = SpeechToTextResponseUpdateKind.SessionOpen };
        var response = await GetTextAsync(audioSpeechStream, options, cancellationToken);
        foreach (var content in response.Contents)
        {
            yield return new SpeechToTextResponseUpdate([content])
            {
                Kind = SpeechToTextResponseUpdateKind.TextUpdated,
                StartTime = content.AdditionalProperties?[StartKey] is double start ? TimeSpan.FromSeconds(start) : null,
                EndTime = content.AdditionalProperties?[EndKey] is double end ? TimeSpan.FromSeconds(end) : null,
            };
        }

        yield return new SpeechToTextResponseUpdate { Kind = SpeechToTextResponseUpdateKind.SessionClose };
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this
        : serviceType == typeof(SpeechToTextClientMetadata) ? Metadata
        : serviceType == typeof(WhisperModel) ? _model
        : null;

    public void Dispose()
    {
        // The model is owned by whoever loaded it; several clients may share it.
    }

    private static TextContent ToContent(WhisperSegment segment) => new(segment.Text)
    {
        AdditionalProperties = new AdditionalPropertiesDictionary
        {
            [StartKey] = segment.Start,
            [EndKey] = segment.End,
            [NoSpeechProbabilityKey] = (double)segment.NoSpeechProbability,
        },
        RawRepresentation = segment,
    };

    /// <summary>WAV when it starts with RIFF; otherwise raw 16 kHz mono PCM16 (the live stream's format).</summary>
    private static async Task<float[]> DecodeAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var head = buffer.GetBuffer().AsSpan(0, (int)Math.Min(4, buffer.Length));
        return head.SequenceEqual("RIFF"u8)
            ? WavReader.ReadMono16k(buffer)
            : AudioConverter.FromPcm16(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
