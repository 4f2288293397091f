namespace WhaiNot.Storage.Documents;

internal sealed class RevocationDocument
{
    public Guid Id { get; set; }

    public Guid ClientId { get; set; }

    public Guid DossierId { get; set; }

    public string Channel { get; set; } = "";

    public DateTime EffectiveAtUtc { get; set; }

    public Guid RecordedBy { get; set; }

    public bool LegalHold { get; set; }
}
