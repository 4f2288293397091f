using Microsoft.Extensions.Options;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Access;
using WhaiNot.Domain.Accounts;
using WhaiNot.Domain.Audit;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Texts;
using WhaiNot.Speech.Audio;
using WhaiNot.Speech.Speakers;
using WhaiNot.Storage;
using WhaiNot.Storage.Audit;

namespace WhaiNot.Application.Speakers;

/// <summary>
/// A worker's own voice profile: enrolled once from 20–30 s of read text, used only to tell the
/// worker's segments from the client's, and deletable by the worker at any time. Only the voice
/// vector is kept (sealed), never the recording. Workers and team leads (who hold conversations)
/// have one; every change is audited.
/// </summary>
public sealed class VoiceProfileService(VoiceProfileStore store, AuditLog audit, IOptions<ApplianceOptions> options)
{
    public const double MinimumSeconds = 15;
    public const double MaximumSeconds = 60;
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The worker's profile state: enrolled and when.</summary>
    public DateTimeOffset? EnrolledAt(UserAccount user) => store.EnrolledAt(Allowed(user).Id);

    /// <exception cref="InvalidRequestRefusal">Not a WAV file, too short or too long, or too little speech in it.</exception>
    public DateTimeOffset Enrol(UserAccount user, byte[] wav)
    {
        ArgumentNullException.ThrowIfNull(wav);
        Allowed(user);
        float[] samples;
        try
        {
            using var stream = new MemoryStream(wav, writable: false);
            samples = WavReader.ReadMono16k(stream);
        }
        catch (AudioFormatException ex)
        {
            throw new InvalidRequestRefusal("De opname voor het stemprofiel is geen bruikbaar WAV-bestand: " + ex.Message);
        }

        var seconds = samples.Length / 16000.0;
        if (seconds < MinimumSeconds || seconds > MaximumSeconds)
        {
            throw new InvalidRequestRefusal($"De opname duurt {seconds:0} seconden. Lees de tekst voor in 20 tot 30 seconden (toegestaan: {MinimumSeconds:0} tot {MaximumSeconds:0}).");
        }

        var embedder = options.Value.Speakers.Create();
        var vector = embedder.Embed(samples)
            ?? throw new InvalidRequestRefusal("In de opname is te weinig spraak te horen. Lees de tekst hardop voor, dicht bij de microfoon.");
        store.Save(user.Id, new VoiceProfile(embedder.Name, vector, seconds));
        audit.Append(user.Username, AuditAction.VoiceProfileEnrol, "user:" + user.Username);
        return store.EnrolledAt(user.Id) ?? DateTimeOffset.UtcNow;
    }

    /// <summary>Deletes the worker's own profile; true when there was one.</summary>
    public bool Delete(UserAccount user)
    {
        var deleted = store.Delete(Allowed(user).Id);
        if (deleted)
        {
            audit.Append(user.Username, AuditAction.VoiceProfileDelete, "user:" + user.Username);
        }

        return deleted;
    }

    private static UserAccount Allowed(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Disabled || !AccessPolicy.Has(user.Role, Permission.WriteDossierContent) ? throw new NotAllowedRefusal(AccessTexts.Forbidden) : user;
    }
}
