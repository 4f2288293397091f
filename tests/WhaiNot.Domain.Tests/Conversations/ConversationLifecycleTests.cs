using WhaiNot.Domain.Conversations;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Tests.Conversations;

/// <summary>The conversation's lifecycle on the record itself: consent recorded, ended with a deadline; no store, no clock.</summary>
public sealed class ConversationLifecycleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void WithConsent_WhenTheScopesBuildOnEachOther_ShouldRecordTheChoiceAndTakeThePathItImplies()
    {
        var choice = new ConsentChoice(true, true, true, Monday, Guid.NewGuid());

        var recorded = New().WithConsent(choice, keysDestroyed: false);

        Assert.Same(choice, recorded.Consent);
        Assert.Equal(ConversationPath.Ai, recorded.Path);
    }

    [Theory]
    [InlineData(false, true, false, ConversationTexts.TranscriptionNeedsRecording)]
    [InlineData(true, false, true, ConversationTexts.AiNeedsTranscription)]
    public void WithConsent_WhenAScopeLacksTheOneBeforeIt_ShouldRefuseAsInvalid(bool recording, bool transcription, bool ai, string message)
    {
        var conversation = New();

        var refusal = Assert.Throws<InvalidRequestRefusal>(() => conversation.WithConsent(new ConsentChoice(recording, transcription, ai, Monday, Guid.NewGuid()), keysDestroyed: false));

        Assert.Equal(message, refusal.Message);
        Assert.Null(conversation.Consent);
    }

    [Fact]
    public void WithConsent_AfterARevocationDestroyedTheKeys_ShouldRefuseAsConflictAndPointToANewConversation()
    {
        var refusal = Assert.Throws<ConflictRefusal>(() => New().WithConsent(new ConsentChoice(true, false, false, Monday, Guid.NewGuid()), keysDestroyed: true));

        Assert.Contains("Start een nieuw gesprek", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithConsent_WhenTheCombinationIsImpossibleAndTheKeysAreGone_ShouldNameTheCombinationFirst()
    {
        Assert.Throws<InvalidRequestRefusal>(() => New().WithConsent(new ConsentChoice(false, true, false, Monday, Guid.NewGuid()), keysDestroyed: true));
    }

    [Fact]
    public void Ended_ShouldSetTheEndAndADeadlineTheSameNumberOfDaysLaterOnEitherPath()
    {
        var end = Monday.AddHours(1);

        var alternative = New().Ended(end, 14);
        var ai = New().WithConsent(new ConsentChoice(true, true, true, Monday, Guid.NewGuid()), false).Ended(end, 14);

        Assert.Equal(end, alternative.EndedAt);
        Assert.Equal(end.AddDays(14), alternative.ReportDeadline);
        Assert.Equal(alternative.ReportDeadline, ai.ReportDeadline);
    }

    [Fact]
    public void Ended_WhenAlreadyEnded_ShouldRefuseAsConflictAndKeepTheFirstEnd()
    {
        var ended = New().Ended(Monday, 14);

        var refusal = Assert.Throws<ConflictRefusal>(() => ended.Ended(Monday.AddDays(1), 14));

        Assert.Equal(ConversationTexts.AlreadyEnded, refusal.Message);
        Assert.Equal(Monday, ended.EndedAt);
    }

    private static Conversation New() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Monday, Guid.NewGuid(), null, null);
}
