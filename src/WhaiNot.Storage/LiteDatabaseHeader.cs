namespace WhaiNot.Storage;

/// <summary>
/// A cheap look at the first bytes before LiteDB gets the file: an encrypted LiteDB 5 file starts
/// with the byte 1 (then the salt), and a page-aligned length. Anything else is refused untouched.
/// </summary>
internal static class LiteDatabaseHeader
{
    private const int PageSize = 8192;
    private const byte EncryptedMarker = 1;

    public static void EnsureLooksLikeOurs(string path)
    {
        long length;
        int first;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = stream.Length;
            first = stream.ReadByte();
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StoreException($"De databank '{path}' is niet leesbaar voor deze gebruiker. Start de appliance als de serviceaccount (of root).", ex);
        }

        // LiteDB 5 pads an encrypted file to whole pages after its 8 KiB header page.
        if (length == 0 || first != EncryptedMarker || length % PageSize != 0)
        {
            throw new StoreException(
                $"De databank '{path}' is beschadigd of geen versleutelde WhaiNot-databank. Er is niets gewijzigd; zet een back-up terug.");
        }
    }
}
