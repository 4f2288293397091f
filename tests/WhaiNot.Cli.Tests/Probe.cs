using Xunit.Abstractions;
namespace WhaiNot.Cli.Tests;

public sealed class Probe : IDisposable
{
    private readonly TempDataFolder _temp = new();
    private readonly ITestOutputHelper _log;

    public Probe(ITestOutputHelper log) => _log = log;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void P1_OutToMissingDir()
    {
        try { _log.WriteLine(Cli.Run(_temp, "certs", "export-ca", "--out", "/nonexistent-dir/x/ca.pem").ToString()); }
        catch (Exception ex) { _log.WriteLine("THREW " + ex.GetType() + ": " + ex.Message); }
    }

    [Fact]
    public void P2_EmptyData()
    {
        try { _log.WriteLine(Cli.Run("users", "list", "--data", "").ToString()); }
        catch (Exception ex) { _log.WriteLine("THREW " + ex.GetType() + ": " + ex.Message); }
    }

    [Fact]
    public void P3_BadRoleFreshFolder()
    {
        _log.WriteLine(Cli.Run(_temp, "users", "add", "--username", "a", "--role", "boss").ToString());
        _log.WriteLine("db exists: " + File.Exists(_temp.Folder.DatabasePath) + " key exists: " + File.Exists(_temp.Folder.MasterKeyPath));
    }

    [Fact]
    public void P4_DataIsAFile()
    {
        Directory.CreateDirectory(_temp.Root);
        var f = Path.Combine(_temp.Root, "file");
        File.WriteAllText(f, "x");
        try { _log.WriteLine(Cli.Run("teams", "add", "--name", "x", "--data", f).ToString()); }
        catch (Exception ex) { _log.WriteLine("THREW " + ex.GetType() + ": " + ex.Message); }
    }

    [Fact]
    public void P5_OutIsDirectory()
    {
        Directory.CreateDirectory(_temp.Root);
        try { _log.WriteLine(Cli.Run(_temp, "certs", "export-ca", "--out", _temp.Root).ToString()); }
        catch (Exception ex) { _log.WriteLine("THREW " + ex.GetType() + ": " + ex.Message); }
    }

    [Fact]
    public void P6_KeyOnlyNoDb_List()
    {
        Cli.Succeed(_temp, "teams", "add", "--name", "x");
        File.Delete(_temp.Folder.DatabasePath);
        _log.WriteLine(Cli.Run(_temp, "users", "list").ToString());
        _log.WriteLine(Cli.Run(_temp, "teams", "add", "--name", "y").ToString());
    }

    [Fact]
    public void P7_TeamWhitespace()
    {
        _log.WriteLine(Cli.Run(_temp, "teams", "add", "--name", "  ").ToString());
        _log.WriteLine(Cli.Run(_temp, "users", "add", "--username", "", "--role", "dpo").ToString());
        _log.WriteLine(Cli.Run(_temp, "users", "add", "--username", "b", "--role", "dpo", "--team", "").ToString());
    }

    [Fact]
    public void P8_Messages()
    {
        _log.WriteLine(Cli.Run(_temp, "users", "list", "--json", "extra").ToString());
        _log.WriteLine(Cli.Run(_temp, "users", "list", "--json=maybe").ToString());
        _log.WriteLine(Cli.Run(_temp, "users", "add", "--username", "a").ToString());
    }
}
