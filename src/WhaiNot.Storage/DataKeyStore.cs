using LiteDB;
using WhaiNot.Security.Keys;
using WhaiNot.Storage.Documents;

namespace WhaiNot.Storage;

/// <summary>
/// Data keys (per dossier now, per conversation later), each stored only wrapped by the master key.
/// Destroying the wrapped copy makes everything sealed with that key unreadable.
/// </summary>
public sealed class DataKeyStore : IDisposable
{
    private readonly ILiteCollection<WrappedKeyDocument> _keys;
    private readonly KeyWrapper _wrapper;
    private readonly TimeProvider _time;

    internal DataKeyStore(LiteDatabase database, KeyWrapper wrapper, TimeProvider time)
    {
        _keys = database.GetCollection<WrappedKeyDocument>("dataKeys");
        _wrapper = wrapper;
        _time = time;
    }

    public static string DossierOwner(Guid dossierId) => "dossier:" + dossierId.ToString("N");

    /// <summary>Creates and stores a new key for <paramref name="ownerId"/>; refuses to replace one.</summary>
    public DataKey Create(string ownerId)
    {
        var key = DataKey.Generate();
        var inserted = _keys.Insert(new WrappedKeyDocument
        {
            Id = ownerId,
            Wrapped = _wrapper.Wrap(key, ownerId),
            CreatedAtUtc = _time.GetUtcNow().UtcDateTime,
        });
        if (inserted is null)
        {
            key.Dispose();
            throw new StoreException($"Er bestaat al een sleutel voor {ownerId}.");
        }

        return key;
    }

    /// <summary>The key of <paramref name="ownerId"/>, or null when it never existed or was destroyed.</summary>
    public DataKey? Find(string ownerId)
    {
        var document = _keys.FindById(ownerId);
        return document is null ? null : _wrapper.Unwrap(document.Wrapped, ownerId);
    }

    /// <summary>Destroys the wrapped key of <paramref name="ownerId"/>: what it sealed can never be opened again. True when there was one.</summary>
    public bool Destroy(string ownerId) => _keys.Delete(ownerId);

    public void Dispose() => _wrapper.Dispose();
}
