using System.Text;
using LiteDB;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Workers' voice profiles for speaker attribution: per worker a voice vector and the name of the
/// embedder that made it, sealed with a data key of that worker alone (wrapped by the appliance's
/// master key). Deleting removes the record and destroys the key, so no copy in a backup can be
/// opened again either.
/// </summary>
public sealed class VoiceProfileStore
{
    private readonly ILiteCollection<VoiceProfileDocument> _profiles;
    private readonly DataKeyStore _keys;
    private readonly TimeProvider _time;

    internal VoiceProfileStore(LiteDatabase database, DataKeyStore keys, TimeProvider time)
    {
        _profiles = database.GetCollection<VoiceProfileDocument>("voiceProfiles");
        _keys = keys;
        _time = time;
    }

    public static string KeyOwner(Guid userId) => "voice:" + userId.ToString("N");

    /// <summary>Stores (or replaces) the worker's profile.</summary>
    public void Save(Guid userId, VoiceProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _keys.Destroy(KeyOwner(userId));
        using var key = _keys.Create(KeyOwner(userId));
        var payload = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(profile);
        _profiles.Upsert(new VoiceProfileDocument
        {
            Id = userId,
            Sealed = key.Seal(payload, Context(userId)),
            EnrolledAtUtc = _time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>The worker's profile, or null when none was enrolled (or it was deleted).</summary>
    public VoiceProfile? Find(Guid userId)
    {
        var document = _profiles.FindById(userId);
        using var key = document is null ? null : _keys.Find(KeyOwner(userId));
        if (document is null || key is null)
        {
            return null;
        }

        return System.Text.Json.JsonSerializer.Deserialize<VoiceProfile>(key.Open(document.Sealed, Context(userId)))
            ?? throw new StoreException("Een stemprofiel is onleesbaar.");
    }

    /// <summary>When the worker enrolled, or null without a profile.</summary>
    public DateTimeOffset? EnrolledAt(Guid userId) =>
        _profiles.FindById(userId) is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d.EnrolledAtUtc, DateTimeKind.Utc)) : null;

    /// <summary>Deletes the profile and destroys its key; true when there was one.</summary>
    public bool Delete(Guid userId)
    {
        var removed = _profiles.Delete(userId);
        return _keys.Destroy(KeyOwner(userId)) || removed;
    }

    private static byte[] Context(Guid userId) => Encoding.UTF8.GetBytes("voice-profile:" + userId.ToString("N"));
}

/// <summary>A voice vector and the embedder that made it (a profile of another embedder is not comparable).</summary>
public sealed record VoiceProfile(string Embedder, float[] Vector, double VoicedSeconds);
