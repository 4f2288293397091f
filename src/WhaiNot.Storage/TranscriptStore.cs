using System.Text;

using LiteDB;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Transcript segments of conversations, each sealed with the conversation's own key (the same key
/// as its audio), so destroying that key after a revocation makes the transcript unreadable in the
/// database and in every backup. The transcriber's progress is kept beside it, as plain counters.
/// </summary>
public sealed class TranscriptStore
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    private readonly ILiteCollection<TranscriptSegmentDocument> _segments;
    private readonly ILiteCollection<TranscriptionProgressDocument> _progress;
    private readonly ConversationKeyVault _keys;

    internal TranscriptStore(LiteDatabase database, ConversationKeyVault keys)
    {
        _segments = database.GetCollection<TranscriptSegmentDocument>("transcriptSegments");
        _progress = database.GetCollection<TranscriptionProgressDocument>("transcriptionProgress");
        _keys = keys;
    }

    internal void EnsureIndexes() => _segments.EnsureIndex(s => s.ConversationId);

    /// <summary>Saves (or replaces) a segment.</summary>
    /// <exception cref="ContentDestroyedException">The conversation key was destroyed.</exception>
    public void Save(Guid conversationId, TranscriptSegment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        using var key = KeyOf(conversationId);
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(StoredSegment.From(segment), Json);
        _segments.Upsert(new TranscriptSegmentDocument
        {
            Id = DocumentId(conversationId, segment.Id),
            ConversationId = conversationId,
            Sealed = key.Seal(payload, Context(conversationId, segment.Id)),
        });
    }

    /// <summary>The segments in time order.</summary>
    /// <exception cref="ContentDestroyedException">The conversation key was destroyed.</exception>
    public IReadOnlyList<TranscriptSegment> Segments(Guid conversationId)
    {
        var documents = _segments.Find(s => s.ConversationId == conversationId).ToList();
        if (documents.Count == 0)
        {
            return [];
        }

        using var key = KeyOf(conversationId);
        return documents.Select(d => Open(key, conversationId, d)).OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
    }

    /// <exception cref="ContentDestroyedException">The conversation key was destroyed.</exception>
    public TranscriptSegment? Find(Guid conversationId, string segmentId)
    {
        var document = _segments.FindById(DocumentId(conversationId, segmentId));
        if (document is null)
        {
            return null;
        }

        using var key = KeyOf(conversationId);
        return Open(key, conversationId, document);
    }

    /// <summary>Removes a conversation's sealed segments (after its key was destroyed); the progress counters stay. Safe to repeat.</summary>
    /// <returns>How many segments were removed.</returns>
    public int DeleteSegments(Guid conversationId) => _segments.DeleteMany(s => s.ConversationId == conversationId);

    /// <summary>Whether any sealed segment of the conversation is still stored.</summary>
    public bool HasSegments(Guid conversationId) => _segments.Exists(s => s.ConversationId == conversationId);

    public TranscriptionProgress Progress(Guid conversationId) =>
        _progress.FindById(conversationId) is { } doc ? new TranscriptionProgress(doc.FinalUtterances, doc.TranscribedSeconds, doc.Complete) : TranscriptionProgress.None;

    public void SaveProgress(Guid conversationId, TranscriptionProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        _progress.Upsert(new TranscriptionProgressDocument
        {
            Id = conversationId,
            FinalUtterances = progress.FinalUtterances,
            TranscribedSeconds = progress.TranscribedSeconds,
            Complete = progress.Complete,
        });
    }

    private Security.Keys.DataKey KeyOf(Guid conversationId) =>
        _keys.Find(conversationId) ?? throw new ContentDestroyedException("Het transcript van dit gesprek is vernietigd na intrekking van de toestemming.");

    private static TranscriptSegment Open(Security.Keys.DataKey key, Guid conversationId, TranscriptSegmentDocument document)
    {
        var segmentId = document.Id[(document.Id.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var stored = System.Text.Json.JsonSerializer.Deserialize<StoredSegment>(key.Open(document.Sealed, Context(conversationId, segmentId)), Json)
            ?? throw new StoreException("Een transcriptsegment is onleesbaar.");
        return stored.ToSegment(segmentId);
    }

    private static string DocumentId(Guid conversationId, string segmentId) => conversationId.ToString("N") + ":" + segmentId;

    private static byte[] Context(Guid conversationId, string segmentId) => Encoding.UTF8.GetBytes("transcript:" + DocumentId(conversationId, segmentId));

    /// <summary>The sealed part; speakers as the contract's words so the stored form doesn't depend on enum order.</summary>
    private sealed record StoredSegment(double Start, double End, string Speaker, string Text, string EngineText, string EngineSpeaker, string? EditedBy, DateTimeOffset? EditedAt, double? EngineSpeakerConfidence = null)
    {
        public static StoredSegment From(TranscriptSegment s) =>
            new(s.Start, s.End, SpeakerNames.Of(s.Speaker), s.Text, s.EngineText, SpeakerNames.Of(s.EngineSpeaker), s.EditedBy, s.EditedAt, s.EngineSpeakerConfidence);

        public TranscriptSegment ToSegment(string id)
        {
            SpeakerNames.TryParse(Speaker, out var speaker);
            SpeakerNames.TryParse(EngineSpeaker, out var engineSpeaker);
            return new TranscriptSegment(id, Start, End, speaker, Text, EngineText, engineSpeaker, EditedBy, EditedAt, EngineSpeakerConfidence);
        }
    }
}
