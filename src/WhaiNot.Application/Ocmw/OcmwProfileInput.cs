namespace WhaiNot.Application.Ocmw;

/// <summary>The OCMW profile as the functional admin fills it in; <see cref="Logo"/> null means no logo.</summary>
public sealed record OcmwProfileInput(string? Name, string? Address, string? DpoContact, string? ComplaintContact, byte[]? Logo);
