using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Application.Settings;

public sealed class LockoutOptions
{
    [Range(1, 100)]
    public int MaxFailedSignIns { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
}
