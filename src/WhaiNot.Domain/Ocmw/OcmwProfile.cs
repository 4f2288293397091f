namespace WhaiNot.Domain.Ocmw;

/// <summary>
/// Who the box works for, as letters and reports name it: the OCMW's name and address, its logo,
/// and whom a client contacts about privacy (the DPO) or with a complaint.
/// </summary>
/// <param name="Logo">PNG or JPEG bytes; null when the OCMW has none on the box.</param>
/// <param name="LogoContentType">"image/png" or "image/jpeg"; null without a logo.</param>
public sealed record OcmwProfile(
    string Name,
    string Address,
    string DpoContact,
    string ComplaintContact,
    byte[]? Logo = null,
    string? LogoContentType = null)
{
    public static readonly OcmwProfile Empty = new("", "", "", "");

    /// <summary>Whether a letter or report can name the OCMW and its contacts (the logo is optional).</summary>
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Name) && !string.IsNullOrWhiteSpace(Address)
        && !string.IsNullOrWhiteSpace(DpoContact) && !string.IsNullOrWhiteSpace(ComplaintContact);
}
