using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Conversations;
using WhaiNot.Storage;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// Runs one transcriber per live conversation that has transcription consent. The hub nudges it when
/// audio is stored, <see cref="ConversationChanges"/> when consent is recorded or a conversation ends; at start-up every conversation with
/// stored audio and unfinished transcription is resumed. Each transcriber registers with
/// <see cref="ConversationActivity"/>, so a revocation cancels it at once.
/// </summary>
public sealed partial class TranscriptionService(
    ConversationRepository conversations,
    ConversationKeyVault conversationKeys,
    AudioChunkStore audio,
    TranscriptStore transcripts,
    SpeechEngine engine,
    TranscriptEvents events,
    ConversationActivity activity,
    VoiceProfileStore voiceProfiles,
    ChannelHints channels,
    ConversationChanges changes,
    IOptions<ApplianceOptions> options,
    ILogger<TranscriptionService> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<Guid, ConversationTranscriber> _running = new();

    // Conversations found not to be transcribed (no transcription consent, revoked, done): the hub
    // nudges once per stored chunk, and without this each chunk cost four store lookups. Only a
    // change of the conversation (consent, end) makes it worth asking again.
    private readonly ConcurrentDictionary<Guid, byte> _declined = new();
    private readonly Lock _slotsLock = new();
    private EngineSlots? _slots;
    private CancellationToken _stopping = CancellationToken.None;

    /// <summary>Conversations being transcribed right now.</summary>
    public int Running => _running.Count;

    /// <summary>Audio was stored, consent changed or the conversation ended: make sure its transcriber runs and looks now.</summary>
    public void Nudge(Guid conversationId, int newSamples = 0)
    {
        if (_running.TryGetValue(conversationId, out var running))
        {
            running.Nudge(newSamples);
            return;
        }

        if (_stopping.IsCancellationRequested || (newSamples > 0 && _declined.ContainsKey(conversationId)))
        {
            return;
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null
            || !ConsentGate.MayTranscribe(conversation, conversations.LatestRevocation(conversation.ClientId)?.EffectiveAt)
            || !conversationKeys.Exists(conversationId)
            || transcripts.Progress(conversationId).Complete)
        {
            _declined[conversationId] = 0;
            return;
        }

        _declined.TryRemove(conversationId, out _);

        var transcription = options.Value.Transcription;
        var settings = new TranscriberSettings(transcription.NoSpeechThreshold, transcription.ContextCharacters);
        var transcriber = new ConversationTranscriber(conversationId, conversations, audio, transcripts, engine, Slots, events, settings, worker => options.Value.Speakers.Enabled ? LiveSpeakers.Create(options.Value.Speakers, voiceProfiles, worker) : null, channels, logger);
        if (_running.TryAdd(conversationId, transcriber))
        {
            transcriber.Nudge(newSamples);
            _ = Task.Run(() => RunAsync(transcriber));
        }
        else if (_running.TryGetValue(conversationId, out running))
        {
            running.Nudge(newSamples);
        }
    }

    /// <summary>The conversation changed (consent recorded, ended): ask again whether it is to be transcribed.</summary>
    public void Reconsider(Guid conversationId) => Nudge(conversationId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        changes.Changed += Reconsider;
        await Task.Yield();
        foreach (var conversationId in audio.Conversations())
        {
            Nudge(conversationId);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down; the transcribers stop with the same token, their progress is stored.
        }
        finally
        {
            changes.Changed -= Reconsider;
        }
    }

    private async Task RunAsync(ConversationTranscriber transcriber)
    {
        using var work = activity.Begin(transcriber.ConversationId, _stopping);
        try
        {
            await transcriber.RunAsync(work.Token);
        }
        catch (OperationCanceledException)
        {
            // Revoked or shutting down.
        }
        catch (ContentDestroyedException)
        {
            // The key was destroyed after a revocation: nothing left to transcribe.
        }
        catch (Exception ex) when (ex is StoreException or IOException or System.Security.Cryptography.CryptographicException)
        {
            LogFailed(logger, transcriber.ConversationId, ex.Message);
        }
        finally
        {
            _running.TryRemove(transcriber.ConversationId, out _);
            channels.Forget(transcriber.ConversationId);
        }
    }

    /// <summary>Asked only once the model is loaded, so the GPU/CPU choice is known.</summary>
    private EngineSlots Slots()
    {
        lock (_slotsLock)
        {
            return _slots ??= EngineSlots.For(options.Value.Transcription.Slots, engine.OnGpu);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Transcriptie van gesprek {Conversation} gestopt: {Problem}. De audio blijft bewaard; een herstart hervat ze.")]
    private static partial void LogFailed(ILogger logger, Guid conversation, string problem);
}
