namespace WhaiNot.Domain.Audit;

/// <summary>How audit entries name what they are about: stable strings the DPO filters on.</summary>
public static class AuditTargets
{
    public static string Conversation(Guid conversationId) => "conversation:" + conversationId.ToString("N");
}
