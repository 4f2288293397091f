using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

/// <summary>Argon2id cost for new hashes; existing hashes keep the cost they were made with.</summary>
public sealed class PasswordHashingOptions
{
    [Range(8192, 1024 * 1024)]
    public int MemoryKiB { get; set; } = 19456;

    [Range(1, 10)]
    public int Iterations { get; set; } = 2;

    [Range(1, 16)]
    public int Parallelism { get; set; } = 1;
}
