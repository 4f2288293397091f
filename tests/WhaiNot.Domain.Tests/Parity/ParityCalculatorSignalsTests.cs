using System.Globalization;
using WhaiNot.Domain.Parity;
using static WhaiNot.Domain.Tests.Parity.Outcomes;

namespace WhaiNot.Domain.Tests.Parity;

public sealed class ParityCalculatorSignalsTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public void Calculate_WhenMedianWithoutAiIsMuchLonger_ShouldSignalItInDutch()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, 1.2 * Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, 3.5 * Day)));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 3,5 dagen tegenover 1,2 dagen met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenMedianRatioIsExactlyTheThreshold_ShouldSignal()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, 2 * Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, 2.5 * Day)));

        var report = June(outcomes);

        Assert.Contains("Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 2,5 dagen tegenover 2,0 dagen met AI.", report.Signals);
    }

    [Fact]
    public void Calculate_WhenMedianRatioIsJustBelowTheThreshold_ShouldNotSignal()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, 2 * Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, (2.5 * Day) - TimeSpan.FromTicks(1))));

        var report = June(outcomes);

        Assert.Empty(report.Signals);
    }

    [Fact]
    public void Calculate_WhenRatioIsNotExactInBinary_ShouldStillTriggerAtTheBoundary()
    {
        // 1.1 × 2 days is 2.2 days exactly; in doubles it comes out a hair above and would miss.
        var outcomes = Validated(ReportPath.Ai, Repeat(5, 2 * Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, TimeSpan.FromTicks(22 * Day.Ticks / 10))));

        var report = June(outcomes, new ParityThresholds(MedianRatio: 1.1, Percentile90Ratio: 1.1));

        Assert.Equal(2, report.Signals.Count);
    }

    [Fact]
    public void Calculate_WhenOnlyTheTailIsLonger_ShouldSignalThePercentile()
    {
        // Same median (1 day), but the slowest without AI waits 6 days against 2 with AI.
        var outcomes = Validated(ReportPath.Ai, [Day, Day, Day, Day, Day, Day, Day, Day, Day, 2 * Day])
            .Concat(Validated(ReportPath.Alternative, [Day, Day, Day, Day, Day, Day, Day, Day, 6 * Day, 6 * Day]));

        var report = June(outcomes);

        var signal = Assert.Single(report.Signals);
        Assert.Equal("De langste wachttijden zonder AI liggen hoger: 90e percentiel 6,0 dagen tegenover 1,0 dagen met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenWaitsAreShort_ShouldSpeakInHours()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, TimeSpan.FromHours(2)))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, TimeSpan.FromHours(5.25))));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 5,3 uur tegenover 2,0 uur met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenWaitsAreVeryShort_ShouldSpeakInMinutes()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, TimeSpan.FromMinutes(10)))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, TimeSpan.FromMinutes(45))));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 45,0 minuten tegenover 10,0 minuten met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenOnTimeShareWithoutAiIsMuchLower_ShouldSignalItInDutch()
    {
        // With AI 19 of 20 on time (95 %), without AI 5 of 7 (71,4 %); the waits themselves are equal.
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Ai, i < 19 ? Day : 4 * Day, deadline))
            .Concat(Enumerable.Range(0, 7).Select(i => Outcome(ReportPath.Alternative, i < 5 ? Day : 4 * Day, deadline)));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Minder verslagen zonder AI op tijd: 71 % tegenover 95 % met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenOnTimeGapIsExactlyTheThreshold_ShouldSignal()
    {
        // 95 % against 85 %: exactly 10 points, which 0.95 − 0.85 in doubles would put just under.
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Ai, i < 19 ? Day : 4 * Day, deadline))
            .Concat(Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Alternative, i < 17 ? Day : 4 * Day, deadline)));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Minder verslagen zonder AI op tijd: 85 % tegenover 95 % met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenOnTimeGapIsBelowTheThreshold_ShouldNotSignal()
    {
        // 95 % against 90 %: five points.
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Ai, i < 19 ? Day : 4 * Day, deadline))
            .Concat(Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Alternative, i < 18 ? Day : 4 * Day, deadline)));

        var report = June(outcomes, new ParityThresholds(Percentile90Ratio: 1000));

        Assert.Empty(report.Signals);
    }

    [Fact]
    public void Calculate_WhenReportsWithoutAiAreOpenAndOverdue_ShouldSignalTheMissedDeadlines()
    {
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Ai, Day, deadline))
            .Concat(Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Alternative, null, deadline)));

        var report = June(outcomes);

        var signal = Assert.Single(report.Signals);
        Assert.Equal("Minder verslagen zonder AI op tijd: 0 % tegenover 100 % met AI.", signal);
    }

    [Fact]
    public void Calculate_WhenReportsWithoutAiAreOpenButNotYetDue_ShouldNotSignal()
    {
        var outcomes = Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Ai, Day))
            .Concat(Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Alternative, null, deadlineAfter: 365 * Day)));

        var report = June(outcomes);

        Assert.Empty(report.Signals);
    }

    [Fact]
    public void Calculate_WhenEverythingIsWorseWithoutAi_ShouldGiveAllSignalsInOrder()
    {
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 10).Select(_ => Outcome(ReportPath.Ai, Day, deadline))
            .Concat(Enumerable.Range(0, 10).Select(i => Outcome(ReportPath.Alternative, i < 5 ? 2 * Day : 5 * Day, deadline)));

        var report = June(outcomes);

        Assert.Equal(
            [
                "Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 3,5 dagen tegenover 1,0 dagen met AI.",
                "De langste wachttijden zonder AI liggen hoger: 90e percentiel 5,0 dagen tegenover 1,0 dagen met AI.",
                "Minder verslagen zonder AI op tijd: 50 % tegenover 100 % met AI.",
            ],
            report.Signals);
    }

    [Fact]
    public void Calculate_WhenPathsAreOnPar_ShouldGiveNoSignals()
    {
        var outcomes = Validated(ReportPath.Ai, Hours(10, 20, 30, 40, 50))
            .Concat(Validated(ReportPath.Alternative, Hours(11, 21, 31, 41, 51)));

        var report = June(outcomes);

        Assert.Empty(report.Signals);
    }

    [Fact]
    public void Calculate_WhenAiPathIsTheSlowerOne_ShouldGiveNoSignals()
    {
        // The signals guard clients who refused AI; the AI path being slower costs them nothing.
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Ai, 10 * Day, deadline))
            .Concat(Enumerable.Range(0, 5).Select(_ => Outcome(ReportPath.Alternative, Day, deadline)));

        var report = June(outcomes);

        Assert.Empty(report.Signals);
    }

    [Theory]
    [InlineData(4, 10)]
    [InlineData(10, 4)]
    [InlineData(0, 0)]
    public void Calculate_WhenTooFewConversationsOnAPath_ShouldOnlySayThereAreTooFew(int withAi, int withoutAi)
    {
        // The alternative path is far slower, but with so few conversations that proves nothing.
        var outcomes = Validated(ReportPath.Ai, Repeat(withAi, Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(withoutAi, 20 * Day)));

        var report = June(outcomes);

        var signal = Assert.Single(report.Signals);
        Assert.Equal($"Te weinig gesprekken om te vergelijken ({withAi} met AI, {withoutAi} zonder).", signal);
    }

    [Fact]
    public void Calculate_WhenMinimumIsLowered_ShouldCompareSmallerGroups()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(2, Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(2, 3 * Day)));

        var report = June(outcomes, new ParityThresholds(MinimumConversations: 2, Percentile90Ratio: 1000));

        var signal = Assert.Single(report.Signals);
        Assert.StartsWith("Gesprekken zonder AI wachten langer", signal, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_WhenMinimumIsRaised_ShouldNotCompare()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, 3 * Day)));

        var report = June(outcomes, new ParityThresholds(MinimumConversations: 6));

        Assert.Equal(["Te weinig gesprekken om te vergelijken (5 met AI, 5 zonder)."], report.Signals);
    }

    [Fact]
    public void Calculate_WhenTeamFilterLeavesTooFew_ShouldSayThereAreTooFew()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, 3 * Day)))
            .Append(Outcome(ReportPath.Alternative, 3 * Day, team: TeamB));

        var report = June(outcomes, teamId: TeamB);

        Assert.Equal(["Te weinig gesprekken om te vergelijken (0 met AI, 1 zonder)."], report.Signals);
    }

    [Fact]
    public void Calculate_WhenCountsRunIntoThousands_ShouldGroupTheDutchWay()
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(1250, Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(2, Day)));

        var report = June(outcomes);

        Assert.Equal(["Te weinig gesprekken om te vergelijken (1.250 met AI, 2 zonder)."], report.Signals);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    [InlineData("fr-BE")]
    [InlineData("")]
    public void Calculate_WhateverTheCurrentCulture_ShouldWriteDutchNumbers(string cultureName)
    {
        var deadline = 3 * Day;
        var outcomes = Enumerable.Range(0, 20).Select(i => Outcome(ReportPath.Ai, i < 19 ? 1.2 * Day : 4 * Day, deadline))
            .Concat(Enumerable.Range(0, 7).Select(i => Outcome(ReportPath.Alternative, i < 5 ? 1.2 * Day : 4 * Day, deadline)))
            .Concat(Enumerable.Range(0, 1250).Select(_ => Outcome(ReportPath.Ai, Day, team: TeamB)))
            .ToArray();
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        ParityReport teamA;
        ParityReport teamB;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);

            teamA = June(outcomes, new ParityThresholds(MedianRatio: 1.0, Percentile90Ratio: 1000), TeamA);
            teamB = June(outcomes, teamId: TeamB);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }

        Assert.Equal(["Minder verslagen zonder AI op tijd: 71 % tegenover 95 % met AI."], teamA.Signals);
        Assert.Equal(["Te weinig gesprekken om te vergelijken (1.250 met AI, 0 zonder)."], teamB.Signals);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("ar-SA")]
    public void Calculate_WhateverTheCurrentCulture_ShouldWriteDecimalCommas(string cultureName)
    {
        var outcomes = Validated(ReportPath.Ai, Repeat(5, 1.2 * Day))
            .Concat(Validated(ReportPath.Alternative, Repeat(5, 3.5 * Day)))
            .ToArray();
        var culture = CultureInfo.CurrentCulture;
        ParityReport report;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);

            report = June(outcomes);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }

        Assert.Equal(
            [
                "Gesprekken zonder AI wachten langer op een gevalideerd verslag: mediaan 3,5 dagen tegenover 1,2 dagen met AI.",
                "De langste wachttijden zonder AI liggen hoger: 90e percentiel 3,5 dagen tegenover 1,2 dagen met AI.",
            ],
            report.Signals);
    }

    [Theory]
    [InlineData(0, 1.25, 10, 1.25)]
    [InlineData(5, 0.9, 10, 1.25)]
    [InlineData(5, double.NaN, 10, 1.25)]
    [InlineData(5, double.PositiveInfinity, 10, 1.25)]
    [InlineData(5, 1.25, -1, 1.25)]
    [InlineData(5, 1.25, 101, 1.25)]
    [InlineData(5, 1.25, 10, 0.5)]
    public void Calculate_WhenThresholdsMakeNoSense_ShouldThrow(int minimum, double medianRatio, double gap, double tailRatio)
    {
        var thresholds = new ParityThresholds(minimum, medianRatio, gap, tailRatio);

        Assert.Throws<ArgumentOutOfRangeException>(() => June([], thresholds));
    }

    [Fact]
    public void ParityThresholds_Default_ShouldMatchTheAgreedValues()
    {
        var thresholds = ParityThresholds.Default;

        Assert.Equal(new ParityThresholds(5, 1.25, 10, 1.25), thresholds);
    }
}
