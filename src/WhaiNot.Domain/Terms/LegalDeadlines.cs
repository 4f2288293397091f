using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Terms;

/// <summary>
/// Computes a dossier's legal terms from its procedure dates with the rules of
/// <see cref="LegalTermRules"/>. A term appears as soon as the date that starts it is known; it is met
/// when the date of the step it asks for is entered. Nothing here invents a date.
/// </summary>
public static class LegalDeadlines
{
    public static IReadOnlyList<LegalTerm> For(ProcedureDates dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var terms = new List<LegalTerm>();
        if (dates.AidRequestedOn is { } requested)
        {
            if (dates.Aid is { } aid)
            {
                terms.Add(Compute(LegalTermRules.For(LegalTermKind.Decision, aid), requested, dates.DecidedOn));
            }

            if (dates.NotCompetent)
            {
                terms.Add(Compute(LegalTermRules.For(LegalTermKind.Forwarding, dates.Aid), requested, dates.ForwardedOn));
            }
        }

        if (dates is { Aid: { } decidedAid, DecidedOn: { } decided })
        {
            terms.Add(Compute(LegalTermRules.For(LegalTermKind.Notification, decidedAid), decided, dates.NotifiedOn));
        }

        if (dates is { Aid: { } notifiedAid, NotifiedOn: { } notified })
        {
            terms.Add(Compute(LegalTermRules.For(LegalTermKind.Appeal, notifiedAid), notified, null));
        }

        if (dates is { Aid: AidKind.SocialIntegration, GpmiExempt: false })
        {
            if (dates.GrantedOn is { } granted)
            {
                terms.Add(Compute(LegalTermRules.For(LegalTermKind.GpmiDrawnUp, AidKind.SocialIntegration), granted, dates.GpmiSignedOn));
            }

            if (dates.GpmiSignedOn is { } signed)
            {
                // Each evaluation starts the next quarter; before the first one, the signing does.
                var previous = dates.GpmiEvaluatedOn is { } evaluated && evaluated > signed ? evaluated : signed;
                terms.Add(Compute(LegalTermRules.For(LegalTermKind.GpmiEvaluation, AidKind.SocialIntegration), previous, null));
            }
        }

        return terms;
    }

    /// <summary>One term from its rule and starting event; <paramref name="metOn"/> is the day the step was done, if it was.</summary>
    public static LegalTerm Compute(LegalTermRule rule, DateOnly startedBy, DateOnly? metOn)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var notes = new List<string>();
        DateOnly calendarEnd;
        if (rule.Length.InMonths)
        {
            var usual = TermCalendar.SameDayNumber(startedBy, rule.Length.Amount);
            var literal = TermCalendar.DayBeforeSameDayNumber(startedBy, rule.Length.Amount);

            // The two readings of art. 54 Ger.W. only part when the event is a month's last day; show the earlier.
            calendarEnd = usual < literal ? usual : literal;
            if (usual != literal)
            {
                notes.Add(LegalTermTexts.OtherMonthReading(usual > literal ? usual : literal));
            }
        }
        else
        {
            calendarEnd = TermCalendar.AfterDays(startedBy, rule.Length.Amount);
        }

        var endsOn = calendarEnd;
        if (BelgianHolidays.WhyNoWorkingDay(calendarEnd) is { } why)
        {
            if (rule.Holidays == HolidayRule.NextWorkingDay)
            {
                endsOn = BelgianHolidays.NextWorkingDay(calendarEnd);
                notes.Add(LegalTermTexts.MovedByJudicialCode(calendarEnd, why, endsOn));
            }
            else
            {
                notes.Add(LegalTermTexts.MaybeMoved(calendarEnd, why));
            }
        }

        return new LegalTerm(
            rule.Kind,
            rule.Aid,
            rule.Party,
            rule.Title,
            startedBy,
            calendarEnd,
            endsOn,
            rule.Rule,
            rule.Source,
            notes.Count == 0 ? null : string.Join(' ', notes),
            metOn);
    }
}
