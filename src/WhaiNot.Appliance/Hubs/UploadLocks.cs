using System.Collections.Concurrent;

namespace WhaiNot.Appliance.Hubs;

/// <summary>
/// One upload per conversation at a time. After a network drop the client reconnects and starts a
/// new upload while the server may still be finishing the old one (its connection isn't known to be
/// dead yet): the new upload cancels the old and waits for it, so two streams never interleave
/// sequence numbers for the same conversation.
/// </summary>
public sealed class UploadLocks
{
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    /// <summary>Takes over the conversation's upload; dispose the result when the upload ends.</summary>
    public async Task<IDisposable> TakeOverAsync(Guid conversationId, CancellationTokenSource upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var entry = _entries.GetOrAdd(conversationId, _ => new Entry());
        CancellationTokenSource? previous;
        lock (entry)
        {
            previous = entry.Current;
            entry.Current = upload;
        }

        if (previous is not null)
        {
            try
            {
                await previous.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // The old upload ended on its own in the meantime.
            }
        }

        await entry.Gate.WaitAsync(cancellationToken);
        return new Release(entry, upload);
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public CancellationTokenSource? Current { get; set; }
    }

    private sealed class Release(Entry entry, CancellationTokenSource upload) : IDisposable
    {
        public void Dispose()
        {
            lock (entry)
            {
                if (ReferenceEquals(entry.Current, upload))
                {
                    entry.Current = null;
                }
            }

            entry.Gate.Release();
        }
    }
}
