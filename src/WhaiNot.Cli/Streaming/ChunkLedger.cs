using System.Diagnostics;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// Every chunk of one upload with when it was first sent and when it was acknowledged. Acked(seq)
/// covers seq and everything before it, so one watermark says what the box holds; everything above
/// it is kept for a resend after a reconnect.
/// </summary>
internal sealed class ChunkLedger
{
    private readonly IReadOnlyList<byte[]> _chunks;
    private readonly long[] _sentAt;
    private readonly long[] _ackedAt;
    private readonly object _gate = new();
    private long _acked = -1;
    private long _resent;
    private TaskCompletionSource _ackArrived = NewSignal();

    public ChunkLedger(IReadOnlyList<byte[]> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        _chunks = chunks;
        _sentAt = new long[chunks.Count];
        _ackedAt = new long[chunks.Count];
    }

    public int Count => _chunks.Count;

    /// <summary>The highest acknowledged seq (-1: none yet).</summary>
    public long Acked
    {
        get
        {
            lock (_gate)
            {
                return _acked;
            }
        }
    }

    public long FirstUnacknowledged => Acked + 1;

    public bool AllAcknowledged => Acked >= Count - 1;

    /// <summary>Chunks sent more than once because a connection dropped before their Acked came.</summary>
    public long Resent => Interlocked.Read(ref _resent);

    public long TotalBytes => _chunks.Sum(c => (long)c.Length);

    public byte[] Chunk(long seq) => _chunks[(int)seq];

    /// <summary>Stopwatch timestamp of the first send of <paramref name="seq"/>; 0 when not sent yet.</summary>
    public long SentAt(long seq) => Interlocked.Read(ref _sentAt[seq]);

    /// <summary>Stopwatch timestamp of the acknowledgement of <paramref name="seq"/>; 0 when not acknowledged.</summary>
    public long AckedAt(long seq) => Interlocked.Read(ref _ackedAt[seq]);

    /// <summary>The latest first-send timestamp: when the last chunk left.</summary>
    public long LastSentAt => _sentAt.Length == 0 ? 0 : _sentAt.Max();

    public void MarkSent(long seq)
    {
        if (Interlocked.CompareExchange(ref _sentAt[seq], Stopwatch.GetTimestamp(), 0) != 0)
        {
            Interlocked.Increment(ref _resent);
        }
    }

    public void Acknowledge(long seq)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            var upTo = Math.Min(seq, Count - 1);
            if (upTo <= _acked)
            {
                return;
            }

            var now = Stopwatch.GetTimestamp();
            for (var s = _acked + 1; s <= upTo; s++)
            {
                _ackedAt[s] = now;
            }

            _acked = upTo;
            signal = _ackArrived;
            _ackArrived = NewSignal();
        }

        signal.TrySetResult();
    }

    /// <summary>Waits until everything up to <paramref name="seq"/> is acknowledged.</summary>
    public async Task WaitForAckAsync(long seq, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (_acked >= Math.Min(seq, Count - 1))
                {
                    return;
                }

                next = _ackArrived.Task;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
