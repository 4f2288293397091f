using WhaiNot.Domain.AiLog;

namespace WhaiNot.Appliance.Tests.Governance;

/// <summary>The AI log outlives the content it describes and is kept at least six months, even when set shorter.</summary>
public sealed class AiLogRetentionTests : IDisposable
{
    private readonly GovernanceBox _box = new();

    public void Dispose() => _box.Dispose();

    [Fact]
    public void AiLog_ShouldSurviveTheRetentionOfContent_AndMarkTheUnvalidatedDraftDiscardedBySystem()
    {
        var dossier = _box.Dossier("Els Janssens", "85072012345");
        var conversation = _box.Conversation(dossier, "Ik woon in de Kerkstraat.");
        _box.Store.AiLog.Add(Entry(conversation.Id, _box.Clock.GetUtcNow()));

        _box.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(1, _box.Retention.Run().Deleted);

        var entry = Assert.Single(_box.Store.AiLog.ForConversation(conversation.Id));
        Assert.Equal(AiLogOutcomes.Discarded, entry.Outcome);
        Assert.Equal("system", entry.DecidedBy);
        Assert.Equal("sha-of-model", entry.EngineModelSha256);
        Assert.False(_box.Store.ConversationKeys.Exists(conversation.Id));
    }

    [Fact]
    public void AiLog_ShouldBeKeptSixMonths_EvenWhenTheSettingSaysLess()
    {
        using var box = new GovernanceBox(r => r.AiLogMonths = 1);
        var old = Guid.NewGuid();
        var recent = Guid.NewGuid();
        box.Store.AiLog.Add(Entry(old, box.Clock.GetUtcNow()));
        box.Clock.Advance(TimeSpan.FromDays(60));
        box.Store.AiLog.Add(Entry(recent, box.Clock.GetUtcNow()));

        box.Clock.Advance(TimeSpan.FromDays(100));
        Assert.Equal(0, box.Retention.Run().AiLogPruned);
        Assert.Single(box.Store.AiLog.ForConversation(old));

        box.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(1, box.Retention.Run().AiLogPruned);
        Assert.Empty(box.Store.AiLog.ForConversation(old));
        Assert.Single(box.Store.AiLog.ForConversation(recent));
    }

    private AiLogEntry Entry(Guid conversation, DateTimeOffset at) => new(
        Guid.NewGuid(), conversation, _box.Team.Id, at, "an", "llm", "model.gguf", "sha-of-model", "intakeverslag", "1", 12, 2, AiLogOutcomes.Pending);
}
