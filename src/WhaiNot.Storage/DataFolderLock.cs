namespace WhaiNot.Storage;

/// <summary>
/// One process at a time per data folder. LiteDB's direct mode does not stop a second process from
/// opening the same file, and two writers would corrupt it; an exclusive lock file does.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _stream;

    private DataFolderLock(FileStream stream) => _stream = stream;

    public static DataFolderLock Acquire(DataFolder folder)
    {
        var path = Path.Combine(folder.Root, "whainot.lock");
        try
        {
            // FileShare.None is enforced across processes on Linux too (flock) and on Windows.
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new StoreException(
                $"De datamap '{folder.Root}' is in gebruik door een ander proces (draait de appliance al, of een ander whainot-commando?). " +
                "Stop dat proces eerst; er is niets gewijzigd.", ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
