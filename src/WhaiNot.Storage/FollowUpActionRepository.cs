using LiteDB;
using WhaiNot.Domain.Day;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Follow-up actions. What is to be done is sealed with the dossier key (client content); who, the
/// due date, open/done and the source sentence stay in clear, so open and due actions are found by
/// index. An action taken over from a report keeps its source (report, version, section, sentence).
/// </summary>
public sealed class FollowUpActionRepository
{
    private readonly ILiteCollection<FollowUpActionDocument> _actions;
    private readonly DossierSealer _sealer;

    internal FollowUpActionRepository(LiteDatabase database, DataKeyStore keys)
    {
        _actions = database.GetCollection<FollowUpActionDocument>("actions");
        _sealer = new DossierSealer(keys);
    }

    internal void EnsureIndexes()
    {
        _actions.EnsureIndex(a => a.DossierId);
        _actions.EnsureIndex(a => a.TeamId);
        _actions.EnsureIndex(a => a.DueDay);
        _actions.EnsureIndex(a => a.SourceReportId);
    }

    /// <exception cref="StoreException">An action with this id exists.</exception>
    public FollowUpAction Add(FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_actions.FindById(action.Id) is not null)
        {
            throw new StoreException("Deze actie bestaat al.");
        }

        _actions.Insert(ToDocument(action));
        return action;
    }

    /// <summary>Stores an action marked done or reopened over the one with its id.</summary>
    /// <exception cref="StoreException">No such action, or it belongs to another dossier.</exception>
    public FollowUpAction Update(FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var stored = _actions.FindById(action.Id) ?? throw new StoreException("Deze actie bestaat niet.");
        if (stored.DossierId != action.DossierId)
        {
            throw new StoreException("Een actie verhuist niet naar een ander dossier.");
        }

        _actions.Update(ToDocument(action));
        return action;
    }

    public FollowUpAction? Find(Guid id) => _actions.FindById(id) is { } doc ? Open(doc) : null;

    /// <summary>All actions of a dossier: open ones first, then by due date.</summary>
    public IReadOnlyList<FollowUpAction> ForDossier(Guid dossierId) =>
        _actions.Find(a => a.DossierId == dossierId)
            .OrderBy(a => a.DoneAtUtc is not null).ThenBy(a => a.DueDay ?? int.MaxValue).Select(Open).ToList();

    /// <summary>The team's open actions due on or before <paramref name="day"/>, earliest first.</summary>
    public IReadOnlyList<FollowUpAction> OpenDueBy(Guid teamId, DateOnly day)
    {
        var number = DayNumbers.Of(day);
        return _actions.Find(a => a.TeamId == teamId && a.DoneAtUtc == null && a.DueDay != null && a.DueDay <= number)
            .OrderBy(a => a.DueDay).Select(Open).ToList();
    }

    private FollowUpActionDocument ToDocument(FollowUpAction a) => new()
    {
        Id = a.Id,
        DossierId = a.DossierId,
        TeamId = a.TeamId,
        Who = a.Who.ToName(),
        SealedWhat = _sealer.Seal(a.DossierId, a.What, Context(a.Id)),
        DueDay = DayNumbers.Of(a.DueOn),
        SourceReportId = a.Source?.ReportId,
        SourceReportVersion = a.Source?.ReportVersion,
        SourceSectionId = a.Source?.SectionId,
        SourceSentenceIndex = a.Source?.SentenceIndex,
        CreatedAtUtc = a.CreatedAt.UtcDateTime,
        CreatedBy = a.CreatedBy,
        DoneAtUtc = a.DoneAt?.UtcDateTime,
        DoneBy = a.DoneBy,
    };

    private FollowUpAction Open(FollowUpActionDocument d) => new(
        d.Id,
        d.DossierId,
        d.TeamId,
        ActionActors.TryParse(d.Who, out var who) ? who.Value : throw new StoreException($"Onbekende uitvoerder '{d.Who}' in actie {d.Id}."),
        _sealer.Open(d.DossierId, d.SealedWhat, Context(d.Id)),
        DayNumbers.Day(d.DueDay),
        d is { SourceReportId: { } report, SourceReportVersion: { } version, SourceSectionId: { } section, SourceSentenceIndex: { } index }
            ? new ActionSource(report, version, section, index)
            : null,
        DayNumbers.Utc(d.CreatedAtUtc),
        d.CreatedBy,
        d.DoneAtUtc is { } done ? DayNumbers.Utc(done) : null,
        d.DoneBy);

    private static string Context(Guid actionId) => "action-what:" + actionId.ToString("N");
}
