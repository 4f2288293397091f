using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using WhaiNot.Appliance.Auth;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.SystemInfo;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Hubs;

/// <summary>
/// /hubs/conversation: audio in as a client-to-server stream, events out. Audio passes the consent
/// gate first and every chunk is stored (encrypted, flushed) before it is acknowledged; a revocation
/// cancels the upload at once and the conversation's clients receive Stopped.
/// </summary>
[Authorize]
public sealed class ConversationHub(ConversationAccess access, ConversationService conversations, AudioChunkStore audio, ConversationActivity activity, TranscriptionService transcription, ChannelHints channels, UploadLocks uploads, DiskSpace disk) : Hub
{
    public const string Path = "/hubs/conversation";

    public async Task JoinConversation(Guid conversationId)
    {
        Authorized(conversationId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(conversationId));
    }

    public async Task UploadAudio(Guid conversationId, IAsyncEnumerable<AudioChunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (!conversations.View(Authorized(conversationId)).MayRecord)
        {
            throw new ConflictRefusal("Voor dit gesprek is er geen toestemming voor een opname; er wordt geen audio aanvaard.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupOf(conversationId));
        using var work = activity.Begin(conversationId, Context.ConnectionAborted);
        using var takeOver = CancellationTokenSource.CreateLinkedTokenSource(work.Token);
        using var exclusive = await uploads.TakeOverAsync(conversationId, takeOver, work.Token);
        var stored = audio.Sequences(conversationId);
        var next = stored.Count == 0 ? 0 : stored[^1] + 1;
        if (next == 0 && disk.Check() is { TooFullToRecord: true } full)
        {
            // Only a new recording is refused: one already under way goes on, so nothing of it is lost.
            throw new ConflictRefusal(DiskTexts.TooFullToRecord(full));
        }

        ChunkWriter? writer = null;
        try
        {
            await foreach (var chunk in ChunkReader.Read(chunks, takeOver.Token))
            {
                if (chunk.Seq < 0)
                {
                    throw new InvalidRequestRefusal($"Stuk {chunk.Seq} heeft een negatief volgnummer; de stukken tellen vanaf 0.");
                }

                if (chunk.Seq < next)
                {
                    // Resent after a reconnect: already stored, acknowledge again, store nothing twice.
                    await Clients.Caller.SendAsync("Acked", conversationId, next - 1, takeOver.Token);
                    continue;
                }

                Validate(chunk, next);
                writer ??= audio.OpenWriter(conversationId);
                writer.Append(chunk.Seq, chunk.Pcm);
                channels.Record(conversationId, chunk.Seq, (byte)chunk.Channel);
                next = chunk.Seq + 1;
                transcription.Nudge(conversationId, chunk.Pcm.Length / 2);
                await Clients.Group(GroupOf(conversationId)).SendAsync("Acked", conversationId, chunk.Seq, takeOver.Token);
            }
        }
        catch (OperationCanceledException) when (takeOver.IsCancellationRequested)
        {
            // Stopped by a revocation (the clients already received Stopped), by the connection
            // dropping, or by a newer upload of the same conversation after a reconnect: end quietly,
            // everything acknowledged is stored.
        }
        catch (ContentDestroyedException)
        {
            throw new GoneRefusal("De toestemming is ingetrokken; de opname is gestopt.");
        }
        finally
        {
            writer?.Dispose();
        }
    }

    public static string GroupOf(Guid conversationId) => "conversation:" + conversationId.ToString("N");

    private static void Validate(AudioChunk chunk, long expected)
    {
        if (chunk.Seq != expected)
        {
            throw new InvalidRequestRefusal($"Stuk {chunk.Seq} ontvangen, maar stuk {expected} werd verwacht. Hervat vanaf {expected}.");
        }

        if (chunk.Pcm is null || chunk.Pcm.Length == 0 || chunk.Pcm.Length > AudioChunk.MaxBytes)
        {
            throw new InvalidRequestRefusal($"Stuk {chunk.Seq} heeft {chunk.Pcm?.Length ?? 0} bytes; toegestaan is 1 tot {AudioChunk.MaxBytes} (één seconde PCM16 16 kHz mono).");
        }

        if (chunk.Channel is < 0 or > 2)
        {
            throw new InvalidRequestRefusal($"Stuk {chunk.Seq} heeft kanaal {chunk.Channel}; toegestaan is 0 (geen), 1 (headset van de werker) of 2 (tafelmicrofoon).");
        }

        if (chunk.Pcm.Length % 2 != 0)
        {
            throw new InvalidRequestRefusal($"Stuk {chunk.Seq} heeft een oneven aantal bytes; PCM16 heeft 2 bytes per sample.");
        }
    }

    /// <summary>The same access check as the endpoints (<see cref="ConversationAccess"/>), with the same audit entry on a denial.</summary>
    private Conversation Authorized(Guid conversationId)
    {
        var user = CurrentUser.Load(Context.GetHttpContext()!) ?? throw new NotAllowedRefusal(AccessTexts.Forbidden);
        return access.WritableConversation(user, conversationId);
    }
}
