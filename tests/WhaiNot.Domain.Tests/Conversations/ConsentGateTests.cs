using WhaiNot.Domain.Conversations;

namespace WhaiNot.Domain.Tests.Conversations;

public sealed class ConsentGateTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void NewConversation_WithoutConsent_ShouldAllowNothingAndTakeTheAlternativePath()
    {
        var conversation = Conversation(null);

        Assert.False(ConsentGate.MayRecord(conversation, null));
        Assert.False(ConsentGate.MayTranscribe(conversation, null));
        Assert.False(ConsentGate.MayDraftWithAi(conversation, null));
        Assert.Equal(ConversationPath.Alternative, conversation.Path);
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    [InlineData(true, true, true)]
    public void Consent_PerScope_ShouldOpenExactlyThoseScopes(bool recording, bool transcription, bool ai)
    {
        var conversation = Conversation(new ConsentChoice(recording, transcription, ai, Monday, Guid.NewGuid()));

        Assert.Equal(recording, ConsentGate.MayRecord(conversation, null));
        Assert.Equal(transcription, ConsentGate.MayTranscribe(conversation, null));
        Assert.Equal(ai, ConsentGate.MayDraftWithAi(conversation, null));
        Assert.Equal(ai ? ConversationPath.Ai : ConversationPath.Alternative, conversation.Path);
    }

    [Fact]
    public void Consent_GivenBeforeARevocation_ShouldNoLongerCount()
    {
        var conversation = Conversation(new ConsentChoice(true, true, true, Monday, Guid.NewGuid()));

        Assert.False(ConsentGate.MayRecord(conversation, Monday.AddMinutes(5)));
        Assert.False(ConsentGate.MayDraftWithAi(conversation, Monday.AddMinutes(5)));
    }

    [Fact]
    public void Consent_GivenExplicitlyAfterARevocation_ShouldCountAgain()
    {
        var conversation = Conversation(new ConsentChoice(true, false, false, Monday.AddDays(7), Guid.NewGuid()));

        Assert.True(ConsentGate.MayRecord(conversation, Monday));
    }

    [Theory]
    [InlineData(false, true, false)]
    [InlineData(true, false, true)]
    [InlineData(false, false, true)]
    public void Problem_WhenAScopeLacksTheOneBefore_ShouldExplainInDutch(bool recording, bool transcription, bool ai) =>
        Assert.NotNull(ConsentChoice.Problem(recording, transcription, ai));

    [Theory]
    [InlineData("gesprek", RevocationChannel.Gesprek)]
    [InlineData("TELEFOON", RevocationChannel.Telefoon)]
    [InlineData("email", RevocationChannel.Email)]
    [InlineData("formulier", RevocationChannel.Formulier)]
    public void RevocationChannels_ShouldParseTheContractNames(string name, RevocationChannel expected)
    {
        Assert.True(RevocationChannels.TryParse(name, out var channel));
        Assert.Equal(expected, channel);
    }

    [Fact]
    public void RevocationChannels_WhenUnknown_ShouldNotParse() => Assert.False(RevocationChannels.TryParse("duif", out _));

    private static Conversation Conversation(ConsentChoice? consent) =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Monday, Guid.NewGuid(), consent, null);
}
