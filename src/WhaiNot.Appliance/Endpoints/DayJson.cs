using System.Globalization;
using WhaiNot.Application.Day;
using WhaiNot.Domain.Day;
using WhaiNot.Domain.Terms;

namespace WhaiNot.Appliance;

/// <summary>The API shapes of the day: dates as yyyy-MM-dd, times as HH:mm, actors as worker|client|third-party.</summary>
internal static class DayJson
{
    public static object Overview(DayOverview day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return new
        {
            worker = new { id = day.WorkerId, name = day.WorkerName },
            date = day.Date,
            termWarningDays = day.TermWarningDays,
            appointments = day.Appointments.Select(a => new
            {
                appointment = Appointment(a.Appointment, a.ConversationDestroyed),
                dossierReference = a.DossierReference,
            }),
            reportsToValidate = day.ReportsToValidate.Select(r => new
            {
                conversationId = r.ConversationId,
                dossierId = r.DossierId,
                dossierReference = r.DossierReference,
                deadline = r.Deadline,
                daysLeft = r.DaysLeft,
                draftReportId = r.DraftReportId,
            }),
            actions = day.Actions.Select(a => new { action = Action(a.Action, sourceTranscriptDestroyed: null), dossierReference = a.DossierReference, daysOverdue = a.DaysOverdue }),
            terms = day.Terms.Select(t => new { dossierId = t.DossierId, dossierReference = t.DossierReference, term = Term(t.Term, day.Date) }),
            recentConversations = day.RecentConversations.Select(c => new
            {
                conversationId = c.ConversationId,
                dossierId = c.DossierId,
                dossierReference = c.DossierReference,
                endedAt = c.EndedAt,
                reportValidated = c.ReportValidated,
                transcriptDestroyed = c.TranscriptDestroyed,
            }),
        };
    }

    public static object Appointment(Appointment appointment, bool conversationDestroyed)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return new
        {
            id = appointment.Id,
            dossierId = appointment.DossierId,
            workerId = appointment.WorkerId,
            date = appointment.Day,
            time = appointment.StartsAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            start = appointment.Start,
            place = appointment.Place.Where,
            telephone = appointment.Place.ByTelephone,
            homeVisit = appointment.HomeVisit,
            conversationId = appointment.ConversationId,
            conversationDestroyed,
            conversationNotice = conversationDestroyed ? "opname en transcript vernietigd na intrekking toestemming" : null,
            createdAt = appointment.CreatedAt,
        };
    }

    public static object Action(FollowUpAction action, DayLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return Action(action, links.SourceTranscriptDestroyed(action));
    }

    /// <param name="sourceTranscriptDestroyed">Null where the shape leaves it out (the day overview).</param>
    public static object Action(FollowUpAction action, bool? sourceTranscriptDestroyed)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new
        {
            id = action.Id,
            dossierId = action.DossierId,
            who = action.Who.ToName(),
            what = action.What,
            dueOn = action.DueOn,
            done = action.IsDone,
            doneAt = action.DoneAt,
            source = action.Source is { } s
                ? new
                {
                    reportId = s.ReportId,
                    reportVersion = s.ReportVersion,
                    sectionId = s.SectionId,
                    sentenceIndex = s.SentenceIndex,
                    transcriptDestroyed = sourceTranscriptDestroyed,
                    notice = sourceTranscriptDestroyed == true ? "bron verwijderd na intrekking toestemming" : null,
                }
                : null,
            createdAt = action.CreatedAt,
        };
    }

    public static object Proposal(ProposedAction proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return new
        {
            reportId = proposal.Source.ReportId,
            reportVersion = proposal.Source.ReportVersion,
            sectionId = proposal.Source.SectionId,
            sentenceIndex = proposal.Source.SentenceIndex,
            sectionHeading = proposal.SectionHeading,
            text = proposal.Text,
            suggestedWho = proposal.SuggestedWho?.ToName(),
            takenOver = proposal.TakenOver,
        };
    }

    public static object Procedure(DossierProcedure procedure, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        var d = procedure.Dates;
        return new
        {
            dates = new
            {
                dossierId = d.DossierId,
                aid = Aid(d.Aid),
                aidRequestedOn = d.AidRequestedOn,
                decidedOn = d.DecidedOn,
                notifiedOn = d.NotifiedOn,
                grantedOn = d.GrantedOn,
                gpmiExempt = d.GpmiExempt,
                gpmiSignedOn = d.GpmiSignedOn,
                gpmiEvaluatedOn = d.GpmiEvaluatedOn,
                notCompetent = d.NotCompetent,
                forwardedOn = d.ForwardedOn,
            },
            terms = procedure.Terms.Select(t => Term(t, today)),
        };
    }

    public static object Term(LegalTerm term, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(term);
        return new
        {
            kind = term.Kind.ToString(),
            aid = Aid(term.Aid),
            party = term.Party == TermParty.Ocmw ? "ocmw" : "client",
            title = term.Title,
            startedBy = term.StartedBy,
            calendarEnd = term.CalendarEnd,
            endsOn = term.EndsOn,
            rule = term.Rule,
            source = term.Source,
            note = term.Note,
            metOn = term.MetOn,
            metInTime = term.MetInTime,
            daysLeft = term.DaysLeft(today),
            passed = term.IsPassed(today),
        };
    }

    private static string? Aid(AidKind? aid) => aid switch
    {
        AidKind.SocialIntegration => "social-integration",
        AidKind.SocialServices => "social-services",
        _ => null,
    };
}
