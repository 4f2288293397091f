using LiteDB;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// The retention job's intentions, so a job stopped mid-way (crash, power cut, restart) finishes
/// what it began on the next run: an entry is written before a conversation's key is destroyed and
/// removed only after the deletion is audited. Holds ids and the retention rule that applied, never content.
/// </summary>
public sealed class RetentionJournal
{
    private readonly ILiteCollection<RetentionJournalDocument> _entries;

    internal RetentionJournal(LiteDatabase database) => _entries = database.GetCollection<RetentionJournalDocument>("retentionJournal");

    public void Begin(Guid conversationId, string rule, DateTimeOffset at) =>
        _entries.Upsert(new RetentionJournalDocument { Id = conversationId, Rule = rule, StartedAtUtc = at.UtcDateTime });

    /// <summary>Deletions begun and not yet finished, oldest first.</summary>
    public IReadOnlyList<(Guid ConversationId, string Rule)> Pending() =>
        _entries.FindAll().OrderBy(e => e.StartedAtUtc).Select(e => (e.Id, e.Rule)).ToList();

    public void Finish(Guid conversationId) => _entries.Delete(conversationId);
}
