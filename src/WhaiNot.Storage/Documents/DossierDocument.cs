namespace WhaiNot.Storage.Documents;

/// <summary>A dossier as stored: routing fields in clear, the client's personal data sealed with the dossier key.</summary>
internal sealed class DossierDocument
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    public Guid TeamId { get; set; }

    public string Reference { get; set; } = "";

    public DateTime OpenedAtUtc { get; set; }

    public byte[] SealedClient { get; set; } = [];

    public bool LegalHold { get; set; }
}
