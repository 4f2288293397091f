using WhaiNot.Domain.Day;

namespace WhaiNot.Application.Day;

/// <summary>An appointment of the day with its dossier's reference.</summary>
/// <param name="ConversationDestroyed">The conversation started from it lost its recording and transcript after a revocation; the appointment stays.</param>
public sealed record DayAppointment(Appointment Appointment, string DossierReference, bool ConversationDestroyed);
