namespace WhaiNot.Storage.Documents;

internal sealed class TeamDocument
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string NormalizedName { get; set; } = "";
}
