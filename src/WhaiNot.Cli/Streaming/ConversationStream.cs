using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace WhaiNot.Cli.Streaming;

/// <summary>
/// One conversation's audio over /hubs/conversation, as a worker's browser sends it. Every chunk is
/// kept until the box acknowledges it; when the connection drops, the client reconnects on its own
/// and sends again from the first unacknowledged chunk (the hub re-acknowledges and ignores what it
/// already holds). Segment and Transcription events are passed on as they arrive.
/// </summary>
internal sealed class ConversationStream : IAsyncDisposable
{
    public const string HubPath = "/hubs/conversation";

    /// <summary>At most this many chunks (16 s) unacknowledged: the upload never runs far ahead of what the box has stored.</summary>
    public const int MaxInFlight = 64;

    /// <summary>An attempt that ends with no new acknowledgement this often in a row is a failure, not a hiccup.</summary>
    private const int MaxAttemptsWithoutProgress = 5;

    /// <summary>How long the Acked of the last chunks may trail the end of the upload call.</summary>
    private static readonly TimeSpan AckGrace = TimeSpan.FromSeconds(15);

    private readonly ApplianceApi _api;
    private readonly HubConnection _connection;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _stoppedReason = "";
    private Guid _conversation;
    private double _maxLateSeconds;

    public ConversationStream(ApplianceApi api, IReadOnlyList<byte[]> chunks)
    {
        ArgumentNullException.ThrowIfNull(api);
        _api = api;
        Ledger = new ChunkLedger(chunks);
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(api.BaseAddress, HubPath), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.AccessTokenProvider = async () => await api.TokenAsync(CancellationToken.None);
                options.HttpMessageHandlerFactory = _ => api.Trust.CreateHandler();
                options.WebSocketConfiguration = ws => ws.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => api.Trust.Validate(certificate, chain, errors);
            })
            .WithAutomaticReconnect(new ReconnectPolicy())
            .Build();
        _connection.On<Guid, long>("Acked", (id, seq) =>
        {
            if (id == _conversation)
            {
                Ledger.Acknowledge(seq);
            }
        });
        _connection.On<Guid, string>("Stopped", (id, reason) =>
        {
            if (id == _conversation)
            {
                _stoppedReason = reason;
                _stopped.TrySetResult();
            }
        });
        _connection.On<Guid, JsonElement>("Segment", (id, json) =>
        {
            var receivedAt = Stopwatch.GetTimestamp();
            if (id == _conversation && SegmentMessage.From(json) is { } segment)
            {
                SegmentReceived?.Invoke(segment, receivedAt);
            }
        });
        _connection.On<Guid, JsonElement>("Transcription", (id, json) =>
        {
            var receivedAt = Stopwatch.GetTimestamp();
            if (id == _conversation && TranscriptionMessage.From(json) is { } progress)
            {
                Transcription.Report(progress, receivedAt);
                TranscriptionReceived?.Invoke(progress, receivedAt);
            }
        });
        _connection.Reconnecting += _ =>
        {
            Notice?.Invoke($"Verbinding met de appliance verbroken na {Ledger.Acked + 1} bevestigde stukken; opnieuw verbinden…");
            return Task.CompletedTask;
        };
        _connection.Reconnected += RejoinAsync;
        _connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
    }

    /// <summary>A final or partial segment (Stopwatch timestamp of receipt). Runs on the connection's receive loop: keep it short.</summary>
    public event Action<SegmentMessage, long>? SegmentReceived;

    /// <summary>A Transcription progress event (Stopwatch timestamp of receipt).</summary>
    public event Action<TranscriptionMessage, long>? TranscriptionReceived;

    /// <summary>Dutch one-liners about the connection (dropped, back, resuming).</summary>
    public event Action<string>? Notice;

    public ChunkLedger Ledger { get; }

    public TranscriptionWatch Transcription { get; } = new();

    public Guid Conversation => _conversation;

    /// <summary>With real-time pace: how far the first send of a chunk fell behind its schedule, at most.</summary>
    public double MaxLateSeconds => Volatile.Read(ref _maxLateSeconds);

    /// <summary>Connects and joins the conversation's events; a refusal (no rights) is bad input.</summary>
    public async Task JoinAsync(Guid conversation, CancellationToken cancellationToken)
    {
        _conversation = conversation;
        try
        {
            await _connection.StartAsync(cancellationToken);
            await _connection.InvokeAsync("JoinConversation", conversation, cancellationToken);
        }
        catch (HubException ex)
        {
            throw new CliException(ExitCodes.BadInput, $"De appliance weigerde het gesprek: {ex.Message}");
        }
        catch (Exception ex) when (ex is HttpRequestException or WebSocketException)
        {
            throw ApplianceApi.ConnectionFailure(ex, _api.BaseAddress, _api.Trust);
        }
    }

    /// <summary>Sends every chunk (at real-time pace when asked) and returns once the box acknowledged all of them.</summary>
    public async Task UploadAsync(bool realTime, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var withoutProgress = 0;
        var attempt = 0;
        Exception? trouble = null;
        while (!Ledger.AllAcknowledged)
        {
            ThrowIfStopped();
            if (withoutProgress >= MaxAttemptsWithoutProgress)
            {
                throw new CliException(ExitCodes.Failure, $"De audio kon niet verstuurd worden: {Ledger.Acked + 1} van {Ledger.Count} stukken bevestigd ({trouble?.Message}).");
            }

            await WaitUntilConnectedAsync(cancellationToken);
            var ackedBefore = Ledger.Acked;
            if (attempt++ > 0)
            {
                Notice?.Invoke($"Opnieuw verbonden; hervat vanaf stuk {ackedBefore + 1} (het eerste zonder bevestiging).");
            }

            try
            {
                await UploadOnceAsync(clock, realTime, cancellationToken);
            }
            catch (HubException ex)
            {
                // Refused before anything was stored: the request itself (rights, consent); later: a failure.
                throw new CliException(ackedBefore < 0 && Ledger.Acked < 0 ? ExitCodes.BadInput : ExitCodes.Failure, $"De appliance weigerde de audio: {ex.Message}");
            }
            catch (Exception ex) when (IsConnectionTrouble(ex) && !cancellationToken.IsCancellationRequested)
            {
                // The connection dropped; the reconnect policy brings it back and the loop resumes from the first unacknowledged chunk.
                trouble = ex;
            }

            withoutProgress = Ledger.Acked > ackedBefore ? 0 : withoutProgress + 1;
        }
    }

    /// <summary>Waits, bounded, for Transcription.complete; false when the time ran out.</summary>
    public async Task<bool> WaitForTranscriptAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var complete = Transcription.WaitForCompleteAsync(timeout, cancellationToken);
        await Task.WhenAny(complete, _stopped.Task, _closed.Task);
        ThrowIfStopped();
        if (!complete.IsCompleted)
        {
            throw new CliException(ExitCodes.Failure, "De verbinding met de appliance is verbroken en kwam niet terug voor het transcript volledig was. De audio is wel volledig bewaard.");
        }

        return await complete;
    }

    public async ValueTask DisposeAsync()
    {
        _connection.Reconnected -= RejoinAsync;
        await _connection.DisposeAsync();
    }

    private static bool IsConnectionTrouble(Exception ex) =>
        ex is IOException or WebSocketException or HttpRequestException or InvalidOperationException or OperationCanceledException or TimeoutException;

    private async Task UploadOnceAsync(Stopwatch clock, bool realTime, CancellationToken cancellationToken)
    {
        var from = Ledger.FirstUnacknowledged;
        var channel = Channel.CreateUnbounded<AudioChunk>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var upload = _connection.InvokeAsync("UploadAudio", _conversation, channel.Reader, cancellationToken);
        try
        {
            for (var seq = from; seq < Ledger.Count; seq++)
            {
                var ready = WaitToSendAsync(seq, clock, realTime, cancellationToken);
                if (await Task.WhenAny(ready, upload, _stopped.Task) != ready)
                {
                    // The call ended early (refused, or the connection dropped) or the box stopped the recording.
                    break;
                }

                await ready;
                if (realTime && Ledger.SentAt(seq) == 0)
                {
                    var late = clock.Elapsed.TotalSeconds - (seq * Pcm16Chunks.ChunkSeconds);
                    if (late > _maxLateSeconds)
                    {
                        Volatile.Write(ref _maxLateSeconds, late);
                    }
                }

                Ledger.MarkSent(seq);
                channel.Writer.TryWrite(new AudioChunk(seq, Ledger.Chunk(seq)));
            }
        }
        finally
        {
            channel.Writer.TryComplete();
        }

        await upload;
        var acknowledged = Ledger.WaitForAckAsync(Ledger.Count - 1, cancellationToken);
        await Task.WhenAny(acknowledged, _stopped.Task).WaitAsync(AckGrace, cancellationToken);
        ThrowIfStopped();
        await acknowledged;
    }

    private async Task WaitToSendAsync(long seq, Stopwatch clock, bool realTime, CancellationToken cancellationToken)
    {
        if (seq >= MaxInFlight)
        {
            await Ledger.WaitForAckAsync(seq - MaxInFlight, cancellationToken);
        }

        if (realTime)
        {
            var due = TimeSpan.FromSeconds(seq * Pcm16Chunks.ChunkSeconds) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }
        }
    }

    private async Task WaitUntilConnectedAsync(CancellationToken cancellationToken)
    {
        while (_connection.State != HubConnectionState.Connected)
        {
            if (_closed.Task.IsCompleted)
            {
                throw new CliException(
                    ExitCodes.Failure,
                    $"De verbinding met de appliance is verbroken en kwam binnen {ReconnectPolicy.GiveUpAfter.TotalMinutes:0} minuten niet terug. " +
                    $"{Ledger.Acked + 1} van {Ledger.Count} stukken zijn bevestigd en bewaard; het gesprek is niet afgesloten.");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private void ThrowIfStopped()
    {
        if (_stopped.Task.IsCompleted)
        {
            throw new CliException(ExitCodes.Failure, $"De appliance stopte de opname: {_stoppedReason}.");
        }
    }

    /// <summary>A new connection is in no group yet: join again so Segment and Transcription keep coming.</summary>
    private async Task RejoinAsync(string? connectionId)
    {
        try
        {
            await _connection.InvokeAsync("JoinConversation", _conversation);
        }
        catch (Exception ex) when (ex is HubException || IsConnectionTrouble(ex))
        {
            Notice?.Invoke($"Opnieuw aansluiten bij het gesprek mislukte: {ex.Message}");
        }
    }
}
