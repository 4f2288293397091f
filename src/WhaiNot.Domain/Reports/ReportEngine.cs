namespace WhaiNot.Domain.Reports;

/// <summary>What wrote the first draft: "extractive" or "llm" (with the model and its hash), or "manual" on the alternative path.</summary>
public sealed record ReportEngine(string Name, string? Model, string? ModelSha256)
{
    public static ReportEngine Manual { get; } = new("manual", null, null);

    public bool UsesAi => Name != Manual.Name;
}
