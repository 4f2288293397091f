namespace WhaiNot.Domain.Audit;

/// <summary>How audit entries name what they are about: stable strings the DPO filters on.</summary>
public static class AuditTargets
{
    public static string Conversation(Guid conversationId) => "conversation:" + conversationId.ToString("N");

    public static string Dossier(Guid dossierId) => "dossier:" + dossierId.ToString("N");

    public static string User(Guid userId) => "user:" + userId.ToString("N");

    public static string Appointment(Guid appointmentId) => "appointment:" + appointmentId.ToString("N");

    public static string Action(Guid actionId) => "action:" + actionId.ToString("N");

    public static string Report(Guid reportId, int version) => "report:" + reportId.ToString("N") + ":" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
