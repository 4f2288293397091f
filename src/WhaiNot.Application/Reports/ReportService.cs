using WhaiNot.Application.Conversations;
using WhaiNot.Application.Transcription;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.AiLog;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Llm;
using WhaiNot.Drafting.Verification;
using WhaiNot.Native;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Reports;

/// <summary>
/// Reports of conversations, on both paths with the same steps: a draft (from an engine when the
/// client consented to AI drafting, or empty for the worker's own text), edits that are verified
/// against the transcript on every save, validation that is refused while unsupported sentences
/// remain and then locks the version, and revisions as new versions.
/// </summary>
public sealed class ReportService(
    ConversationAccess access,
    ConversationService conversations,
    ConversationRepository conversationRecords,
    ConversationKeyVault conversationKeys,
    AccountRepository accounts,
    ReportRepository reports,
    TranscriptStore transcripts,
    AuditLog audit,
    ConversationActivity activity,
    TemplateCatalog templates,
    DraftingEngine llm,
    DraftEvents events,
    AiLogStore aiLog,
    TimeProvider time)
{
    private static readonly SourceVerifier Verifier = new();

    /// <summary>A draft written by an engine from the conversation's transcript. Refused without consent for AI drafting.</summary>
    public async Task<ReportView> DraftWithEngineAsync(UserAccount user, Guid conversationId, string templateId, string engineName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        if (!conversations.View(conversation).MayDraftWithAi)
        {
            audit.Append(user.Username, AuditAction.ReportDraftRefused, AuditTargets.Conversation(conversationId), "no-ai-consent");
            throw new ConflictRefusal("Voor dit gesprek is er geen toestemming voor AI-ondersteund opstellen: de engines maken geen ontwerp. Schrijf het verslag zelf (POST …/reports met engine 'manual').");
        }

        var template = templates.Find(templateId);
        var transcript = ReadTranscript(conversationId, requireComplete: true);
        using var work = activity.Begin(conversationId, cancellationToken);
        Draft draft;
        try
        {
            draft = engineName switch
            {
                "extractive" => await new DraftPipeline(new ExtractiveEngine(), Verifier).RunAsync(template, transcript, work.Token),
                "llm" => await llm.RunAsync(
                    engine => new DraftPipeline(engine.WithProgress(new HubProgress(events, conversationId)), Verifier).RunAsync(template, transcript, work.Token),
                    work.Token),
                _ => throw new InvalidRequestRefusal("Kies engine 'extractive', 'llm' of 'manual'."),
            };
        }
        catch (ContractException ex)
        {
            throw new InvalidRequestRefusal(ex.Message);
        }
        catch (EngineException ex)
        {
            throw new EngineFailedRefusal("De engine kon geen ontwerp maken: " + ex.Message);
        }
        catch (OperationCanceledException) when (work.Token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ConflictRefusal("Het opstellen is gestopt: de toestemming werd ingetrokken.");
        }

        var sentences = draft.Sections.SelectMany(s => s.Sentences).ToList();
        var version = NewVersion(conversation, Guid.NewGuid(), 1, template, new ReportEngine(draft.Engine.Name, draft.Engine.Model, draft.Engine.ModelSha256), user, sentences.Count, sentences.Count(s => s.Status == SentenceStatus.Unsupported));
        var content = ContractJson.Write(draft);
        Shredded(() => reports.CreateDraft(version, content, content));
        aiLog.Add(new AiLogEntry(
            version.ReportId, conversationId, conversation.TeamId, version.CreatedAt, user.Username, version.Engine.Name, version.Engine.Model, version.Engine.ModelSha256,
            version.TemplateId, version.TemplateVersion, version.EngineSentences, version.UnsupportedAtGeneration, AiLogOutcomes.Pending));
        audit.Append(user.Username, AuditAction.ReportDraft, AuditTargets.Conversation(conversationId), $"report={version.ReportId:N};engine={engineName}");
        return View(version, draft, [version]);
    }

    /// <summary>The alternative path: an empty report in the template for the worker's own text, with or without any consent.</summary>
    public ReportView StartManual(UserAccount user, Guid conversationId, string templateId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var conversation = access.WritableConversation(user, conversationId);
        var template = templates.Find(templateId);
        var draft = new Draft(
            new TemplateReference(template.Id, template.Version),
            conversationId.ToString(),
            new EngineInfo(ReportEngine.Manual.Name, null, null),
            template.Sections.Select(s => new DraftSection(s.Id, s.Heading, s.HumanOnly, [])).ToList());
        var version = NewVersion(conversation, Guid.NewGuid(), 1, template, ReportEngine.Manual, user, 0, 0);
        Shredded(() => reports.CreateDraft(version, ContractJson.Write(draft), null));
        audit.Append(user.Username, AuditAction.ReportDraft, AuditTargets.Conversation(conversationId), $"report={version.ReportId:N};engine=manual");
        return View(version, draft, [version]);
    }

    public ReportView Read(UserAccount user, Guid reportId, int? versionNumber = null)
    {
        var (latest, _) = Writable(user, reportId);
        var version = versionNumber is { } n ? reports.Find(reportId, n) ?? throw new NotFoundRefusal($"Versie {n} van dit verslag bestaat niet.") : latest;
        var content = DraftReader.Read(Shredded(() => reports.Content(reportId, version.Version)), "Het verslag");
        audit.Append(user.Username, AuditAction.ReportRead, AuditTargets.Conversation(version.ConversationId), $"report={reportId:N};version={version.Version}");
        return View(version, content, reports.Versions(reportId));
    }

    /// <summary>Saves the worker's edits to the draft as the API sends them (the draft contract's JSON).</summary>
    public ReportView SaveDraft(UserAccount user, Guid reportId, string json)
    {
        Draft submitted;
        try
        {
            submitted = DraftReader.Read(json, "Het verslag");
        }
        catch (ContractException ex)
        {
            throw new InvalidRequestRefusal(ex.Message);
        }

        return SaveDraft(user, reportId, submitted);
    }

    /// <summary>Saves the worker's edits to the draft: sentences changed, deleted or added (added ones without sources are manual), all verified again.</summary>
    public ReportView SaveDraft(UserAccount user, Guid reportId, Draft submitted)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var (version, _) = Writable(user, reportId);
        ReportLifecycle.EnsureEditable(version);
        var template = templates.Find(version.TemplateId, version.TemplateVersion);
        var transcript = ReadTranscript(version.ConversationId, requireComplete: false);
        var verified = Verifier.Verify(ReportLifecycle.Edited(submitted, template, version, transcript.Id), transcript);
        Shredded(() =>
        {
            reports.SaveDraftContent(reportId, version.Version, ContractJson.Write(verified));
            return 0;
        });
        audit.Append(user.Username, AuditAction.ReportEdit, AuditTargets.Conversation(version.ConversationId), $"report={reportId:N};version={version.Version}");
        return View(version, verified, reports.Versions(reportId));
    }

    /// <summary>Validates the latest version: refused while a sentence is unsupported or a required humanOnly section is empty; then locked.</summary>
    public ReportView Validate(UserAccount user, Guid reportId)
    {
        var (version, conversation) = Writable(user, reportId);
        var content = DraftReader.Read(Shredded(() => reports.Content(reportId, version.Version)), "Het verslag");
        ReportLifecycle.EnsureMayValidate(version, content, templates.Find(version.TemplateId, version.TemplateVersion));
        var baseline = EditBaseline(reportId, version);
        var editRatio = ReportLifecycle.EditRatioOf(baseline is null ? null : DraftReader.Read(baseline, "Het ontwerp"), content);
        var now = time.GetUtcNow();
        var validated = reports.Validate(reportId, version.Version, ContractJson.Write(content), user.Username, now, editRatio);
        if (conversation.ReportValidatedAt is null)
        {
            conversationRecords.MarkReportValidated(conversation.Id, now);
        }

        RecordOutcome(conversation.Id, reportId, version.Version, user.Username, now, editRatio);
        audit.Append(user.Username, AuditAction.ReportValidate, AuditTargets.Conversation(conversation.Id), $"report={reportId:N};version={version.Version};sha256={validated.ContentSha256}");
        return View(validated, content, reports.Versions(reportId));
    }

    /// <summary>
    /// The AI log learns what the worker did with the engine drafts of this conversation: the
    /// validated one (its first validation, with the edit ratio), and the others left for it.
    /// </summary>
    private void RecordOutcome(Guid conversationId, Guid reportId, int version, string by, DateTimeOffset at, double? editRatio)
    {
        foreach (var entry in aiLog.ForConversation(conversationId).Where(e => e.Outcome == AiLogOutcomes.Pending))
        {
            aiLog.Update(entry.ReportId == reportId && version == 1
                ? entry with { Outcome = AiLogOutcomes.Validated, DecidedBy = by, DecidedAt = at, EditRatio = editRatio }
                : entry with { Outcome = AiLogOutcomes.Discarded, DecidedBy = by, DecidedAt = at });
        }
    }

    /// <summary>
    /// What the edit ratio measures against: a revision against the validated version it revises
    /// (what the worker changed now), a first version against the engine's draft; none by hand.
    /// </summary>
    private string? EditBaseline(Guid reportId, ReportVersion version) =>
        version.Version > 1 ? Shredded(() => reports.Content(reportId, version.Version - 1))
        : version.Engine.UsesAi ? Shredded(() => reports.EngineDraft(reportId, version.Version))
        : null;

    /// <summary>A new draft version from the latest validated one; the validated version stays as it was.</summary>
    public ReportView Revise(UserAccount user, Guid reportId)
    {
        var (version, conversation) = Writable(user, reportId);
        var next = ReportLifecycle.Revision(version, user.Username, time.GetUtcNow());
        var content = Shredded(() => reports.Content(reportId, version.Version));
        Shredded(() => reports.CreateDraft(next, content, null));
        audit.Append(user.Username, AuditAction.ReportRevise, AuditTargets.Conversation(conversation.Id), $"report={reportId:N};version={next.Version}");
        return View(next, DraftReader.Read(content, "Het verslag"), reports.Versions(reportId));
    }

    /// <summary>The report versions of a conversation (latest first per report, as stored).</summary>
    public IReadOnlyList<ReportVersion> ForConversation(UserAccount user, Guid conversationId)
    {
        access.WritableConversation(user, conversationId);
        return reports.ForConversation(conversationId);
    }

    private ReportView View(ReportVersion version, Draft content, IReadOnlyList<ReportVersion> history)
    {
        var validator = version.ValidatedBy is { } by ? accounts.FindUser(by)?.DisplayName ?? by : null;
        return new ReportView(version, content, history, validator, SourcesRemoved: !conversationKeys.Exists(version.ConversationId), Dictation: conversationRecords.Find(version.ConversationId)?.IsDictation == true);
    }

    private (ReportVersion Latest, Conversation Conversation) Writable(UserAccount user, Guid reportId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var latest = reports.Latest(reportId) ?? throw new NotFoundRefusal("Dit verslag bestaat niet.");
        return (latest, access.WritableConversation(user, latest.ConversationId));
    }

    private Transcript ReadTranscript(Guid conversationId, bool requireComplete)
    {
        var segments = Shredded(() => transcripts.Segments(conversationId));
        if (requireComplete && (segments.Count == 0 || !transcripts.Progress(conversationId).Complete))
        {
            throw new ConflictRefusal(segments.Count == 0
                ? "Dit gesprek heeft (nog) geen transcript: er valt niets op te stellen."
                : "De transcriptie van dit gesprek is nog bezig; sluit het gesprek af en wacht tot ze volledig is.");
        }

        return new Transcript(conversationId, segments);
    }

    private ReportVersion NewVersion(Conversation conversation, Guid reportId, int number, DraftTemplate template, ReportEngine engine, UserAccount user, int engineSentences, int unsupported) =>
        new(reportId, number, conversation.Id, conversation.DossierId, conversation.TeamId, ReportStatus.Draft, template.Id, template.Version, engine, time.GetUtcNow(), user.Username, engineSentences, unsupported);

    private static T Shredded<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ContentDestroyedException)
        {
            throw new GoneRefusal("Het transcript en de ontwerpen van dit gesprek zijn vernietigd na de intrekking van de toestemming.");
        }
    }

    /// <summary>Sends the llm engine's progress to the conversation's screens as DraftProgress events.</summary>
    private sealed class HubProgress(DraftEvents events, Guid conversationId) : IProgress<DraftProgress>
    {
        public void Report(DraftProgress value) => _ = events.ProgressAsync(conversationId, value, CancellationToken.None);
    }
}
