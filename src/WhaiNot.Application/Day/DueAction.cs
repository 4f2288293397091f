using WhaiNot.Domain.Day;

namespace WhaiNot.Application.Day;

/// <summary>An open action due on the day or before, with how many days it is overdue (0 when due that day).</summary>
public sealed record DueAction(FollowUpAction Action, string DossierReference, int DaysOverdue);
