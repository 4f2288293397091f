namespace WhaiNot.Domain.Audit;

/// <summary>How audit outcomes write a yes/no (recording=1, legalHold=0): stable, so the DPO can filter on it.</summary>
public static class AuditFlags
{
    public static string Of(bool value) => value ? "1" : "0";
}
