using System.Text;
using LiteDB;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage.Documents;
using JsonSerializer = System.Text.Json.JsonSerializer;
using JsonSerializerDefaults = System.Text.Json.JsonSerializerDefaults;
using JsonSerializerOptions = System.Text.Json.JsonSerializerOptions;

namespace WhaiNot.Storage;

/// <summary>
/// The transcript fragments a validated report cites, kept (when the OCMW chooses so) after the
/// retention job destroyed the conversation's key: sealed with the dossier key, like the validated
/// report they belong to, so they stay as long as the report and go with it.
/// </summary>
public sealed class KeptFragmentStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ILiteCollection<KeptFragmentDocument> _fragments;
    private readonly DataKeyStore _dossierKeys;

    internal KeptFragmentStore(LiteDatabase database, DataKeyStore dossierKeys)
    {
        _fragments = database.GetCollection<KeptFragmentDocument>("keptFragments");
        _dossierKeys = dossierKeys;
    }

    internal void EnsureIndexes() => _fragments.EnsureIndex(f => f.ConversationId);

    /// <summary>Keeps these segments (again: safe to repeat).</summary>
    public void Keep(Guid dossierId, Guid conversationId, IEnumerable<TranscriptSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        using var key = _dossierKeys.Find(DataKeyStore.DossierOwner(dossierId)) ?? throw new StoreException("De sleutel van dit dossier ontbreekt.");
        foreach (var segment in segments)
        {
            var id = DocumentId(conversationId, segment.Id);
            var payload = JsonSerializer.SerializeToUtf8Bytes(new Stored(segment.Start, segment.End, SpeakerNames.Of(segment.Speaker), segment.Text), Json);
            _fragments.Upsert(new KeptFragmentDocument { Id = id, ConversationId = conversationId, DossierId = dossierId, Sealed = key.Seal(payload, Encoding.UTF8.GetBytes("fragment:" + id)) });
        }
    }

    /// <summary>The kept fragments of a conversation, in time order.</summary>
    public IReadOnlyList<TranscriptSegment> For(Guid conversationId)
    {
        var documents = _fragments.Find(f => f.ConversationId == conversationId).ToList();
        if (documents.Count == 0)
        {
            return [];
        }

        using var key = _dossierKeys.Find(DataKeyStore.DossierOwner(documents[0].DossierId)) ?? throw new StoreException("De sleutel van dit dossier ontbreekt.");
        return documents.Select(d =>
        {
            var stored = JsonSerializer.Deserialize<Stored>(key.Open(d.Sealed, Encoding.UTF8.GetBytes("fragment:" + d.Id)), Json)!;
            SpeakerNames.TryParse(stored.Speaker, out var speaker);
            var segmentId = d.Id[(d.Id.IndexOf(':', StringComparison.Ordinal) + 1)..];
            return new TranscriptSegment(segmentId, stored.Start, stored.End, speaker, stored.Text, stored.Text, speaker, null, null);
        }).OrderBy(s => s.Start).ToList();
    }

    public int DeleteFor(Guid conversationId) => _fragments.DeleteMany(f => f.ConversationId == conversationId);

    private static string DocumentId(Guid conversationId, string segmentId) => conversationId.ToString("N") + ":" + segmentId;

    private sealed record Stored(double Start, double End, string Speaker, string Text);
}
