namespace WhaiNot.Application.Ocmw;

/// <summary>Which image an uploaded logo is, from its first bytes: the name or the browser's claim is not trusted.</summary>
public static class LogoImage
{
    public const int MaxBytes = 256 * 1024;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>"image/png", "image/jpeg", or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Png) ? "image/png" : bytes.StartsWith(Jpeg) ? "image/jpeg" : null;
}
