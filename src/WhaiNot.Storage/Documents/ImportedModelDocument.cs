namespace WhaiNot.Storage.Documents;

internal sealed class ImportedModelDocument
{
    /// <summary>The file name in the models folder (one import per file name; a newer import replaces it).</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Engine { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public long SizeBytes { get; set; }

    public bool Unlisted { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    public string ImportedBy { get; set; } = "";
}
