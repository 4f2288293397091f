using WhaiNot.Security.Keys;

namespace WhaiNot.Appliance.Auth;

/// <summary>The subkey that seals the data-protection key ring, as a service for the decryptor.</summary>
internal sealed class DataProtectionKey(DataKey key) : IDisposable
{
    public DataKey Key { get; } = key;

    public void Dispose() => Key.Dispose();
}
