using System.Text;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Transcripts;

namespace WhaiNot.Storage.Tests;

/// <summary>
/// Drafts and transcripts go with the conversation key (crypto-shredded after a revocation, also in
/// backups); a validated report is re-sealed with the dossier key and survives; validated is final.
/// </summary>
public sealed class ReportStorageTests : IDisposable
{
    private const string DraftText = "{\"text\":\"Mevrouw huurt een appartement van 650 euro per maand in de Kerkstraat.\"}";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _temp = new();
    private readonly TempDataFolder _backup = new();

    public void Dispose()
    {
        _temp.Dispose();
        _backup.Dispose();
    }

    [Fact]
    public void Revocation_ShouldShredDraftAndTranscriptButKeepTheValidatedReport_AlsoInABackupTakenBefore()
    {
        Guid conversation;
        ReportVersion validated, draft;
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var dossier = NewDossier(store);
            conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
            store.Transcripts.Save(conversation, new TranscriptSegment("s001", 0, 2, Speaker.Client, "Ik woon in de Kerkstraat.", "Ik woon in de Kerkstraat.", Speaker.Unknown));
            validated = store.Reports.CreateDraft(NewVersion(dossier, conversation), DraftText, DraftText);
            store.Reports.Validate(validated.ReportId, 1, DraftText, "an.peeters", Now, 0);
            draft = store.Reports.CreateDraft(NewVersion(dossier, conversation), DraftText, DraftText);
        }

        DataBackup.Create(_temp.Folder, _backup.Root);
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            store.ConversationKeys.Destroy(conversation);

            Assert.Equal(DraftText, store.Reports.Content(validated.ReportId, 1));
            Assert.Throws<ContentDestroyedException>(() => store.Reports.Content(draft.ReportId, 1));
            Assert.Throws<ContentDestroyedException>(() => store.Transcripts.Segments(conversation));
        }

        Directory.CreateDirectory(_backup.Folder.KeysFolder);
        File.Copy(_temp.Folder.MasterKeyPath, _backup.Folder.MasterKeyPath);
        using var restored = ApplianceStore.Open(_backup.Folder);
        Assert.Equal(DraftText, restored.Reports.Content(validated.ReportId, 1));
        Assert.Throws<ContentDestroyedException>(() => restored.Reports.Content(draft.ReportId, 1));
        Assert.Throws<ContentDestroyedException>(() => restored.Transcripts.Segments(conversation));
        var needle = Encoding.UTF8.GetBytes("Kerkstraat");
        foreach (var (path, bytes) in _backup.AllFiles().Concat(_temp.AllFiles()))
        {
            Assert.True(bytes.AsSpan().IndexOf(needle) < 0, $"plain text found in {path}");
        }
    }

    [Fact]
    public void ValidatedVersion_ShouldBeImmutableAndRecordWhoWhenAndHash()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
        var report = store.Reports.CreateDraft(NewVersion(dossier, conversation), DraftText, DraftText);

        var locked = store.Reports.Validate(report.ReportId, 1, DraftText, "an.peeters", Now, 0.25);

        Assert.Equal(ReportStatus.Validated, locked.Status);
        Assert.Equal("an.peeters", locked.ValidatedBy);
        Assert.Equal(Now, locked.ValidatedAt);
        Assert.Equal(64, locked.ContentSha256!.Length);
        Assert.Equal(0.25, locked.EditRatio);
        Assert.Throws<StoreException>(() => store.Reports.SaveDraftContent(report.ReportId, 1, "{}"));
        Assert.Throws<StoreException>(() => store.Reports.Validate(report.ReportId, 1, "{}", "x", Now, 0));
        Assert.Equal(DraftText, store.Reports.Content(report.ReportId, 1));
    }

    [Fact]
    public void NextVersion_ShouldKeepTheEarlierOneAsItWas()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        var dossier = NewDossier(store);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, dossier.TeamId, Guid.NewGuid(), Now).Id;
        var first = store.Reports.CreateDraft(NewVersion(dossier, conversation), DraftText, null);
        store.Reports.Validate(first.ReportId, 1, DraftText, "an.peeters", Now, null);

        store.Reports.CreateDraft(first with { Version = 2, Status = ReportStatus.Draft, CreatedAt = Now.AddDays(1) }, "{\"text\":\"v2\"}", null);

        Assert.Equal([1, 2], store.Reports.Versions(first.ReportId).Select(v => v.Version));
        Assert.Equal(2, store.Reports.Latest(first.ReportId)!.Version);
        Assert.Equal(DraftText, store.Reports.Content(first.ReportId, 1));
        Assert.Equal("{\"text\":\"v2\"}", store.Reports.Content(first.ReportId, 2));
    }

    [Theory]
    [InlineData("Mevrouw huurt een appartement", "Mevrouw huurt een appartement", 0.0)]
    [InlineData("Mevrouw huurt een appartement", "Mevrouw huurt een huis", 0.25)]
    [InlineData("a b c d", "", 1.0)]
    public void EditRatio_ShouldBeTheShareOfWordsChanged(string original, string final, double expected)
    {
        Assert.Equal(expected, EditRatio.Between(original, final), 3);
    }

    private static ReportVersion NewVersion(Dossier dossier, Guid conversation) =>
        new(Guid.NewGuid(), 1, conversation, dossier.Id, dossier.TeamId, ReportStatus.Draft, "intakeverslag", "1", new ReportEngine("extractive", null, null), Now, "an.peeters", 12, 1);

    private static Dossier NewDossier(ApplianceStore store)
    {
        var team = store.Accounts.FindTeam("T") ?? store.Accounts.AddTeam("T");
        return store.Dossiers.Create(team.Id, "D-" + Guid.NewGuid().ToString("N")[..6], new ClientProfile("Test Cliënt", "90010112345", null), Now);
    }
}
