using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Appliance.Tests;

/// <summary>Everything a client of the hub receives for conversations: Acked, Segment, Transcription and Stopped events, with the moment each arrived.</summary>
public sealed class LiveEvents
{
    private readonly Lock _lock = new();
    private readonly List<(JsonElement Segment, DateTimeOffset At)> _segments = [];
    private readonly List<JsonElement> _statuses = [];
    private readonly List<long> _acked = [];
    private readonly TaskCompletionSource<JsonElement> _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LiveEvents(HubConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.On<Guid, JsonElement>("Segment", (_, segment) =>
        {
            lock (_lock)
            {
                _segments.Add((segment, DateTimeOffset.UtcNow));
            }
        });
        connection.On<Guid, JsonElement>("Transcription", (_, status) =>
        {
            lock (_lock)
            {
                _statuses.Add(status);
            }

            if (status.GetProperty("complete").GetBoolean())
            {
                _complete.TrySetResult(status);
            }
        });
        connection.On<Guid, long>("Acked", (_, seq) =>
        {
            lock (_lock)
            {
                _acked.Add(seq);
            }
        });
    }

    public IReadOnlyList<JsonElement> Segments
    {
        get
        {
            lock (_lock)
            {
                return _segments.Select(s => s.Segment).ToList();
            }
        }
    }

    public IReadOnlyList<JsonElement> Statuses
    {
        get
        {
            lock (_lock)
            {
                return _statuses.ToList();
            }
        }
    }

    public IReadOnlyList<long> Acked
    {
        get
        {
            lock (_lock)
            {
                return _acked.ToList();
            }
        }
    }

    public Task<JsonElement> Complete => _complete.Task;

    /// <summary>The last event per segment id that is final, in time order: what a screen would show once the conversation is transcribed.</summary>
    public IReadOnlyList<JsonElement> FinalSegments() =>
        Segments.Where(s => s.GetProperty("final").GetBoolean() && s.GetProperty("text").GetString()!.Length > 0)
            .GroupBy(s => s.GetProperty("id").GetString())
            .Select(g => g.Last())
            .OrderBy(s => s.GetProperty("start").GetDouble())
            .ToList();
}
