using System.Text;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Storage;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>
/// The retention schedule, by time travel on an injected clock over a real store: audio (with the
/// transcript and drafts that share its key) goes after validation or after the maximum term, never
/// under legal hold; an interrupted run is finished after a restart; nothing decryptable is left.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private const string Spoken = "Ik woon sinds maart in de Kerkstraat 12 te Leuven.";
    private readonly GovernanceBox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void Run_AfterValidation_ShouldShredAudioTranscriptAndDrafts_KeepTheReport_AndLeaveNothingDecryptable()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var conversation = _box.Conversation(dossier, Spoken, "VALIDATED-AUDIO");
        var keyFile = Path.Combine(_box.Store.Folder.ConversationKeysFolder, conversation.Id.ToString("N") + ".key");
        var wrappedKey = File.ReadAllBytes(keyFile);
        var report = _box.ValidatedReport(conversation, "Mevrouw woont in de Kerkstraat.");
        var pendingDraft = _box.Store.Reports.CreateDraft(report with { ReportId = Guid.NewGuid(), Status = ReportStatus.Draft, ValidatedAt = null }, "{\"x\":\"ontwerp\"}", null);

        var run = _box.Retention.Run();

        Assert.Equal(1, run.Deleted);
        Assert.False(_box.Store.ConversationKeys.Exists(conversation.Id));
        Assert.False(Directory.Exists(_box.Store.Audio.FolderOf(conversation.Id)));
        Assert.False(_box.Store.Transcripts.HasSegments(conversation.Id));
        Assert.Throws<ContentDestroyedException>(() => _box.Store.Reports.Content(pendingDraft.ReportId, 1));
        Assert.Contains("Kerkstraat", _box.Store.Reports.Content(report.ReportId, 1), StringComparison.Ordinal);
        var entry = Assert.Single(Entries(AuditAction.RetentionDelete));
        Assert.Equal(AuditTargets.Conversation(conversation.Id), entry.Target);
        Assert.Contains("kind=audio,transcript,drafts;reason=validated", entry.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("Kerkstraat", entry.Outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("Janssens", entry.Outcome, StringComparison.Ordinal);
        _box.Reopen();
        AssertNothingLeft(wrappedKey, "VALIDATED-AUDIO", Spoken);
    }

    [Fact]
    public void Run_WithoutValidation_ShouldWarnBeforeTheMaximumAndDeleteOnIt()
    {
        var conversation = _box.Conversation(_box.Dossier("Jan Peeters", "70010100123"), Spoken);

        _box.Clock.Advance(TimeSpan.FromDays(22));
        Assert.Equal(0, _box.Retention.Run().Deleted);
        Assert.Empty(_box.Retention.Warnings(_box.Worker));

        _box.Clock.Advance(TimeSpan.FromDays(2));
        var run = _box.Retention.Run();
        Assert.Equal(0, run.Deleted);
        Assert.Equal(1, run.Warnings);
        var warning = Assert.Single(_box.Retention.Warnings(_box.Lead));
        Assert.Equal(conversation.Id, warning.ConversationId);
        Assert.Equal(6, warning.DaysLeft);
        Assert.StartsWith("Over 6 dagen", warning.Message, StringComparison.Ordinal);
        Assert.Single(_box.Retention.Warnings(_box.Worker));
        Assert.Throws<NotAllowedRefusal>(() => _box.Retention.Warnings(_box.Dpo));
        Assert.True(_box.Store.ConversationKeys.Exists(conversation.Id));

        _box.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, _box.Retention.Run().Deleted);
        Assert.False(_box.Store.ConversationKeys.Exists(conversation.Id));
        Assert.Contains("reason=max-days", Assert.Single(Entries(AuditAction.RetentionDelete)).Outcome, StringComparison.Ordinal);
        Assert.Empty(_box.Retention.Warnings(_box.Worker));
    }

    [Fact]
    public void Run_MaximumTerm_ShouldFollowTheSetting()
    {
        using var box = new GovernanceBox(r => r.AudioMaxDays = 3);
        var conversation = box.Conversation(box.Dossier("Jan Peeters", "70010100123"), Spoken);

        box.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal(1, box.Retention.Run().Deleted);
        Assert.False(box.Store.ConversationKeys.Exists(conversation.Id));
    }

    [Fact]
    public void Run_UnderLegalHold_ShouldKeepEverything_UntilTheHoldIsLifted()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var validated = _box.Conversation(dossier, Spoken);
        _box.ValidatedReport(validated, "Mevrouw woont in de Kerkstraat.");
        var expired = _box.Conversation(dossier, Spoken);
        _box.Store.Dossiers.SetLegalHold(dossier.Id, true);

        _box.Clock.Advance(TimeSpan.FromDays(45));
        var run = _box.Retention.Run();

        Assert.Equal(0, run.Deleted);
        Assert.Equal(2, run.HeldByLegalHold);
        Assert.True(_box.Store.ConversationKeys.Exists(validated.Id));
        Assert.Equal(Spoken, _box.Store.Transcripts.Segments(expired.Id)[0].Text);
        Assert.Empty(Entries(AuditAction.RetentionDelete));

        _box.Store.Dossiers.SetLegalHold(dossier.Id, false);
        Assert.Equal(2, _box.Retention.Run().Deleted);
    }

    [Fact]
    public void Run_StoppedMidWay_ShouldBeFinishedAfterARestart_AuditedOnce()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var first = _box.Conversation(dossier, Spoken, "FIRST-AUDIO");
        var second = _box.Conversation(dossier, Spoken, "SECOND-AUDIO");
        var wrapped = File.ReadAllBytes(Path.Combine(_box.Store.Folder.ConversationKeysFolder, first.Id.ToString("N") + ".key"));
        _box.ValidatedReport(first, "Eerste verslag.");
        _box.ValidatedReport(second, "Tweede verslag.");

        Assert.Throws<IOException>(() => _box.Retention.Run(afterKeyDestroyed: _ => throw new IOException("stroom weg")));
        Assert.Single(_box.Store.RetentionJournal.Pending());
        Assert.True(Directory.Exists(_box.Store.Audio.FolderOf(first.Id)) || Directory.Exists(_box.Store.Audio.FolderOf(second.Id)));
        Assert.Empty(Entries(AuditAction.RetentionDelete));

        _box.Reopen();
        var run = _box.Retention.Run();

        Assert.Equal(1, run.Resumed);
        Assert.Equal(1, run.Deleted);
        Assert.Empty(_box.Store.RetentionJournal.Pending());
        var entries = Entries(AuditAction.RetentionDelete);
        Assert.Equal(2, entries.Count);
        Assert.Equal(
            new[] { AuditTargets.Conversation(first.Id), AuditTargets.Conversation(second.Id) }.Order(),
            entries.Select(e => e.Target!).Order());
        Assert.True(_box.Store.Audit.Verify().IsIntact);
        _box.Reopen();
        AssertNothingLeft(wrapped, "FIRST-AUDIO", Spoken);
        AssertNothingLeft([], "SECOND-AUDIO", Spoken);
    }

    [Fact]
    public void Run_WithCitedFragmentsKept_ShouldKeepOnlyTheCitedSegments_SealedWithTheDossier()
    {
        using var box = new GovernanceBox(r => r.KeepCitedFragments = true);
        var conversation = box.Conversation(box.Dossier("Els Janssens", "85072012345"), Spoken);
        box.ValidatedReport(conversation, "Mevrouw woont in de Kerkstraat.");

        box.Retention.Run();

        Assert.False(box.Store.ConversationKeys.Exists(conversation.Id));
        var kept = Assert.Single(box.Store.KeptFragments.For(conversation.Id));
        Assert.Equal("s001", kept.Id);
        Assert.Equal(Spoken, kept.Text);
        Assert.Contains("fragmentsKept=1", Assert.Single(EntriesOf(box, AuditAction.RetentionDelete)).Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void Revision_AfterTheAudioWent_ShouldStillBePossible()
    {
        var conversation = _box.Conversation(_box.Dossier("Els Janssens", "85072012345"), Spoken);
        var report = _box.ValidatedReport(conversation, "Mevrouw woont in de Kerkstraat.");
        _box.Retention.Run();

        var next = ReportLifecycle.Revision(report, _box.Worker.Username, _box.Clock.GetUtcNow());
        _box.Store.Reports.CreateDraft(next, "{\"x\":\"verbeterd\"}", null);
        _box.Store.Reports.SaveDraftContent(report.ReportId, 2, "{\"x\":\"nog beter\"}");

        Assert.Equal("{\"x\":\"nog beter\"}", _box.Store.Reports.Content(report.ReportId, 2));
    }

    [Fact]
    public void ValidatedReport_ShouldOnlyGoAfterItsTerm_OnTheDposConfirmation()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var report = _box.ValidatedReport(_box.Conversation(dossier, Spoken), "Mevrouw woont in de Kerkstraat.");
        _box.Clock.Advance(TimeSpan.FromDays(365 * 9));
        _box.Retention.Run();

        Assert.Empty(_box.Retention.ReportsDue());
        Assert.Equal(RetentionTextsNotDue, Assert.Throws<ConflictRefusal>(() => _box.Retention.ConfirmReportDeletion(_box.Dpo, report.ReportId)).Message);

        _box.Clock.Advance(TimeSpan.FromDays(400));
        Assert.Equal(1, _box.Retention.Run().ReportsDue);
        Assert.NotNull(_box.Store.Reports.Latest(report.ReportId));
        Assert.Equal(report.ReportId, Assert.Single(_box.Retention.ReportsDue()).ReportId);
        Assert.Throws<NotAllowedRefusal>(() => _box.Retention.ConfirmReportDeletion(_box.Lead, report.ReportId));
        _box.Store.Dossiers.SetLegalHold(dossier.Id, true);
        Assert.Throws<ConflictRefusal>(() => _box.Retention.ConfirmReportDeletion(_box.Dpo, report.ReportId));
        _box.Store.Dossiers.SetLegalHold(dossier.Id, false);

        Assert.Equal(1, _box.Retention.ConfirmReportDeletion(_box.Dpo, report.ReportId));

        Assert.Null(_box.Store.Reports.Latest(report.ReportId));
        var entry = Assert.Single(Entries(AuditAction.RetentionReportDelete));
        Assert.Equal(_box.Dpo.Username, entry.Actor);
        Assert.Contains("kind=report", entry.Outcome, StringComparison.Ordinal);
    }

    private const string RetentionTextsNotDue = WhaiNot.Application.Retention.RetentionTexts.ReportNotDue;

    private List<AuditEntry> Entries(string action) => EntriesOf(_box, action);

    private static List<AuditEntry> EntriesOf(GovernanceBox box, string action) =>
        box.Store.Audit.Read(0, 10_000).Where(e => e.Action == action).ToList();

    /// <summary>No file in the data folder holds the wrapped key, the audio bytes or the spoken words.</summary>
    private void AssertNothingLeft(byte[] wrappedKey, string audioText, string spoken)
    {
        var needles = new List<byte[]> { Encoding.UTF8.GetBytes(audioText), Encoding.UTF8.GetBytes("Kerkstraat 12") };
        if (wrappedKey.Length > 0)
        {
            needles.Add(wrappedKey[^32..]);
        }

        foreach (var (path, bytes) in DataFolderBytes.ReadAll(_box.Root))
        {
            foreach (var needle in needles)
            {
                Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"{Encoding.UTF8.GetString(needle)} found in {path}");
            }
        }

        Assert.DoesNotContain(spoken, string.Join("\n", _box.Store.Audit.Read(0, 10_000).Select(e => e.Outcome)), StringComparison.Ordinal);
    }
}
