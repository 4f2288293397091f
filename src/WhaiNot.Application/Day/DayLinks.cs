using WhaiNot.Domain.Day;
using WhaiNot.Storage;

namespace WhaiNot.Application.Day;

/// <summary>
/// Whether what an appointment or an action points at lost its recording and transcript after a
/// revocation. The appointment and the action stay (they are the OCMW's file); only the link says so.
/// </summary>
public sealed class DayLinks(ConversationKeyVault conversationKeys, ReportRepository reports)
{
    /// <summary>The conversation started from the appointment was shredded; false while none was started.</summary>
    public bool ConversationDestroyed(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        return appointment.ConversationId is { } id && !conversationKeys.Exists(id);
    }

    /// <summary>The transcript behind the report sentence the action was taken over from was shredded; false for an action added by hand.</summary>
    public bool SourceTranscriptDestroyed(FollowUpAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.Source is { } source
            && reports.Find(source.ReportId, source.ReportVersion) is { } report
            && !conversationKeys.Exists(report.ConversationId);
    }
}
