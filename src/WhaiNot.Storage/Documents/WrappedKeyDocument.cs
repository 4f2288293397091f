namespace WhaiNot.Storage.Documents;

/// <summary>A data key wrapped by the master key's wrapping subkey.</summary>
internal sealed class WrappedKeyDocument
{
    /// <summary>Owner id, e.g. "dossier:{guid}".</summary>
    public string Id { get; set; } = "";

    public byte[] Wrapped { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }
}
