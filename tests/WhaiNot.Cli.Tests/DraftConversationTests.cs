using System.Text.Json;
using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Storage;

namespace WhaiNot.Cli.Tests;

/// <summary>`whainot draft --conversation ID`: the same consent gate as the API, exit 2 without AI consent.</summary>
public sealed class DraftConversationTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Draft_OfAConversationWithoutAiConsent_ShouldBeRefusedWithExitTwo()
    {
        var conversation = Conversation(aiDrafting: false);

        var result = Cli.Run(_data, "draft", "--template", "intakeverslag", "--conversation", conversation.ToString());

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Contains("geen toestemming voor AI", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output.Trim());
    }

    [Fact]
    public void Draft_OfAConversationWithAiConsent_ShouldPrintAVerifiedDraftAndAuditTheRead()
    {
        var conversation = Conversation(aiDrafting: true);

        var result = Cli.Run(_data, "draft", "--template", "intakeverslag", "--conversation", conversation.ToString());

        Assert.True(result.ExitCode == ExitCodes.Success, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(conversation.ToString(), json.RootElement.GetProperty("transcriptId").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("sentences").EnumerateArray()));
        using var store = _data.OpenStore();
        Assert.Contains(store.Audit.Read(0, 1000), e => e.Action == "transcript.read");
    }

    [Fact]
    public void Draft_OfAnUnknownConversationOrWithBothInputs_ShouldExitTwo()
    {
        Conversation(aiDrafting: true);

        var unknown = Cli.Run(_data, "draft", "--template", "intakeverslag", "--conversation", Guid.NewGuid().ToString());
        var neither = Cli.Run(_data, "draft", "--template", "intakeverslag");

        Assert.Equal(ExitCodes.BadInput, unknown.ExitCode);
        Assert.Contains("bestaat niet", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, neither.ExitCode);
    }

    private Guid Conversation(bool aiDrafting)
    {
        using var store = ApplianceStore.Open(_data.Folder);
        var team = store.Accounts.AddTeam("Noord");
        var dossier = store.Dossiers.Create(team.Id, "SD-1", new ClientProfile("Test Cliënt", "90010112345", null), Now);
        var conversation = store.Conversations.Create(dossier.Id, dossier.ClientId, team.Id, Guid.NewGuid(), Now);
        store.Conversations.RecordConsent(conversation.Id, new ConsentChoice(true, true, aiDrafting, Now, Guid.NewGuid()));
        var lines = new[]
        {
            (Speaker.Worker, "Waar woont u nu, mevrouw?"),
            (Speaker.Client, "Ik huur een appartement in de Kerkstraat voor zeshonderd euro per maand."),
            (Speaker.Client, "Mijn uitkering stopt op één april, daarom vraag ik een leefloon aan."),
        };
        for (var i = 0; i < lines.Length; i++)
        {
            store.Transcripts.Save(conversation.Id, new TranscriptSegment($"s{i + 1:000}", i * 5, (i * 5) + 4, lines[i].Item1, lines[i].Item2, lines[i].Item2, Speaker.Unknown));
        }

        return conversation.Id;
    }
}
