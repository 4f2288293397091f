using System.Diagnostics;
using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// One stream of the bench: a conversation of its own, uploaded at real-time pace, with the time
/// from sending a chunk to the Segment event that ends in it, and the Transcription progress.
/// </summary>
internal sealed class BenchClient : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<double> _partials = [];
    private readonly List<double> _finals = [];
    private readonly List<double> _lags = [];

    public BenchClient(ApplianceApi api, IReadOnlyList<byte[]> chunks)
    {
        Stream = new ConversationStream(api, chunks);
        Stream.SegmentReceived += OnSegment;
        Stream.TranscriptionReceived += (progress, _) =>
        {
            lock (_gate)
            {
                _lags.Add(progress.LagSeconds);
            }
        };
    }

    public ConversationStream Stream { get; }

    public bool Completed { get; private set; }

    /// <summary>Seconds from the last chunk's send to Transcription.complete; null when it didn't complete.</summary>
    public double? CompleteAfterLastChunk { get; private set; }

    public ChunkAccounting? Accounting { get; set; }

    public IReadOnlyList<double> PartialLatencies => Snapshot(_partials);

    public IReadOnlyList<double> FinalLatencies => Snapshot(_finals);

    public IReadOnlyList<double> Lags => Snapshot(_lags);

    /// <summary>Per chunk: from its first send to its acknowledgement, in seconds.</summary>
    public IReadOnlyList<double> AckLatencies =>
        Enumerable.Range(0, Stream.Ledger.Count)
            .Where(seq => Stream.Ledger.SentAt(seq) != 0 && Stream.Ledger.AckedAt(seq) != 0)
            .Select(seq => Stopwatch.GetElapsedTime(Stream.Ledger.SentAt(seq), Stream.Ledger.AckedAt(seq)).TotalSeconds)
            .ToList();

    /// <summary>Uploads, ends the conversation and waits (bounded) for the complete transcription.</summary>
    public async Task RunAsync(ApplianceApi api, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(api);
        await Stream.UploadAsync(realTime: true, cancellationToken);
        await api.EndConversationAsync(Stream.Conversation, cancellationToken);
        Completed = await Stream.WaitForTranscriptAsync(wait, cancellationToken);
        if (Completed)
        {
            CompleteAfterLastChunk = Stopwatch.GetElapsedTime(Stream.Ledger.LastSentAt, Stream.Transcription.CompletedAt).TotalSeconds;
        }
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();

    private void OnSegment(SegmentMessage segment, long receivedAt)
    {
        var sentAt = Stream.Ledger.SentAt(Pcm16Chunks.ChunkHolding(segment.End, Stream.Ledger.Count));
        if (sentAt == 0)
        {
            return;
        }

        var latency = Stopwatch.GetElapsedTime(sentAt, receivedAt).TotalSeconds;
        lock (_gate)
        {
            (segment.Final ? _finals : _partials).Add(latency);
        }
    }

    private List<double> Snapshot(List<double> values)
    {
        lock (_gate)
        {
            return [.. values];
        }
    }
}
