using LiteDB;
using WhaiNot.Domain.Terms;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>The dates of each dossier's procedure (one record per dossier), from which the domain computes the legal terms.</summary>
public sealed class ProcedureDatesRepository
{
    private readonly ILiteCollection<ProcedureDatesDocument> _dates;

    internal ProcedureDatesRepository(LiteDatabase database)
    {
        _dates = database.GetCollection<ProcedureDatesDocument>("procedureDates");
    }

    internal void EnsureIndexes() => _dates.EnsureIndex(d => d.TeamId);

    /// <summary>Stores the dossier's dates, replacing what was there.</summary>
    public void Save(ProcedureDates dates, Guid teamId)
    {
        ArgumentNullException.ThrowIfNull(dates);
        _dates.Upsert(new ProcedureDatesDocument
        {
            Id = dates.DossierId,
            TeamId = teamId,
            Aid = dates.Aid switch
            {
                AidKind.SocialIntegration => "social-integration",
                AidKind.SocialServices => "social-services",
                _ => null,
            },
            AidRequestedOn = DayNumbers.Of(dates.AidRequestedOn),
            DecidedOn = DayNumbers.Of(dates.DecidedOn),
            NotifiedOn = DayNumbers.Of(dates.NotifiedOn),
            GrantedOn = DayNumbers.Of(dates.GrantedOn),
            GpmiExempt = dates.GpmiExempt,
            GpmiSignedOn = DayNumbers.Of(dates.GpmiSignedOn),
            GpmiEvaluatedOn = DayNumbers.Of(dates.GpmiEvaluatedOn),
            NotCompetent = dates.NotCompetent,
            ForwardedOn = DayNumbers.Of(dates.ForwardedOn),
        });
    }

    /// <summary>The dossier's dates; a dossier without any yet has empty ones.</summary>
    public ProcedureDates For(Guid dossierId) => _dates.FindById(dossierId) is { } doc ? ToDates(doc) : new ProcedureDates(dossierId);

    /// <summary>The dates of every dossier of a team that has any.</summary>
    public IReadOnlyList<ProcedureDates> ForTeam(Guid teamId) => _dates.Find(d => d.TeamId == teamId).Select(ToDates).ToList();

    private static ProcedureDates ToDates(ProcedureDatesDocument d) => new(
        d.Id,
        d.Aid switch
        {
            "social-integration" => AidKind.SocialIntegration,
            "social-services" => AidKind.SocialServices,
            null => null,
            _ => throw new StoreException($"Onbekende soort hulp '{d.Aid}' in dossier {d.Id}."),
        },
        DayNumbers.Day(d.AidRequestedOn),
        DayNumbers.Day(d.DecidedOn),
        DayNumbers.Day(d.NotifiedOn),
        DayNumbers.Day(d.GrantedOn),
        d.GpmiExempt,
        DayNumbers.Day(d.GpmiSignedOn),
        DayNumbers.Day(d.GpmiEvaluatedOn),
        d.NotCompetent,
        DayNumbers.Day(d.ForwardedOn));
}
