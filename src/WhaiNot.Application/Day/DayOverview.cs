namespace WhaiNot.Application.Day;

/// <summary>
/// One screen of a worker's day (Dagoverzicht): the day's appointments, reports waiting for
/// validation, actions due or overdue, legal terms that end within <paramref name="TermWarningDays"/>
/// days or have passed, and the conversations of the last days.
/// </summary>
public sealed record DayOverview(
    Guid WorkerId,
    string WorkerName,
    DateOnly Date,
    int TermWarningDays,
    IReadOnlyList<DayAppointment> Appointments,
    IReadOnlyList<ReportAwaitingValidation> ReportsToValidate,
    IReadOnlyList<DueAction> Actions,
    IReadOnlyList<DossierTerm> Terms,
    IReadOnlyList<RecentConversation> RecentConversations);
