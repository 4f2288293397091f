using System.Text;

namespace WhaiNot.Storage;

/// <summary>
/// Seals short texts of a dossier (a place, what an action asks) with the dossier's data key. The
/// dossier key is not a conversation key: a revocation never destroys it, so what the law keeps
/// (appointments, actions) stays readable after one.
/// </summary>
internal sealed class DossierSealer(DataKeyStore keys)
{
    public byte[] Seal(Guid dossierId, string text, string context)
    {
        using var key = KeyOf(dossierId);
        return key.Seal(Encoding.UTF8.GetBytes(text), Context(dossierId, context));
    }

    public string Open(Guid dossierId, byte[] sealedText, string context)
    {
        using var key = KeyOf(dossierId);
        return Encoding.UTF8.GetString(key.Open(sealedText, Context(dossierId, context)));
    }

    private Security.Keys.DataKey KeyOf(Guid dossierId) =>
        keys.Find(DataKeyStore.DossierOwner(dossierId)) ?? throw new StoreException("De sleutel van dit dossier ontbreekt.");

    // Bound to dossier and record, so a sealed value can't be moved to another record or dossier.
    private static byte[] Context(Guid dossierId, string context) => Encoding.UTF8.GetBytes(context + ":" + dossierId.ToString("N"));
}
