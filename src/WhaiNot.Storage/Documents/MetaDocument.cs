namespace WhaiNot.Storage.Documents;

/// <summary>Small named values the store keeps about itself (schema version, demo marker, audit head).</summary>
internal sealed class MetaDocument
{
    public string Id { get; set; } = "";

    public string Value { get; set; } = "";
}
