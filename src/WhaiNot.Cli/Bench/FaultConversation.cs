using WhaiNot.Cli.Streaming;

namespace WhaiNot.Cli.Bench;

/// <summary>
/// One conversation of the fault bench: its audio is uploaded until the box acknowledged every
/// chunk, through connection drops, appliance restarts and full disks. A client restart throws the
/// stream client away and starts a new one, which knows nothing and resends from chunk 0 (the box
/// re-acknowledges what it holds). <see cref="Acked"/> is the highest seq any client got acknowledged.
/// </summary>
internal sealed class FaultConversation(ApplianceApi api, IReadOnlyList<byte[]> chunks, Guid id)
{
    private readonly object _gate = new();
    private CancellationTokenSource? _attempt;
    private long _acked = -1;

    public Guid Id { get; } = id;

    public IReadOnlyList<byte[]> Chunks { get; } = chunks;

    public long Acked => Interlocked.Read(ref _acked);

    public int Attempts { get; private set; }

    public bool Active { get; private set; }

    /// <summary>Uploads until every chunk is acknowledged; gives up only after <paramref name="giveUpAfter"/> without progress.</summary>
    public async Task RunAsync(TimeSpan giveUpAfter, CancellationToken cancellationToken)
    {
        Active = true;
        var lastProgress = DateTime.UtcNow;
        try
        {
            while (Acked < Chunks.Count - 1)
            {
                var before = Acked;
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                lock (_gate)
                {
                    _attempt = attempt;
                }

                Attempts++;
                var stream = new ConversationStream(api, Chunks);
                try
                {
                    await stream.JoinAsync(Id, attempt.Token);
                    await stream.UploadAsync(realTime: false, attempt.Token);
                }
                catch (Exception) when (!cancellationToken.IsCancellationRequested)
                {
                    // A fault (drop, restart, full disk) or a client restart: a new client tries again.
                }
                finally
                {
                    lock (_gate)
                    {
                        _attempt = null;
                    }

                    Record(stream.Ledger.Acked);
                    await stream.DisposeAsync();
                }

                if (Acked > before)
                {
                    lastProgress = DateTime.UtcNow;
                }
                else if (DateTime.UtcNow - lastProgress > giveUpAfter)
                {
                    return;
                }
                else
                {
                    await Task.Delay(200, cancellationToken);
                }
            }
        }
        finally
        {
            Active = false;
        }
    }

    /// <summary>Kills the current client mid-upload (as closing the browser tab would); false when none runs.</summary>
    public bool RestartClient()
    {
        lock (_gate)
        {
            if (_attempt is null)
            {
                return false;
            }

            _attempt.Cancel();
            return true;
        }
    }

    /// <summary>Acknowledged chunks that are not on the box byte-exact in their place; and bytes stored beyond what was sent.</summary>
    public (int Lost, long ExtraBytes) Check(ReadOnlySpan<byte> stored)
    {
        var lost = 0;
        long offset = 0;
        for (var seq = 0; seq <= Acked; seq++)
        {
            var chunk = Chunks[seq];
            if (offset + chunk.Length > stored.Length || !stored.Slice((int)offset, chunk.Length).SequenceEqual(chunk))
            {
                lost++;
            }

            offset += chunk.Length;
        }

        return (lost, Math.Max(0, stored.Length - Chunks.Sum(c => (long)c.Length)));
    }

    private void Record(long acked)
    {
        long seen;
        while (acked > (seen = Interlocked.Read(ref _acked)) && Interlocked.CompareExchange(ref _acked, acked, seen) != seen)
        {
        }
    }
}
