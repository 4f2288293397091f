using WhaiNot.Domain.Parity;

namespace WhaiNot.Domain.Tests.Parity;

public sealed class ConsentStatisticsCalculatorTests
{
    private static readonly DateTimeOffset Morning = new(2026, 6, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Calculate_WhenEachConversationDecidedOnce_ShouldCountAndRate()
    {
        var decisions = new[]
        {
            new ConsentDecision(Guid.NewGuid(), Morning, Recording: true, Transcription: true, AiDrafting: true),
            new ConsentDecision(Guid.NewGuid(), Morning, Recording: true, Transcription: false, AiDrafting: false),
            new ConsentDecision(Guid.NewGuid(), Morning, Recording: false, Transcription: false, AiDrafting: false),
            new ConsentDecision(Guid.NewGuid(), Morning, Recording: true, Transcription: true, AiDrafting: false),
        };

        var figures = ConsentStatisticsCalculator.Calculate(decisions, revocations: 1);

        Assert.Equal(new ConsentFigures(4, 3, 2, 1, 0.75, 0.5, 0.25, 1), figures);
    }

    [Fact]
    public void Calculate_WhenConversationDecidedSeveralTimes_ShouldCountOnlyTheLatestDecision()
    {
        var changedMind = Guid.NewGuid();
        var decisions = new[]
        {
            // Listed out of order on purpose: RecordedAt decides, not the position.
            new ConsentDecision(changedMind, Morning.AddMinutes(30), Recording: false, Transcription: false, AiDrafting: false),
            new ConsentDecision(changedMind, Morning, Recording: true, Transcription: true, AiDrafting: true),
            new ConsentDecision(changedMind, Morning.AddMinutes(10), Recording: true, Transcription: false, AiDrafting: true),
            new ConsentDecision(Guid.NewGuid(), Morning, Recording: true, Transcription: true, AiDrafting: true),
        };

        var figures = ConsentStatisticsCalculator.Calculate(decisions, revocations: 0);

        Assert.Equal(2, figures.Conversations);
        Assert.Equal(1, figures.Recording);
        Assert.Equal(1, figures.Transcription);
        Assert.Equal(1, figures.AiDrafting);
        Assert.Equal(0.5, figures.RecordingRate);
    }

    [Fact]
    public void Calculate_WhenTwoDecisionsShareTheSameMoment_ShouldCountTheLaterOneInTheList()
    {
        var conversation = Guid.NewGuid();
        var decisions = new[]
        {
            new ConsentDecision(conversation, Morning, Recording: true, Transcription: true, AiDrafting: true),
            new ConsentDecision(conversation, Morning, Recording: false, Transcription: false, AiDrafting: false),
        };

        var figures = ConsentStatisticsCalculator.Calculate(decisions, revocations: 0);

        Assert.Equal(new ConsentFigures(1, 0, 0, 0, 0.0, 0.0, 0.0, 0), figures);
    }

    [Fact]
    public void Calculate_WhenDecisionsUseDifferentOffsets_ShouldCompareInstants()
    {
        var conversation = Guid.NewGuid();
        var decisions = new[]
        {
            // 10:30 at +02:00 reads later but is 08:30 UTC, half an hour before the 09:00 UTC decision.
            new ConsentDecision(conversation, new DateTimeOffset(2026, 6, 10, 9, 0, 0, TimeSpan.Zero), Recording: true, Transcription: true, AiDrafting: true),
            new ConsentDecision(conversation, new DateTimeOffset(2026, 6, 10, 10, 30, 0, TimeSpan.FromHours(2)), Recording: false, Transcription: false, AiDrafting: false),
        };

        var figures = ConsentStatisticsCalculator.Calculate(decisions, revocations: 0);

        Assert.Equal(1, figures.AiDrafting);
    }

    [Fact]
    public void Calculate_WhenNoDecisions_ShouldGiveZeroCountsAndNullRates()
    {
        var figures = ConsentStatisticsCalculator.Calculate([], revocations: 2);

        Assert.Equal(new ConsentFigures(0, 0, 0, 0, null, null, null, 2), figures);
    }

    [Fact]
    public void Calculate_WhenRevocationsNegative_ShouldThrow()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConsentStatisticsCalculator.Calculate([], revocations: -1));
    }

    [Fact]
    public void Calculate_WhenArgumentsMissing_ShouldThrow()
    {
        Assert.Throws<ArgumentNullException>(() => ConsentStatisticsCalculator.Calculate(null!, revocations: 0));
        Assert.Throws<ArgumentException>(() => ConsentStatisticsCalculator.Calculate([null!], revocations: 0));
    }
}
