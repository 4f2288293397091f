using LiteDB;
using WhaiNot.Domain.AiLog;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// The AI log: one record per engine draft, in its own collection so the retention of content
/// (audio, transcripts, drafts, reports) never touches it. Entries older than the configured
/// months (at least six) may be pruned; nothing else removes them.
/// </summary>
public sealed class AiLogStore
{
    private readonly ILiteCollection<AiLogDocument> _entries;

    internal AiLogStore(LiteDatabase database) => _entries = database.GetCollection<AiLogDocument>("aiLog");

    internal void EnsureIndexes()
    {
        _entries.EnsureIndex(e => e.ConversationId);
        _entries.EnsureIndex(e => e.CreatedAtUtc);
    }

    public void Add(AiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Insert(ToDocument(entry));
    }

    public AiLogEntry? Find(Guid reportId) => _entries.FindById(reportId) is { } d ? ToEntry(d) : null;

    public void Update(AiLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries.Update(ToDocument(entry));
    }

    public IReadOnlyList<AiLogEntry> ForConversation(Guid conversationId) =>
        _entries.Find(e => e.ConversationId == conversationId).Select(ToEntry).ToList();

    /// <summary>Every entry created in [from, to), oldest first.</summary>
    public IReadOnlyList<AiLogEntry> Between(DateTimeOffset from, DateTimeOffset to)
    {
        var start = from.UtcDateTime;
        var end = to.UtcDateTime;
        return _entries.Find(e => e.CreatedAtUtc >= start && e.CreatedAtUtc < end).OrderBy(e => e.CreatedAtUtc).Select(ToEntry).ToList();
    }

    public IReadOnlyList<AiLogEntry> All() => _entries.FindAll().OrderBy(e => e.CreatedAtUtc).Select(ToEntry).ToList();

    /// <summary>Removes entries created before <paramref name="before"/>; the caller keeps that at least six months back.</summary>
    public int PruneBefore(DateTimeOffset before)
    {
        var cut = before.UtcDateTime;
        return _entries.DeleteMany(e => e.CreatedAtUtc < cut);
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static AiLogDocument ToDocument(AiLogEntry e) => new()
    {
        Id = e.ReportId,
        ConversationId = e.ConversationId,
        TeamId = e.TeamId,
        CreatedAtUtc = e.CreatedAt.UtcDateTime,
        CreatedBy = e.CreatedBy,
        EngineName = e.EngineName,
        EngineModel = e.EngineModel,
        EngineModelSha256 = e.EngineModelSha256,
        TemplateId = e.TemplateId,
        TemplateVersion = e.TemplateVersion,
        EngineSentences = e.EngineSentences,
        UnsupportedAtGeneration = e.UnsupportedAtGeneration,
        Outcome = e.Outcome,
        DecidedBy = e.DecidedBy,
        DecidedAtUtc = e.DecidedAt?.UtcDateTime,
        EditRatio = e.EditRatio,
        FlagCategory = e.FlagCategory,
    };

    private static AiLogEntry ToEntry(AiLogDocument d) => new(
        d.Id, d.ConversationId, d.TeamId, Utc(d.CreatedAtUtc), d.CreatedBy, d.EngineName, d.EngineModel, d.EngineModelSha256,
        d.TemplateId, d.TemplateVersion, d.EngineSentences, d.UnsupportedAtGeneration, d.Outcome, d.DecidedBy,
        d.DecidedAtUtc is { } at ? Utc(at) : null, d.EditRatio, d.FlagCategory);
}
