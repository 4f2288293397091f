using Microsoft.Extensions.Options;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Retention;
using WhaiNot.Domain.Texts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Retention;

/// <summary>
/// Carries out the retention schedule (<see cref="RetentionRules"/>): destroys the key of every
/// conversation whose audio is due (its report validated, or the maximum term passed), which takes
/// the audio, the transcript and the unvalidated drafts along (crypto-shredding), then removes the
/// files and records; skips dossiers under legal hold; audits each deletion by kind and
/// conversation, never content. Each deletion is journalled first, so a run stopped mid-way is
/// finished by the next one. Validated reports past their term are only listed for the DPO.
/// </summary>
public sealed class RetentionService(
    ConversationRepository conversations,
    DossierRepository dossiers,
    ConversationKeyVault keys,
    AudioChunkStore audio,
    TranscriptStore transcripts,
    ReportRepository reports,
    KeptFragmentStore fragments,
    RetentionJournal journal,
    AiLogStore aiLog,
    MetaStore meta,
    ConversationActivity activity,
    AuditLog audit,
    TimeProvider time,
    ApplianceTimeZone timeZone,
    IOptions<ApplianceOptions> options)
{
    /// <summary>The audit actor of the job's own entries.</summary>
    public const string Actor = "system";

    private const string LastRunKey = "retention:lastRunUtc";
    private const string DeletedKinds = "audio,transcript,drafts";

    public RetentionPolicy Policy => options.Value.Retention.ToPolicy();

    /// <summary>When the job last finished, or null.</summary>
    public DateTimeOffset? LastRun => meta.Get(LastRunKey) is { } value ? DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>One run of the schedule. Safe to repeat and to interrupt.</summary>
    /// <param name="afterKeyDestroyed">Called after a key was destroyed and before its files go (lets tests stop a run mid-way).</param>
    public RetentionRun Run(Action<Guid>? afterKeyDestroyed = null)
    {
        var now = time.GetUtcNow();
        var policy = Policy;
        var resumed = 0;
        foreach (var (conversationId, reason) in journal.Pending())
        {
            Finish(conversationId, reason, policy, afterKeyDestroyed);
            resumed++;
        }

        int deleted = 0, held = 0, warnings = 0;
        var legalHolds = new Dictionary<Guid, bool>();
        foreach (var conversation in conversations.ListAll())
        {
            var legalHold = LegalHold(conversation.DossierId, legalHolds);
            var step = RetentionRules.Decide(conversation, legalHold, keys.Exists(conversation.Id), now, policy);
            switch (step)
            {
                case AudioRetentionStep.DeleteAfterValidation or AudioRetentionStep.DeleteAfterMaximum:
                    var reason = RetentionRules.ReasonName(step);
                    journal.Begin(conversation.Id, reason, now);
                    Finish(conversation.Id, reason, policy, afterKeyDestroyed);
                    deleted++;
                    break;
                case AudioRetentionStep.HeldByLegalHold:
                    held++;
                    break;
                case AudioRetentionStep.Warn:
                    warnings++;
                    break;
            }
        }

        var pruned = aiLog.PruneBefore(now.AddMonths(-Math.Max(RetentionPolicy.MinimumAiLogMonths, policy.AiLogMonths)));
        var due = ReportsDue().Count;
        meta.Set(LastRunKey, now.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        audit.Append(Actor, AuditAction.RetentionRun, null, $"deleted={deleted};resumed={resumed};legalHold={held};warnings={warnings};reportsDue={due};aiLogPruned={pruned}");
        return new RetentionRun(now, deleted, resumed, held, warnings, due, pruned);
    }

    /// <summary>The user's team's conversations that lose their audio within the warning period.</summary>
    public IReadOnlyList<RetentionWarning> Warnings(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var team = AccessPolicy.ContentTeamOf(user) ?? throw new NotAllowedRefusal(AccessTexts.Forbidden);
        var now = time.GetUtcNow();
        var policy = Policy;
        var references = dossiers.ReferencesForTeam(team);
        var legalHolds = new Dictionary<Guid, bool>();
        var list = conversations.ListForTeam(team)
            .Where(c => RetentionRules.Decide(c, LegalHold(c.DossierId, legalHolds), keys.Exists(c.Id), now, policy) == AudioRetentionStep.Warn)
            .Select(c =>
            {
                var at = RetentionRules.AudioDeadline(c, policy);
                var days = RetentionRules.DaysLeft(c, now, policy);
                var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, timeZone.Zone).DateTime);
                return new RetentionWarning(c.Id, c.DossierId, references.GetValueOrDefault(c.DossierId, ""), at, days, RetentionTexts.Warning(days, local));
            })
            .OrderBy(w => w.DeletedAt)
            .ToList();
        audit.Append(user.Username, AuditAction.RetentionRead, "team:" + team.ToString("N"), $"warnings={list.Count}");
        return list;
    }

    /// <summary>The DPO's view of the schedule: as configured, the last run, and what waits (metadata only); audited.</summary>
    /// <exception cref="NotAllowedRefusal">Not the DPO.</exception>
    public RetentionOverview Overview(UserAccount dpo)
    {
        ArgumentNullException.ThrowIfNull(dpo);
        if (dpo.Disabled || !AccessPolicy.Has(dpo.Role, Permission.ManageGovernance))
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var due = ReportsDue();
        audit.Append(dpo.Username, AuditAction.RetentionRead, null, $"reportsDue={due.Count}");
        return new RetentionOverview(Policy, LastRun, journal.Pending().Count, due);
    }

    /// <summary>Validated reports past their retention term (metadata only), for the DPO.</summary>
    public IReadOnlyList<ReportDueForDeletion> ReportsDue()
    {
        var now = time.GetUtcNow();
        var policy = Policy;
        var legalHolds = new Dictionary<Guid, bool>();
        return reports.ValidatedVersions()
            .GroupBy(v => v.ReportId)
            .Select(g => g.OrderByDescending(v => v.Version).First())
            .Where(v => RetentionRules.ReportDue(v, now, policy))
            .Select(v => new ReportDueForDeletion(v.ReportId, v.DossierId, v.ValidatedAt!.Value, RetentionRules.ReportDueAt(v, policy)!.Value, LegalHold(v.DossierId, legalHolds)))
            .OrderBy(r => r.DueAt)
            .ToList();
    }

    /// <summary>Deletes a validated report past its term, on the DPO's explicit confirmation; audited.</summary>
    /// <exception cref="NotFoundRefusal">No such report.</exception>
    /// <exception cref="ConflictRefusal">Not due yet, or the dossier is under legal hold.</exception>
    public int ConfirmReportDeletion(UserAccount dpo, Guid reportId)
    {
        ArgumentNullException.ThrowIfNull(dpo);
        if (!AccessPolicy.Has(dpo.Role, Permission.ManageGovernance) || dpo.Disabled)
        {
            throw new NotAllowedRefusal(AccessTexts.Forbidden);
        }

        var latest = reports.Latest(reportId) ?? throw new NotFoundRefusal(AccessTexts.ReportNotFound);
        var due = ReportsDue().FirstOrDefault(r => r.ReportId == reportId) ?? throw new ConflictRefusal(RetentionTexts.ReportNotDue);
        if (due.LegalHold)
        {
            throw new ConflictRefusal(RetentionTexts.ReportUnderLegalHold);
        }

        var versions = reports.DeleteReport(reportId);
        var kept = fragments.DeleteFor(latest.ConversationId);
        audit.Append(dpo.Username, AuditAction.RetentionReportDelete, AuditTargets.Conversation(latest.ConversationId),
            $"kind=report;report={reportId:N};versions={versions};fragments={kept};validatedAt={due.ValidatedAt:yyyy-MM-dd}");
        return versions;
    }

    private void Finish(Guid conversationId, string reason, RetentionPolicy policy, Action<Guid>? afterKeyDestroyed)
    {
        activity.StopAll([conversationId], RetentionTexts.StoppedReason);
        var kept = policy.KeepCitedFragments && reason == "validated" ? KeepCitedFragments(conversationId) : 0;
        keys.Destroy(conversationId);
        afterKeyDestroyed?.Invoke(conversationId);
        var chunks = audio.DeleteAll(conversationId);
        var segments = transcripts.DeleteSegments(conversationId);
        var discarded = DiscardPendingDrafts(conversationId);
        audit.Append(Actor, AuditAction.RetentionDelete, AuditTargets.Conversation(conversationId),
            $"kind={DeletedKinds};reason={reason};audioChunks={chunks};segments={segments};fragmentsKept={kept};draftsDiscarded={discarded}");
        journal.Finish(conversationId);
    }

    /// <summary>Copies the segments the validated reports of the conversation cite, sealed with the dossier key (while the key still opens them).</summary>
    private int KeepCitedFragments(Guid conversationId)
    {
        var conversation = conversations.Find(conversationId);
        if (conversation is null || !keys.Exists(conversationId))
        {
            return 0;
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in reports.ValidatedVersions().Where(v => v.ConversationId == conversationId))
        {
            var content = DraftReader.Read(reports.Content(version.ReportId, version.Version), "Het verslag");
            cited.UnionWith(content.Sections.SelectMany(s => s.Sentences).SelectMany(t => t.Sources));
        }

        var segments = transcripts.Segments(conversationId).Where(s => cited.Contains(s.Id)).ToList();
        fragments.Keep(conversation.DossierId, conversationId, segments);
        return segments.Count;
    }

    private int DiscardPendingDrafts(Guid conversationId)
    {
        var count = 0;
        foreach (var entry in aiLog.ForConversation(conversationId).Where(e => e.Outcome == AiLogOutcomes.Pending))
        {
            aiLog.Update(entry with { Outcome = AiLogOutcomes.Discarded, DecidedBy = Actor, DecidedAt = time.GetUtcNow() });
            count++;
        }

        return count;
    }

    private bool LegalHold(Guid dossierId, Dictionary<Guid, bool> cache)
    {
        if (!cache.TryGetValue(dossierId, out var hold))
        {
            hold = dossiers.Find(dossierId)?.LegalHold == true;
            cache[dossierId] = hold;
        }

        return hold;
    }
}
