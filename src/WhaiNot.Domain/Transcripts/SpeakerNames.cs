namespace WhaiNot.Domain.Transcripts;

/// <summary>The contract's speaker words: worker, client, other, unknown.</summary>
public static class SpeakerNames
{
    public static string Of(Speaker speaker) => speaker switch
    {
        Speaker.Worker => "worker",
        Speaker.Client => "client",
        Speaker.Other => "other",
        _ => "unknown",
    };

    public static bool TryParse(string? name, out Speaker speaker)
    {
        (var known, speaker) = name switch
        {
            "worker" => (true, Speaker.Worker),
            "client" => (true, Speaker.Client),
            "other" => (true, Speaker.Other),
            "unknown" => (true, Speaker.Unknown),
            _ => (false, Speaker.Unknown),
        };
        return known;
    }
}
