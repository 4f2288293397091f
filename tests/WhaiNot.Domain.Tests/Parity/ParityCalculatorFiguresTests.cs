using WhaiNot.Domain.Parity;
using static WhaiNot.Domain.Tests.Parity.Outcomes;

namespace WhaiNot.Domain.Tests.Parity;

public sealed class ParityCalculatorFiguresTests
{
    [Fact]
    public void Calculate_WhenPathsHaveKnownDurations_ShouldGiveMedianAndPercentilePerPath()
    {
        var outcomes = Validated(ReportPath.Ai, Hours(5, 1, 4, 2, 3))
            .Concat(Validated(ReportPath.Alternative, Hours(40, 10, 30, 20)));

        var report = June(outcomes);

        Assert.Equal(ReportPath.Ai, report.Ai.Path);
        Assert.Equal(5, report.Ai.Conversations);
        Assert.Equal(TimeSpan.FromHours(3), report.Ai.MedianToValidation);
        Assert.Equal(TimeSpan.FromHours(5), report.Ai.Percentile90ToValidation);
        Assert.Equal(ReportPath.Alternative, report.Alternative.Path);
        Assert.Equal(4, report.Alternative.Conversations);
        Assert.Equal(TimeSpan.FromHours(25), report.Alternative.MedianToValidation);
        Assert.Equal(TimeSpan.FromHours(40), report.Alternative.Percentile90ToValidation);
    }

    [Fact]
    public void Calculate_WhenSingleValidatedConversation_ShouldUseItForMedianAndPercentile()
    {
        var report = June(Validated(ReportPath.Alternative, Hours(7)));

        Assert.Equal(TimeSpan.FromHours(7), report.Alternative.MedianToValidation);
        Assert.Equal(TimeSpan.FromHours(7), report.Alternative.Percentile90ToValidation);
        Assert.Equal(1.0, report.Alternative.OnTimeShare);
    }

    [Fact]
    public void Calculate_WhenNoConversations_ShouldGiveZeroCountsAndNullStatistics()
    {
        var report = June([]);

        Assert.Equal(new PathFigures(ReportPath.Ai, 0, 0, 0, null, null, 0, 0, null), report.Ai);
        Assert.Equal(new PathFigures(ReportPath.Alternative, 0, 0, 0, null, null, 0, 0, null), report.Alternative);
    }

    [Fact]
    public void Calculate_WhenAllReportsOpen_ShouldGiveNullStatisticsButCountThem()
    {
        var outcomes = new[] { Outcome(ReportPath.Ai, null), Outcome(ReportPath.Ai, null) };

        var report = June(outcomes);

        Assert.Equal(2, report.Ai.Conversations);
        Assert.Equal(0, report.Ai.Validated);
        Assert.Equal(2, report.Ai.Open);
        Assert.Null(report.Ai.MedianToValidation);
        Assert.Null(report.Ai.Percentile90ToValidation);
    }

    [Fact]
    public void Calculate_WhenMixOfOnTimeLateAndOpen_ShouldCountOnlyJudgedReportsInTheShare()
    {
        var day = TimeSpan.FromDays(1);
        var outcomes = new[]
        {
            Outcome(ReportPath.Alternative, 1 * day, deadlineAfter: 5 * day),
            Outcome(ReportPath.Alternative, 2 * day, deadlineAfter: 5 * day),
            Outcome(ReportPath.Alternative, 5 * day, deadlineAfter: 5 * day), // exactly at the deadline: on time
            Outcome(ReportPath.Alternative, 6 * day, deadlineAfter: 5 * day), // late
            Outcome(ReportPath.Alternative, null, deadlineAfter: 5 * day), // open and overdue at AsOf: late
            Outcome(ReportPath.Alternative, null, deadlineAfter: 100 * day), // open, not yet due
            Outcome(ReportPath.Alternative, null, deadlineAfter: 200 * day), // open, not yet due
        };

        var report = June(outcomes);

        var figures = report.Alternative;
        Assert.Equal(7, figures.Conversations);
        Assert.Equal(4, figures.Validated);
        Assert.Equal(3, figures.Open);
        Assert.Equal(3, figures.ValidatedOnTime);
        Assert.Equal(2, figures.Late);
        Assert.Equal(3.0 / 5, figures.OnTimeShare);
    }

    [Fact]
    public void Calculate_WhenValidatedOneTickAfterDeadline_ShouldCountAsLate()
    {
        var deadline = TimeSpan.FromDays(3);
        var outcome = Outcome(ReportPath.Ai, deadline + TimeSpan.FromTicks(1), deadlineAfter: deadline);

        var report = June([outcome]);

        Assert.Equal(0, report.Ai.ValidatedOnTime);
        Assert.Equal(1, report.Ai.Late);
        Assert.Equal(0.0, report.Ai.OnTimeShare);
    }

    [Fact]
    public void Calculate_WhenOpenReportsAreNotYetDue_ShouldLeaveTheShareUndecided()
    {
        var outcome = Outcome(ReportPath.Ai, null, deadlineAfter: TimeSpan.FromDays(365));

        var report = June([outcome]);

        Assert.Equal(1, report.Ai.Open);
        Assert.Equal(0, report.Ai.Late);
        Assert.Null(report.Ai.OnTimeShare);
    }

    [Fact]
    public void Calculate_WhenOpenDeadlineIsExactlyAsOf_ShouldNotYetCountAsLate()
    {
        var asOf = Ended + TimeSpan.FromDays(5);
        var outcome = Outcome(ReportPath.Ai, null, deadlineAfter: TimeSpan.FromDays(5));

        var atDeadline = ParityCalculator.Calculate([outcome], JuneFirst, JuneLast, asOf, Brussels);
        var justAfter = ParityCalculator.Calculate([outcome], JuneFirst, JuneLast, asOf.AddTicks(1), Brussels);

        Assert.Equal(0, atDeadline.Ai.Late);
        Assert.Equal(1, justAfter.Ai.Late);
    }

    [Fact]
    public void Calculate_WhenValidatedAfterAsOf_ShouldCountAsOpenAtAsOf()
    {
        var outcome = Outcome(ReportPath.Ai, TimeSpan.FromDays(10), deadlineAfter: TimeSpan.FromDays(5));
        var asOf = Ended + TimeSpan.FromDays(7);

        var report = ParityCalculator.Calculate([outcome], JuneFirst, JuneLast, asOf, Brussels);

        Assert.Equal(0, report.Ai.Validated);
        Assert.Equal(1, report.Ai.Open);
        Assert.Equal(1, report.Ai.Late);
        Assert.Null(report.Ai.MedianToValidation);
        Assert.Equal(asOf, report.AsOf);
    }

    [Fact]
    public void Calculate_WhenConversationEndsAfterAsOf_ShouldLeaveItOut()
    {
        var asOf = Ended;
        var outcomes = new[]
        {
            Outcome(ReportPath.Ai, null, ended: Ended),
            Outcome(ReportPath.Ai, null, ended: Ended.AddMinutes(1)),
        };

        var report = ParityCalculator.Calculate(outcomes, JuneFirst, JuneLast, asOf, Brussels);

        Assert.Equal(1, report.Ai.Conversations);
    }

    [Fact]
    public void Calculate_WhenValidatedBeforeTheEnd_ShouldCountZeroWait()
    {
        // Clock skew between devices: the validation stamp lies a minute before the conversation end.
        var outcome = Outcome(ReportPath.Ai, TimeSpan.FromMinutes(-1));

        var report = June([outcome]);

        Assert.Equal(TimeSpan.Zero, report.Ai.MedianToValidation);
        Assert.Equal(1, report.Ai.ValidatedOnTime);
    }

    [Fact]
    public void Calculate_WhenTeamGiven_ShouldOnlyCountThatTeam()
    {
        var outcomes = new[]
        {
            Outcome(ReportPath.Ai, TimeSpan.FromHours(1), team: TeamA),
            Outcome(ReportPath.Alternative, TimeSpan.FromHours(2), team: TeamA),
            Outcome(ReportPath.Alternative, TimeSpan.FromHours(50), team: TeamB),
            Outcome(ReportPath.Alternative, null, team: TeamB),
        };

        var teamA = June(outcomes, teamId: TeamA);
        var teamB = June(outcomes, teamId: TeamB);
        var everyone = June(outcomes);

        Assert.Equal((1, 1), (teamA.Ai.Conversations, teamA.Alternative.Conversations));
        Assert.Equal(TimeSpan.FromHours(2), teamA.Alternative.MedianToValidation);
        Assert.Equal((0, 2), (teamB.Ai.Conversations, teamB.Alternative.Conversations));
        Assert.Equal(TimeSpan.FromHours(50), teamB.Alternative.MedianToValidation);
        Assert.Equal((1, 3), (everyone.Ai.Conversations, everyone.Alternative.Conversations));
    }

    [Fact]
    public void Calculate_WhenTeamHasNoConversations_ShouldGiveEmptyFigures()
    {
        var outcomes = Validated(ReportPath.Ai, Hours(1, 2));

        var report = June(outcomes, teamId: Guid.NewGuid());

        Assert.Equal(0, report.Ai.Conversations);
        Assert.Equal(0, report.Alternative.Conversations);
    }

    [Fact]
    public void Calculate_WhenInputOrderChanges_ShouldGiveTheSameFigures()
    {
        var outcomes = Validated(ReportPath.Ai, Hours(3, 9, 1, 7, 5, 2))
            .Concat(Validated(ReportPath.Alternative, Hours(8, 4, 6, 2, 10, 12)))
            .Append(Outcome(ReportPath.Alternative, null, deadlineAfter: TimeSpan.FromDays(1)))
            .ToArray();

        var forward = June(outcomes);
        var backward = June(Enumerable.Reverse(outcomes).ToArray());

        Assert.Equal(forward.Ai, backward.Ai);
        Assert.Equal(forward.Alternative, backward.Alternative);
        Assert.Equal(forward.Signals, backward.Signals);
    }

    [Fact]
    public void Calculate_ShouldEchoThePeriodAndAsOf()
    {
        var report = June([]);

        Assert.Equal(JuneFirst, report.From);
        Assert.Equal(JuneLast, report.To);
        Assert.Equal(AsOf, report.AsOf);
    }

    [Fact]
    public void Calculate_WhenConversationAppearsTwice_ShouldThrow()
    {
        var outcome = Outcome(ReportPath.Ai, TimeSpan.FromHours(1));

        Assert.Throws<ArgumentException>(() => June([outcome, outcome with { Path = ReportPath.Alternative }]));
    }

    [Fact]
    public void Calculate_WhenPathIsUnknown_ShouldThrow()
    {
        var outcome = Outcome((ReportPath)42, TimeSpan.FromHours(1));

        Assert.Throws<ArgumentException>(() => June([outcome]));
    }

    [Fact]
    public void Calculate_WhenPeriodEndsBeforeItStarts_ShouldThrow()
    {
        Assert.Throws<ArgumentException>(() => ParityCalculator.Calculate([], JuneLast, JuneFirst, AsOf, Brussels));
    }

    [Fact]
    public void Calculate_WhenArgumentsMissing_ShouldThrow()
    {
        Assert.Throws<ArgumentNullException>(() => ParityCalculator.Calculate(null!, JuneFirst, JuneLast, AsOf, Brussels));
        Assert.Throws<ArgumentNullException>(() => ParityCalculator.Calculate([], JuneFirst, JuneLast, AsOf, null!));
        Assert.Throws<ArgumentException>(() => June([null!]));
    }
}
