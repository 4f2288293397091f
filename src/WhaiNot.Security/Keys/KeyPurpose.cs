namespace WhaiNot.Security.Keys;

/// <summary>HKDF purposes for subkeys of the master key. Changing a value makes existing data unreadable.</summary>
public static class KeyPurpose
{
    public const string Database = "database-v1";
    public const string DataKeyWrapping = "data-key-wrapping-v1";
    public const string TokenSigning = "token-signing-v1";
    public const string CertificateKeys = "certificate-keys-v1";
    public const string AuditSeal = "audit-seal-v1";
    public const string DataProtection = "data-protection-v1";
}
