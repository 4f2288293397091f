using System.Collections.Concurrent;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// Everything running for a conversation (an upload, a transcription, a draft) registers here with a
/// cancellation source, so a revocation can stop all of it at once. Parts that start later (the hub,
/// the transcriber, drafting) register through <see cref="Begin"/>.
/// </summary>
public sealed class ConversationActivity
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Guid, Registration>> _running = new();

    /// <summary>Raised after a conversation's work was stopped; the hub tells its clients (Stopped).</summary>
    public event Action<Guid, string>? Stopped;

    /// <summary>Registers work for <paramref name="conversationId"/>; dispose the result when the work ends.</summary>
    public Registration Begin(Guid conversationId, CancellationToken linkedTo)
    {
        var registration = new Registration(this, conversationId, CancellationTokenSource.CreateLinkedTokenSource(linkedTo));
        _running.GetOrAdd(conversationId, _ => new()).TryAdd(registration.Id, registration);
        return registration;
    }

    /// <summary>Conversations with work running now (a recording, a transcription catching up, a draft), for IT before an upgrade.</summary>
    public int ActiveConversations => _running.Count(entry => !entry.Value.IsEmpty);

    public int RunningFor(Guid conversationId) => _running.TryGetValue(conversationId, out var set) ? set.Count : 0;

    /// <summary>Cancels all work of these conversations and raises <see cref="Stopped"/> for each; returns how many were running.</summary>
    public int StopAll(IEnumerable<Guid> conversationIds, string reason)
    {
        ArgumentNullException.ThrowIfNull(conversationIds);
        var stopped = 0;
        foreach (var id in conversationIds)
        {
            if (_running.TryGetValue(id, out var set))
            {
                foreach (var registration in set.Values)
                {
                    registration.Cancel();
                    stopped++;
                }
            }

            Stopped?.Invoke(id, reason);
        }

        return stopped;
    }

    private void Remove(Registration registration)
    {
        if (_running.TryGetValue(registration.ConversationId, out var set))
        {
            set.TryRemove(registration.Id, out _);
        }
    }

    /// <summary>One piece of running work.</summary>
    public sealed class Registration : IDisposable
    {
        private readonly ConversationActivity _owner;
        private readonly CancellationTokenSource _cancellation;

        internal Registration(ConversationActivity owner, Guid conversationId, CancellationTokenSource cancellation)
        {
            _owner = owner;
            _cancellation = cancellation;
            ConversationId = conversationId;
        }

        public Guid Id { get; } = Guid.NewGuid();

        public Guid ConversationId { get; }

        public CancellationToken Token => _cancellation.Token;

        public void Dispose()
        {
            _owner.Remove(this);
            _cancellation.Dispose();
        }

        internal void Cancel()
        {
            try
            {
                _cancellation.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Finished between listing and cancelling: nothing left to stop.
            }
        }
    }
}
