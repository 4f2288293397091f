using WhaiNot.Application.Conversations;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Transcription;

/// <summary>
/// Reading and correcting a conversation's transcript. Every read is audited; a correction keeps the
/// segment id and the engine's original text and speaker (for the quality figures), records who and
/// when, and reaches every open screen of the conversation as a final Segment event.
/// </summary>
public sealed class TranscriptService(ConversationAccess access, TranscriptStore transcripts, AuditLog audit, TranscriptEvents events, TimeProvider time)
{
    public const int MaxTextLength = 4000;

    /// <exception cref="Refusal">Unknown conversation, no rights, or the transcript was destroyed.</exception>
    public (IReadOnlyList<TranscriptSegment> Segments, TranscriptionProgress Progress) Read(UserAccount user, Guid conversationId)
    {
        access.WritableConversation(user, conversationId);
        var segments = Guard(() => transcripts.Segments(conversationId));
        audit.Append(user.Username, AuditAction.TranscriptRead, AuditTargets.Conversation(conversationId));
        return (segments, transcripts.Progress(conversationId));
    }

    /// <summary>Corrects a final segment's text and/or speaker.</summary>
    /// <exception cref="Refusal">Bad input, unknown segment, destroyed, no rights.</exception>
    public async Task<TranscriptSegment> CorrectAsync(UserAccount user, Guid conversationId, string segmentId, string? text, Speaker? speaker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        if (conversation.IsDictation && speaker is { } other && other != Speaker.Worker)
        {
            throw new InvalidRequestRefusal("In een dictaat spreekt alleen de maatschappelijk werker: de spreker blijft 'worker'.");
        }

        if (text is null && speaker is null)
        {
            throw new InvalidRequestRefusal("Geef een nieuwe tekst (text), een spreker (speaker) of beide.");
        }

        if (text is not null && (text.Trim().Length == 0 || text.Length > MaxTextLength))
        {
            throw new InvalidRequestRefusal($"De tekst mag niet leeg zijn en hoogstens {MaxTextLength} tekens tellen. Een segment verwijderen kan niet: het blijft als bron bestaan.");
        }

        var current = Guard(() => transcripts.Find(conversationId, segmentId))
            ?? throw new NotFoundRefusal($"Segment '{segmentId}' bestaat niet in dit transcript.");
        var corrected = current with
        {
            Text = text?.Trim() ?? current.Text,
            Speaker = speaker ?? current.Speaker,
            EditedBy = user.Username,
            EditedAt = time.GetUtcNow(),
        };
        Guard(() =>
        {
            transcripts.Save(conversationId, corrected);
            return corrected;
        });

        // Which fields changed, never the words themselves: the audit log holds no content.
        var fields = string.Join(',', new[] { text is null ? null : "text", speaker is null ? null : "speaker" }.OfType<string>());
        audit.Append(user.Username, AuditAction.TranscriptEdit, AuditTargets.Conversation(conversationId), $"segment={segmentId};fields={fields}");
        await events.SegmentAsync(conversationId, new SegmentMessage(corrected.Id, corrected.Start, corrected.End, SpeakerNames.Of(corrected.Speaker), corrected.Text, Final: true), cancellationToken);
        return corrected;
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (ContentDestroyedException)
        {
            throw new GoneRefusal("Het transcript van dit gesprek is vernietigd na de intrekking van de toestemming.");
        }
    }
}
