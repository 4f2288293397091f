using System.Text.Json;

namespace WhaiNot.Application.Conversations;

/// <summary>
/// The editable texts of the confirmation letter (firmware-config/letters/revocation-confirmation.json),
/// embedded in the binary; a copy in the box's configuration folder (letters/) takes precedence.
/// </summary>
public sealed record RevocationLetterTexts(
    string Title,
    string Greeting,
    string Opening,
    string ChangesHeading,
    string Stopped,
    string Deleted,
    string KeptForLegalHold,
    string ValidatedReportsKept,
    string SameHelp,
    string Again,
    string Contact,
    string Closing,
    string SignatureRole,
    string DpoContact,
    string? Complaint = null)
{
    private const string FileName = "revocation-confirmation.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static RevocationLetterTexts Load(string? configurationFolder)
    {
        var local = configurationFolder is null ? null : Path.Combine(configurationFolder, "letters", FileName);
        using var stream = local is not null && File.Exists(local)
            ? File.OpenRead(local)
            : typeof(RevocationLetterTexts).Assembly.GetManifestResourceStream("letters." + FileName)
                ?? throw new InvalidOperationException("De brieftekst voor de intrekking ontbreekt in dit programma.");
        return JsonSerializer.Deserialize<RevocationLetterTexts>(stream, Json)
            ?? throw new InvalidOperationException($"De brieftekst '{local ?? FileName}' is leeg.");
    }
}
