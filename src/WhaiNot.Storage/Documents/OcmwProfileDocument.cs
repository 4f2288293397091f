namespace WhaiNot.Storage.Documents;

/// <summary>The one OCMW profile of the box (id "ocmw"), in the encrypted database.</summary>
internal sealed class OcmwProfileDocument
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Address { get; set; } = "";

    public string DpoContact { get; set; } = "";

    public string ComplaintContact { get; set; } = "";

    public byte[]? Logo { get; set; }

    public string? LogoContentType { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public string UpdatedBy { get; set; } = "";
}
