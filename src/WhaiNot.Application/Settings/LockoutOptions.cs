using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

/// <summary>Waits after failed sign-ins, per account and PC: free tries, then a doubling block up to a ceiling.</summary>
public sealed class LockoutOptions
{
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    /// <summary>The first block, after <see cref="MaxFailedSignIns"/> failures; each further failure doubles it.</summary>
    [Range(1, 3600)]
    public int FirstBlockSeconds { get; set; } = 30;

    /// <summary>The longest block.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sign-in requests per minute from one address, whatever the account (ASP.NET Core rate limiting; 429 beyond).</summary>
    [Range(1, 10_000)]
    public int RequestsPerMinutePerAddress { get; set; } = 30;
}
