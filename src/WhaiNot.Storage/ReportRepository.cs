using System.Text;
using LiteDB;
using WhaiNot.Domain.Reports;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Report versions and their content (the draft/report JSON, opaque here). Drafts are sealed with
/// the conversation key, so a revocation's crypto-shredding takes them along with audio and
/// transcript; validation re-seals the content with the dossier key, so the validated report — the
/// official file, whose lawful basis is not consent — survives. A validated version is never
/// written again: revising it makes the next version.
/// </summary>
public sealed class ReportRepository
{
    private readonly ILiteCollection<ReportDocument> _reports;
    private readonly ConversationKeyVault _conversationKeys;
    private readonly DataKeyStore _dossierKeys;

    internal ReportRepository(LiteDatabase database, ConversationKeyVault conversationKeys, DataKeyStore dossierKeys)
    {
        _reports = database.GetCollection<ReportDocument>("reports");
        _conversationKeys = conversationKeys;
        _dossierKeys = dossierKeys;
    }

    internal void EnsureIndexes()
    {
        _reports.EnsureIndex(r => r.ReportId);
        _reports.EnsureIndex(r => r.ConversationId);
        _reports.EnsureIndex(r => r.TeamId);
    }

    /// <summary>Stores a new draft version. <paramref name="engineDraft"/> is the engine's output as generated (null on the alternative path).</summary>
    /// <exception cref="ContentDestroyedException">The conversation key was destroyed.</exception>
    public ReportVersion CreateDraft(ReportVersion version, string content, string? engineDraft)
    {
        ArgumentNullException.ThrowIfNull(version);
        if (version.IsValidated)
        {
            throw new ArgumentException("Een nieuwe versie begint als ontwerp.", nameof(version));
        }

        // A revision after the retention job (or a revocation) destroyed the conversation key is
        // sealed with the dossier key, like the validated version it revises: rectification must
        // stay possible for as long as the report is kept.
        var document = ToDocument(version);
        var conversationKey = _conversationKeys.Find(version.ConversationId);
        if (conversationKey is null && version.Version > 1)
        {
            document.SealedWith = "dossier";
        }

        using var key = conversationKey ?? (version.Version > 1 ? DossierKey(version.DossierId) : ConversationKey(version.ConversationId));
        document.SealedContent = key.Seal(Encoding.UTF8.GetBytes(content), Context(version.ReportId, version.Version, "content"));
        document.SealedEngineDraft = engineDraft is null ? null : key.Seal(Encoding.UTF8.GetBytes(engineDraft), Context(version.ReportId, version.Version, "engine"));
        _reports.Insert(document);
        return version;
    }

    /// <summary>Replaces the content of a draft version.</summary>
    /// <exception cref="StoreException">The version is validated (immutable) or doesn't exist.</exception>
    public void SaveDraftContent(Guid reportId, int version, string content)
    {
        var document = Draft(reportId, version);
        using var key = document.SealedWith == "dossier" ? DossierKey(document.DossierId) : ConversationKey(document.ConversationId);
        document.SealedContent = key.Seal(Encoding.UTF8.GetBytes(content), Context(reportId, version, "content"));
        _reports.Update(document);
    }

    /// <summary>
    /// Locks a draft as the validated report: records who, when, the content hash and the edit ratio,
    /// and re-seals the content with the dossier key.
    /// </summary>
    public ReportVersion Validate(Guid reportId, int version, string content, string by, DateTimeOffset at, double? editRatio)
    {
        var document = Draft(reportId, version);
        using var key = _dossierKeys.Find(DataKeyStore.DossierOwner(document.DossierId))
            ?? throw new StoreException("De sleutel van dit dossier ontbreekt.");
        var bytes = Encoding.UTF8.GetBytes(content);
        document.Status = "validated";
        document.ValidatedAtUtc = at.UtcDateTime;
        document.ValidatedBy = by;
        document.ContentSha256 = ReportLifecycle.LockHash(content);
        document.EditRatio = editRatio;
        document.SealedWith = "dossier";
        document.SealedContent = key.Seal(bytes, Context(reportId, version, "content"));
        document.SealedEngineDraft = null;
        _reports.Update(document);
        return ToVersion(document);
    }

    public ReportVersion? Find(Guid reportId, int version) =>
        _reports.FindById(DocumentId(reportId, version)) is { } doc ? ToVersion(doc) : null;

    /// <summary>The newest version of a report.</summary>
    public ReportVersion? Latest(Guid reportId) =>
        _reports.Find(r => r.ReportId == reportId).OrderByDescending(r => r.Version).Select(ToVersion).FirstOrDefault();

    public IReadOnlyList<ReportVersion> Versions(Guid reportId) =>
        _reports.Find(r => r.ReportId == reportId).OrderBy(r => r.Version).Select(ToVersion).ToList();

    /// <summary>The newest version of every report of a conversation.</summary>
    public IReadOnlyList<ReportVersion> ForConversation(Guid conversationId) =>
        _reports.Find(r => r.ConversationId == conversationId).GroupBy(r => r.ReportId)
            .Select(g => ToVersion(g.OrderByDescending(r => r.Version).First())).ToList();

    /// <summary>The newest version of every report of a team.</summary>
    public IReadOnlyList<ReportVersion> ForTeam(Guid teamId) =>
        _reports.Find(r => r.TeamId == teamId).GroupBy(r => r.ReportId)
            .Select(g => ToVersion(g.OrderByDescending(r => r.Version).First())).ToList();

    /// <exception cref="ContentDestroyedException">A draft whose conversation key was destroyed.</exception>
    public string Content(Guid reportId, int version)
    {
        var document = _reports.FindById(DocumentId(reportId, version)) ?? throw new StoreException("Dit verslag bestaat niet.");
        using var key = document.SealedWith == "dossier"
            ? _dossierKeys.Find(DataKeyStore.DossierOwner(document.DossierId)) ?? throw new StoreException("De sleutel van dit dossier ontbreekt.")
            : ConversationKey(document.ConversationId);
        return Encoding.UTF8.GetString(key.Open(document.SealedContent, Context(reportId, version, "content")));
    }

    /// <summary>The engine's draft as generated, or null (alternative path, or already validated).</summary>
    /// <exception cref="ContentDestroyedException">The conversation key was destroyed.</exception>
    public string? EngineDraft(Guid reportId, int version)
    {
        var document = _reports.FindById(DocumentId(reportId, version)) ?? throw new StoreException("Dit verslag bestaat niet.");
        if (document.SealedEngineDraft is null)
        {
            return null;
        }

        using var key = ConversationKey(document.ConversationId);
        return Encoding.UTF8.GetString(key.Open(document.SealedEngineDraft, Context(reportId, version, "engine")));
    }

    private ReportDocument Draft(Guid reportId, int version)
    {
        var document = _reports.FindById(DocumentId(reportId, version)) ?? throw new StoreException("Dit verslag bestaat niet.");
        return document.Status == "draft"
            ? document
            : throw new StoreException("Deze versie is gevalideerd en kan niet meer wijzigen; maak een nieuwe versie.");
    }

    /// <summary>Every validated version on the box (metadata only), for the retention schedule.</summary>
    public IReadOnlyList<ReportVersion> ValidatedVersions() =>
        _reports.Find(r => r.Status == "validated").Select(ToVersion).ToList();

    /// <summary>
    /// Deletes every version of a report (after the DPO confirmed it): the sealed content is first
    /// overwritten with random bytes, then the records are removed.
    /// </summary>
    /// <returns>How many versions were deleted.</returns>
    public int DeleteReport(Guid reportId)
    {
        var documents = _reports.Find(r => r.ReportId == reportId).ToList();
        foreach (var document in documents)
        {
            document.SealedContent = System.Security.Cryptography.RandomNumberGenerator.GetBytes(document.SealedContent.Length);
            document.SealedEngineDraft = null;
            _reports.Update(document);
            _reports.Delete(document.Id);
        }

        return documents.Count;
    }

    private DataKey DossierKey(Guid dossierId) =>
        _dossierKeys.Find(DataKeyStore.DossierOwner(dossierId)) ?? throw new StoreException("De sleutel van dit dossier ontbreekt.");

    private DataKey ConversationKey(Guid conversationId) =>
        _conversationKeys.Find(conversationId) ?? throw new ContentDestroyedException("Dit ontwerp is vernietigd na intrekking van de toestemming.");

    private static string DocumentId(Guid reportId, int version) =>
        reportId.ToString("N") + ":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Context(Guid reportId, int version, string part) => Encoding.UTF8.GetBytes("report:" + DocumentId(reportId, version) + ":" + part);

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static ReportDocument ToDocument(ReportVersion v) => new()
    {
        Id = DocumentId(v.ReportId, v.Version),
        ReportId = v.ReportId,
        Version = v.Version,
        ConversationId = v.ConversationId,
        DossierId = v.DossierId,
        TeamId = v.TeamId,
        Status = v.IsValidated ? "validated" : "draft",
        TemplateId = v.TemplateId,
        TemplateVersion = v.TemplateVersion,
        EngineName = v.Engine.Name,
        EngineModel = v.Engine.Model,
        EngineModelSha256 = v.Engine.ModelSha256,
        CreatedAtUtc = v.CreatedAt.UtcDateTime,
        CreatedBy = v.CreatedBy,
        EngineSentences = v.EngineSentences,
        UnsupportedAtGeneration = v.UnsupportedAtGeneration,
    };

    private static ReportVersion ToVersion(ReportDocument d) => new(
        d.ReportId,
        d.Version,
        d.ConversationId,
        d.DossierId,
        d.TeamId,
        d.Status == "validated" ? ReportStatus.Validated : ReportStatus.Draft,
        d.TemplateId,
        d.TemplateVersion,
        new ReportEngine(d.EngineName, d.EngineModel, d.EngineModelSha256),
        Utc(d.CreatedAtUtc),
        d.CreatedBy,
        d.EngineSentences,
        d.UnsupportedAtGeneration,
        d.ValidatedAtUtc is { } at ? Utc(at) : null,
        d.ValidatedBy,
        d.ContentSha256,
        d.EditRatio);
}
