using WhaiNot.Domain.Terms;

namespace WhaiNot.Domain.Tests.Terms;

/// <summary>Each term rule at its edges: day 29/30/31, month ends, leap day, weekends and holidays, the two readings of art. 54 Ger.W.</summary>
public sealed class LegalDeadlinesTests
{
    private static readonly Guid Dossier = Guid.NewGuid();

    [Theory]
    [InlineData("2026-01-29", "2026-02-28")]
    [InlineData("2026-01-30", "2026-03-01")]
    [InlineData("2026-01-31", "2026-03-02")]
    [InlineData("2028-01-30", "2028-02-29")] // leap day
    [InlineData("2026-12-15", "2027-01-14")]
    public void Decision_ForSocialIntegration_ShouldEnd30CalendarDaysAfterTheRequest(string requested, string expected)
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, AidRequestedOn: Day(requested)), LegalTermKind.Decision);

        Assert.Equal(Day(expected), term.CalendarEnd);
        Assert.Equal(30, term.CalendarEnd.DayNumber - term.StartedBy.DayNumber);
        Assert.Equal(TermParty.Ocmw, term.Party);
        Assert.Contains("art. 21 §1", term.Source, StringComparison.Ordinal);
        Assert.Contains("30 dagen", term.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_EndingOnAWeekend_ShouldShowTheEarlierCalendarDateAndSaySo()
    {
        // 1 January 2026 + 30 days = Saturday 31 January.
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, AidRequestedOn: Day("2026-01-01")), LegalTermKind.Decision);

        Assert.Equal(Day("2026-01-31"), term.EndsOn);
        Assert.Equal(DayOfWeek.Saturday, term.EndsOn.DayOfWeek);
        Assert.NotNull(term.Note);
        Assert.Contains("zaterdag 31 januari 2026", term.Note, StringComparison.Ordinal);
        Assert.Contains("niet zeker", term.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_EndingOnAWorkingDay_ShouldHaveNoNote()
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, AidRequestedOn: Day("2026-03-01")), LegalTermKind.Decision);

        Assert.Equal(Day("2026-03-31"), term.EndsOn);
        Assert.Null(term.Note);
    }

    [Theory]
    [InlineData("2026-01-31", "2026-02-28")]
    [InlineData("2028-01-31", "2028-02-29")]
    [InlineData("2026-01-30", "2026-02-28")] // 28 Feb 2026 is a Saturday
    [InlineData("2026-03-16", "2026-04-16")]
    public void Decision_ForSocialServices_ShouldEndOneCalendarMonthLater(string requested, string expected)
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialServices, AidRequestedOn: Day(requested)), LegalTermKind.Decision);

        Assert.Equal(Day(expected), term.EndsOn);
        Assert.Contains("OCMW-wet", term.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("andere lezing", term.Note ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_ForSocialServicesOnAMonthsLastDay_ShouldShowTheEarlierReadingAndNameTheOther()
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialServices, AidRequestedOn: Day("2026-04-30")), LegalTermKind.Decision);

        Assert.Equal(Day("2026-05-30"), term.CalendarEnd);
        Assert.Contains("31 mei 2026", term.Note, StringComparison.Ordinal);
        Assert.Contains("vroegste", term.Note, StringComparison.Ordinal);
        Assert.Contains("zaterdag 30 mei 2026", term.Note, StringComparison.Ordinal); // and the earlier date is a Saturday
    }

    [Fact]
    public void Decision_WhenDecided_ShouldBeMet_InTimeOrLate()
    {
        var inTime = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01"), DecidedOn: Day("2026-03-31")), LegalTermKind.Decision);
        var late = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01"), DecidedOn: Day("2026-04-01")), LegalTermKind.Decision);

        Assert.True(inTime.MetInTime);
        Assert.False(late.MetInTime);
        Assert.False(late.IsPassed(Day("2026-06-01")));
        Assert.False(late.NeedsAttention(Day("2026-04-01"), 14));
    }

    [Fact]
    public void Notification_ShouldEnd8DaysAfterTheDecision_AcrossTheStartOfSummerTime()
    {
        // Summer time starts on 29 March 2026; calendar days are not hours, so nothing shifts.
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01"), DecidedOn: Day("2026-03-25")), LegalTermKind.Notification);

        Assert.Equal(Day("2026-04-02"), term.EndsOn);
        Assert.Equal(Day("2026-03-25"), term.StartedBy);
        Assert.Null(term.MetOn);
    }

    [Fact]
    public void Notification_ForSocialServices_ShouldCiteArticle62bis()
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialServices, Day("2026-03-01"), DecidedOn: Day("2026-03-20")), LegalTermKind.Notification);

        Assert.Equal(Day("2026-03-28"), term.EndsOn); // a Saturday: shown as is, with a note
        Assert.Contains("62bis", term.Source, StringComparison.Ordinal);
        Assert.Contains("zaterdag", term.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeal_ShouldEndThreeMonthsAfterNotification_OnTheSameDayNumber()
    {
        var term = Single(Notified("2026-01-14"), LegalTermKind.Appeal);

        Assert.Equal(Day("2026-04-14"), term.EndsOn);
        Assert.Equal(TermParty.Client, term.Party);
        Assert.Null(term.Note);
        Assert.Contains("art. 47", term.Source, StringComparison.Ordinal);
        Assert.Contains("Ger.W.", term.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeal_EndingOnTheEasterWeekend_ShouldMoveToTheNextWorkingDayAfterEasterMonday()
    {
        // 4 January + 3 months = Saturday 4 April 2026; Monday 6 April is Easter Monday.
        var term = Single(Notified("2026-01-04"), LegalTermKind.Appeal);

        Assert.Equal(Day("2026-04-04"), term.CalendarEnd);
        Assert.Equal(Day("2026-04-07"), term.EndsOn);
        Assert.Contains("art. 53 Ger.W.", term.Note, StringComparison.Ordinal);
        Assert.Contains("dinsdag 7 april 2026", term.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-04-21", "2026-07-21", "2026-07-22")] // national holiday, a Tuesday
    [InlineData("2026-08-01", "2026-11-01", "2026-11-02")] // All Saints on a Sunday
    [InlineData("2026-09-25", "2026-12-25", "2026-12-28")] // Christmas Friday, then a weekend
    public void Appeal_EndingOnALegalHoliday_ShouldMoveToTheNextWorkingDay(string notified, string calendarEnd, string endsOn)
    {
        var term = Single(Notified(notified), LegalTermKind.Appeal);

        Assert.Equal(Day(calendarEnd), term.CalendarEnd);
        Assert.Equal(Day(endsOn), term.EndsOn);
        Assert.True(BelgianHolidays.IsWorkingDay(term.EndsOn));
        Assert.Contains("wettelijke feestdag", term.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeal_NotifiedOnTheLastDayOfFebruary_ShouldShowTheEarlierReading()
    {
        var term = Single(Notified("2026-02-28"), LegalTermKind.Appeal);

        Assert.Equal(Day("2026-05-28"), term.EndsOn);
        Assert.Contains("31 mei 2026", term.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Appeal_NotifiedOn30November_ShouldEndOnTheLeapDay()
    {
        var term = Single(Notified("2027-11-30"), LegalTermKind.Appeal);

        Assert.Equal(Day("2028-02-29"), term.EndsOn);
        Assert.Null(term.Note);
    }

    [Fact]
    public void Appeal_IsTheClientsTerm_ShownOnlyWhileItRuns()
    {
        var term = Single(Notified("2026-01-14"), LegalTermKind.Appeal);

        Assert.True(term.NeedsAttention(Day("2026-04-14"), 14));
        Assert.True(term.NeedsAttention(Day("2026-03-31"), 14));
        Assert.False(term.NeedsAttention(Day("2026-03-30"), 14));
        Assert.False(term.NeedsAttention(Day("2026-04-15"), 14));
    }

    [Fact]
    public void OcmwDuty_WhenPassedAndOpen_ShouldNeedAttentionUntilMet()
    {
        var term = Single(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01")), LegalTermKind.Decision);

        Assert.Equal(-30, term.DaysLeft(Day("2026-04-30")));
        Assert.True(term.IsPassed(Day("2026-04-01")));
        Assert.False(term.IsPassed(Day("2026-03-31")));
        Assert.True(term.NeedsAttention(Day("2026-04-30"), 14));
        Assert.True(term.NeedsAttention(Day("2026-03-17"), 14));
        Assert.False(term.NeedsAttention(Day("2026-03-16"), 14));
        Assert.False(term.NeedsAttention(Day("2026-03-16").AddDays(-10), 14));
    }

    [Fact]
    public void Gpmi_ShouldBeDrawnUpWithinThreeMonthsOfTheGrant_ThenEvaluatedThreeMonthsAfterTheLatestEvaluation()
    {
        var granted = new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-01-02"), DecidedOn: Day("2026-01-15"), GrantedOn: Day("2026-01-15"));
        var drawnUp = Single(granted, LegalTermKind.GpmiDrawnUp);
        Assert.Equal(Day("2026-04-15"), drawnUp.EndsOn);
        Assert.DoesNotContain(LegalDeadlines.For(granted), t => t.Kind == LegalTermKind.GpmiEvaluation);

        var signed = granted with { GpmiSignedOn = Day("2026-03-02") };
        Assert.Equal(Day("2026-03-02"), Single(signed, LegalTermKind.GpmiDrawnUp).MetOn);
        Assert.Equal(Day("2026-06-02"), Single(signed, LegalTermKind.GpmiEvaluation).EndsOn);

        var evaluated = signed with { GpmiEvaluatedOn = Day("2026-05-20") };
        var next = Single(evaluated, LegalTermKind.GpmiEvaluation);
        Assert.Equal(Day("2026-05-20"), next.StartedBy);
        Assert.Equal(Day("2026-08-20"), next.EndsOn);
        Assert.Contains("trimester", next.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Gpmi_WhenExemptOrForSocialServices_ShouldHaveNoTerms()
    {
        var exempt = new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-01-02"), Day("2026-01-15"), GrantedOn: Day("2026-01-15"), GpmiExempt: true);
        var services = new ProcedureDates(Dossier, AidKind.SocialServices, Day("2026-01-02"), Day("2026-01-15"), GrantedOn: Day("2026-01-15"));

        Assert.DoesNotContain(LegalDeadlines.For(exempt), t => t.Kind is LegalTermKind.GpmiDrawnUp or LegalTermKind.GpmiEvaluation);
        Assert.DoesNotContain(LegalDeadlines.For(services), t => t.Kind is LegalTermKind.GpmiDrawnUp or LegalTermKind.GpmiEvaluation);
        Assert.Contains(LegalDeadlines.For(services), t => t.Kind == LegalTermKind.Notification);
    }

    [Theory]
    [InlineData("2026-12-23", "2026-12-28", false)]
    [InlineData("2026-12-20", "2026-12-25", true)] // Christmas: shown as is, with a note
    [InlineData("2026-02-26", "2026-03-03", false)] // over the end of February
    public void Forwarding_WhenNotCompetent_ShouldEnd5CalendarDaysAfterTheRequest(string requested, string expected, bool noted)
    {
        var dates = new ProcedureDates(Dossier, AidKind.SocialIntegration, Day(requested), NotCompetent: true);

        var term = Single(dates, LegalTermKind.Forwarding);

        Assert.Equal(Day(expected), term.EndsOn);
        Assert.Equal(noted, term.Note is not null);
        Assert.DoesNotContain(LegalDeadlines.For(dates with { NotCompetent = false }), t => t.Kind == LegalTermKind.Forwarding);
    }

    [Fact]
    public void For_ShouldAddEachTermOnlyOnceTheDateThatStartsItIsKnown()
    {
        Assert.Empty(LegalDeadlines.For(new ProcedureDates(Dossier)));
        Assert.Equal([LegalTermKind.Decision], LegalDeadlines.For(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01"))).Select(t => t.Kind));

        var all = LegalDeadlines.For(new ProcedureDates(Dossier, AidKind.SocialIntegration, Day("2026-03-01"), Day("2026-03-20"), Day("2026-03-24"), Day("2026-03-20"), GpmiSignedOn: Day("2026-04-10")));
        Assert.Equal(
            [LegalTermKind.Decision, LegalTermKind.Notification, LegalTermKind.Appeal, LegalTermKind.GpmiDrawnUp, LegalTermKind.GpmiEvaluation],
            all.Select(t => t.Kind));
        Assert.All(all, t => Assert.True(t.EndsOn > t.StartedBy));
    }

    [Fact]
    public void Rules_ShouldCoverEveryTermAndKindOfAid_EachWithALegalSourceAndDutchText()
    {
        foreach (var kind in Enum.GetValues<LegalTermKind>())
        {
            foreach (var aid in Enum.GetValues<AidKind>().Where(a => kind is not (LegalTermKind.GpmiDrawnUp or LegalTermKind.GpmiEvaluation) || a == AidKind.SocialIntegration))
            {
                var rule = LegalTermRules.For(kind, aid);
                Assert.Contains("art.", rule.Source, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(rule.Title));
                Assert.False(string.IsNullOrWhiteSpace(rule.Rule));
            }
        }

        Assert.Equal(LegalTermRules.All.Count, LegalTermRules.All.Select(r => (r.Kind, r.Aid)).Distinct().Count());
    }

    private static ProcedureDates Notified(string notified)
    {
        var day = Day(notified);
        return new ProcedureDates(Dossier, AidKind.SocialIntegration, day.AddDays(-20), DecidedOn: day.AddDays(-3), NotifiedOn: day);
    }

    private static LegalTerm Single(ProcedureDates dates, LegalTermKind kind) => LegalDeadlines.For(dates).Single(t => t.Kind == kind);

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
