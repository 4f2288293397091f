using System.Diagnostics.CodeAnalysis;

namespace WhaiNot.Domain.Day;

/// <summary>The actor names on the wire and in storage (worker|client|third-party) and in Dutch text.</summary>
public static class ActionActors
{
    public static string ToName(this ActionActor actor) => actor switch
    {
        ActionActor.Worker => "worker",
        ActionActor.Client => "client",
        _ => "third-party",
    };

    /// <summary>As it reads on a screen: "maatschappelijk werker", "cliënt", "derde".</summary>
    public static string Describe(this ActionActor actor) => actor switch
    {
        ActionActor.Worker => "maatschappelijk werker",
        ActionActor.Client => "cliënt",
        _ => "derde",
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out ActionActor? actor)
    {
        actor = name?.Trim().ToLowerInvariant() switch
        {
            "worker" => ActionActor.Worker,
            "client" => ActionActor.Client,
            "third-party" => ActionActor.ThirdParty,
            _ => null,
        };
        return actor is not null;
    }
}
