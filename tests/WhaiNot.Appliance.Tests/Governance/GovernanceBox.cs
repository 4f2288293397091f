using System.Text;
using Microsoft.Extensions.Options;
using WhaiNot.Application.Conversations;
using WhaiNot.Application.Retention;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>
/// A real store in a temporary folder with a clock the test moves, and the governance services on
/// it (no host): for time-travel tests of the retention schedule, the export and the logs.
/// Reopen() closes and opens the store again, as a restart does.
/// </summary>
internal sealed class GovernanceBox : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "whainot-gov-" + Guid.NewGuid().ToString("N"));

    public GovernanceBox(Action<RetentionOptions>? configure = null)
    {
        configure?.Invoke(Options.Value.Retention);
        Store = ApplianceStore.Open(new DataFolder(_root), Clock);
        Team = Store.Accounts.AddTeam("Noord");
        Worker = User("an", Role.Worker, Team.Id);
        Lead = User("chris", Role.TeamLead, Team.Id);
        Dpo = User("dora", Role.Dpo, null);
        Retention = NewRetention();
    }

    public MovableClock Clock { get; } = new(Start);

    public IOptions<ApplianceOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new ApplianceOptions());

    public ApplianceStore Store { get; private set; }

    public RetentionService Retention { get; private set; }

    public Team Team { get; }

    public UserAccount Worker { get; }

    public UserAccount Lead { get; }

    public UserAccount Dpo { get; }

    public string Root => _root;

    public void Reopen()
    {
        Store.Dispose();
        Store = ApplianceStore.Open(new DataFolder(_root), Clock);
        Retention = NewRetention();
    }

    public UserAccount User(string name, Role role, Guid? team)
    {
        var user = new UserAccount { Username = name, DisplayName = name, Role = role, TeamId = team, PasswordHash = "x" };
        Store.Accounts.AddUser(user);
        return user;
    }

    public Dossier Dossier(string name, string nationalNumber, Guid? team = null) =>
        Store.Dossiers.Create(team ?? Team.Id, "D-" + Guid.NewGuid().ToString("N")[..6], new ClientProfile(name, nationalNumber, null), Clock.GetUtcNow());

    /// <summary>An ended conversation with consent, audio (one chunk holding <paramref name="audioText"/> as bytes) and a transcript of two segments.</summary>
    public Conversation Conversation(Dossier dossier, string spoken, string audioText = "PCM-AUDIO-PATTERN")
    {
        var now = Clock.GetUtcNow();
        var conversation = Store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Worker.Id, now);
        Store.Conversations.RecordConsent(conversation.Id, new ConsentChoice(true, true, true, now, Worker.Id));
        Store.Audio.Append(conversation.Id, 0, Encoding.UTF8.GetBytes(audioText + audioText));
        Store.Transcripts.Save(conversation.Id, new TranscriptSegment("s001", 0, 2, Speaker.Client, spoken));
        Store.Transcripts.Save(conversation.Id, new TranscriptSegment("s002", 2, 4, Speaker.Worker, "Dank u, dat noteer ik."));
        Store.Conversations.End(conversation.Id, now, now.AddDays(7));
        return Store.Conversations.Find(conversation.Id)!;
    }

    /// <summary>An engine draft of the conversation, citing s001, validated now by the worker.</summary>
    public ReportVersion ValidatedReport(Conversation conversation, string sentence)
    {
        var now = Clock.GetUtcNow();
        var version = new ReportVersion(Guid.NewGuid(), 1, conversation.Id, conversation.DossierId, conversation.TeamId, ReportStatus.Draft, "intakeverslag", "1",
            new ReportEngine("extractive", null, null), now, Worker.Username, 1, 0);
        var content = ContractJson.Write(new Draft(new TemplateReference("intakeverslag", "1"), conversation.Id.ToString(), new EngineInfo("extractive", null, null),
            [new DraftSection("situatie", "Situatie", false, [new DraftSentence(sentence, ["s001"], SentenceStatus.Supported)])]));
        Store.Reports.CreateDraft(version, content, content);
        var validated = Store.Reports.Validate(version.ReportId, 1, content, Worker.Username, now, 0);
        Store.Conversations.MarkReportValidated(conversation.Id, now);
        return validated;
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    public WhaiNot.Application.Governance.ClientExportService Export()
    {
        var access = new ConversationAccess(Store.Dossiers, Store.Conversations, Store.Audit);
        return new(Store.Dossiers, Store.Conversations, Store.ConversationKeys, Store.Audio, Store.Transcripts, Store.Reports, Store.KeptFragments,
            new NotesService(access, Store.Conversations, Store.Keys, Store.Audit), Store.OcmwProfile, Store.Audit, Clock, ApplianceTimeZone.Find("Europe/Brussels"), Options);
    }

    private RetentionService NewRetention() => new(
        Store.Conversations, Store.Dossiers, Store.ConversationKeys, Store.Audio, Store.Transcripts, Store.Reports, Store.KeptFragments,
        Store.RetentionJournal, Store.AiLog, Store.Meta, new ConversationActivity(), Store.Audit, Clock, ApplianceTimeZone.Find("Europe/Brussels"), Options);
}

/// <summary>A clock the test moves forward.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
