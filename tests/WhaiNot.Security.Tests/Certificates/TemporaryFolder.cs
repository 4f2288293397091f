namespace WhaiNot.Security.Tests.Certificates;

/// <summary>
/// A fresh parent folder per test, removed afterwards. <see cref="CertificatesPath"/> does not exist
/// yet, so the code under test is the one that creates it (with its permissions).
/// </summary>
internal sealed class TemporaryFolder : IDisposable
{
    public TemporaryFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "whainot-security-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        CertificatesPath = Path.Combine(Root, "certificates");
    }

    public string Root { get; }

    public string CertificatesPath { get; }

    public string PathOf(string fileName) => Path.Combine(CertificatesPath, fileName);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not turn a passing test red.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
