namespace WhaiNot.Security.Passwords;

/// <summary>
/// Hashes passwords for storage and checks a password against a stored hash.
/// </summary>
public interface IPasswordHasher
{
    /// <summary>Returns a self-describing encoded hash (salt and parameters included).</summary>
    string Hash(string password);

    /// <summary>
    /// Returns true when <paramref name="password"/> matches <paramref name="encodedHash"/>;
    /// false for a wrong password or an unreadable hash, never an exception for the latter.
    /// </summary>
    bool Verify(string password, string encodedHash);
}
