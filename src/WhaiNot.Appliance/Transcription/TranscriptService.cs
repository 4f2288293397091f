using WhaiNot.Appliance.Consent;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Transcription;

/// <summary>
/// Reading and correcting a conversation's transcript. Every read is audited; a correction keeps the
/// segment id and the engine's original text and speaker (for the quality figures), records who and
/// when, and reaches every open screen of the conversation as a final Segment event.
/// </summary>
public sealed class TranscriptService(ApplianceStore store, ConsentService consent, TranscriptEvents events, TimeProvider time)
{
    public const int MaxTextLength = 4000;

    /// <exception cref="ConsentException">Unknown conversation, no rights, or the transcript was destroyed (410).</exception>
    public (IReadOnlyList<TranscriptSegment> Segments, TranscriptionProgress Progress) Read(UserAccount user, Guid conversationId)
    {
        consent.WritableConversation(user, conversationId);
        var segments = Guard(() => store.Transcripts.Segments(conversationId));
        store.Audit.Append(user.Username, AuditAction.TranscriptRead, AuditTargets.Conversation(conversationId));
        return (segments, store.Transcripts.Progress(conversationId));
    }

    /// <summary>Corrects a final segment's text and/or speaker.</summary>
    /// <exception cref="ConsentException">Bad input (400), unknown segment (404), destroyed (410), no rights.</exception>
    public async Task<TranscriptSegment> CorrectAsync(UserAccount user, Guid conversationId, string segmentId, string? text, Speaker? speaker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        consent.WritableConversation(user, conversationId);
        if (text is null && speaker is null)
        {
            throw new ConsentException(StatusCodes.Status400BadRequest, "Geef een nieuwe tekst (text), een spreker (speaker) of beide.");
        }

        if (text is not null && (text.Trim().Length == 0 || text.Length > MaxTextLength))
        {
            throw new ConsentException(StatusCodes.Status400BadRequest, $"De tekst mag niet leeg zijn en hoogstens {MaxTextLength} tekens tellen. Een segment verwijderen kan niet: het blijft als bron bestaan.");
        }

        var current = Guard(() => store.Transcripts.Find(conversationId, segmentId))
            ?? throw new ConsentException(StatusCodes.Status404NotFound, $"Segment '{segmentId}' bestaat niet in dit transcript.");
        var corrected = current with
        {
            Text = text?.Trim() ?? current.Text,
            Speaker = speaker ?? current.Speaker,
            EditedBy = user.Username,
            EditedAt = time.GetUtcNow(),
        };
        Guard(() =>
        {
            store.Transcripts.Save(conversationId, corrected);
            return corrected;
        });

        // Which fields changed, never the words themselves: the audit log holds no content.
        var fields = string.Join(',', new[] { text is null ? null : "text", speaker is null ? null : "speaker" }.OfType<string>());
        store.Audit.Append(user.Username, AuditAction.TranscriptEdit, AuditTargets.Conversation(conversationId), $"segment={segmentId};fields={fields}");
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
            throw new ConsentException(StatusCodes.Status410Gone, "Het transcript van dit gesprek is vernietigd na de intrekking van de toestemming.");
        }
    }
}
