namespace WhaiNot.Security.Passwords;

/// <summary>
/// Cost parameters for new Argon2id hashes. Existing hashes keep the parameters they were made with.
/// </summary>
/// <param name="MemoryKiB">Memory cost in KiB (Argon2 "m").</param>
/// <param name="Iterations">Number of passes (Argon2 "t").</param>
/// <param name="Parallelism">Number of lanes (Argon2 "p").</param>
public sealed record Argon2Settings(int MemoryKiB, int Iterations, int Parallelism)
{
    /// <summary>The OWASP minimum for Argon2id: 19 MiB, 2 passes, 1 lane.</summary>
    public static Argon2Settings Default { get; } = new(19456, 2, 1);
}
