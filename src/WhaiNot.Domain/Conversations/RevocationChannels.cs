using System.Diagnostics.CodeAnalysis;

namespace WhaiNot.Domain.Conversations;

/// <summary>The channel names on the wire (contract: gesprek|telefoon|email|formulier) and in Dutch text.</summary>
public static class RevocationChannels
{
    public static string ToName(this RevocationChannel channel) => channel.ToString().ToLowerInvariant();

    /// <summary>As it reads in a letter: "in het gesprek", "telefonisch", …</summary>
    public static string Describe(this RevocationChannel channel) => channel switch
    {
        RevocationChannel.Gesprek => "in het gesprek",
        RevocationChannel.Telefoon => "telefonisch",
        RevocationChannel.Email => "per e-mail",
        _ => "met een formulier",
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out RevocationChannel? channel)
    {
        channel = name?.Trim().ToLowerInvariant() switch
        {
            "gesprek" => RevocationChannel.Gesprek,
            "telefoon" => RevocationChannel.Telefoon,
            "email" or "e-mail" => RevocationChannel.Email,
            "formulier" => RevocationChannel.Formulier,
            _ => null,
        };
        return channel is not null;
    }
}
