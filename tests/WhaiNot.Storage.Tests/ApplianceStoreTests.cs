using System.Security.Cryptography;
using System.Text;
using WhaiNot.Domain.Dossiers;
using WhaiNot.Security.Keys;

namespace WhaiNot.Storage.Tests;

public sealed class ApplianceStoreTests : IDisposable
{
    private readonly TempDataFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_WhenFolderEmpty_ShouldCreateKeyAndDatabase()
    {
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            store.Accounts.AddTeam("Team Noord");
        }

        Assert.True(File.Exists(_temp.Folder.MasterKeyPath));
        Assert.True(File.Exists(_temp.Folder.DatabasePath));
        using var reopened = ApplianceStore.Open(_temp.Folder);
        Assert.NotNull(reopened.Accounts.FindTeam("team noord"));
    }

    [Fact]
    public void Open_OnLinux_ShouldKeepKeyFileOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var store = ApplianceStore.Open(_temp.Folder);

        var mode = File.GetUnixFileMode(_temp.Folder.MasterKeyPath);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, mode);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_temp.Folder.KeysFolder));
    }

    [Fact]
    public void Open_WhenKeyMissingButDatabaseExists_ShouldRefuseAndCreateNoKey()
    {
        CreateStoreWithOneTeam();
        File.Delete(_temp.Folder.MasterKeyPath);
        var before = Hash(_temp.Folder.DatabasePath);

        var error = Assert.Throws<KeyFileException>(() => ApplianceStore.Open(_temp.Folder));

        Assert.Contains("ontbreekt", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.Folder.MasterKeyPath));
        Assert.Equal(before, Hash(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Open_WhenKeyFileCorrupt_ShouldRefuseWithClearError()
    {
        CreateStoreWithOneTeam();
        var keyBytes = File.ReadAllBytes(_temp.Folder.MasterKeyPath);
        keyBytes[10] ^= 0xFF;
        File.WriteAllBytes(_temp.Folder.MasterKeyPath, keyBytes);
        var before = Hash(_temp.Folder.DatabasePath);

        var error = Assert.Throws<KeyFileException>(() => ApplianceStore.Open(_temp.Folder));

        Assert.Contains("beschadigd", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Open_WhenKeyFileTruncated_ShouldRefuseWithClearError()
    {
        CreateStoreWithOneTeam();
        File.WriteAllBytes(_temp.Folder.MasterKeyPath, [1, 2, 3]);

        var error = Assert.Throws<KeyFileException>(() => ApplianceStore.Open(_temp.Folder));

        Assert.Contains("geen geldig", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_WhenKeyBelongsToAnotherAppliance_ShouldRefuseAndLeaveDatabaseUnchanged()
    {
        CreateStoreWithOneTeam();
        File.Delete(_temp.Folder.MasterKeyPath);
        using (var foreign = MasterKey.Generate())
        {
            MasterKeyFile.CreateNew(_temp.Folder.MasterKeyPath, foreign);
        }

        var before = Hash(_temp.Folder.DatabasePath);

        var error = Assert.Throws<StoreException>(() => ApplianceStore.Open(_temp.Folder));

        Assert.Contains("hoofdsleutel", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, Hash(_temp.Folder.DatabasePath));
    }

    [Theory]
    [InlineData("random")]
    [InlineData("text")]
    [InlineData("empty")]
    [InlineData("truncated")]
    public void Open_WhenDatabaseFileIsForeignOrDamaged_ShouldRefuseAndLeaveItUnchanged(string kind)
    {
        CreateStoreWithOneTeam();
        var original = File.ReadAllBytes(_temp.Folder.DatabasePath);
        var replacement = kind switch
        {
            "random" => RandomNumberGenerator.GetBytes(3 * 8192),
            "text" => Encoding.UTF8.GetBytes("dit is geen databank\n"),
            "empty" => [],
            _ => original[..(original.Length - 100)],
        };
        File.WriteAllBytes(_temp.Folder.DatabasePath, replacement);

        Assert.Throws<StoreException>(() => ApplianceStore.Open(_temp.Folder));

        Assert.Equal(replacement, File.ReadAllBytes(_temp.Folder.DatabasePath));
    }

    [Fact]
    public void Open_WhenAlreadyOpenElsewhere_ShouldRefuseWithClearError()
    {
        using var first = ApplianceStore.Open(_temp.Folder);

        var error = Record.Exception(() => ApplianceStore.Open(_temp.Folder).Dispose());

        Assert.IsType<StoreException>(error);
    }

    [Fact]
    public void Dossier_WhenStored_ShouldLeaveNoClientNameOrNumberInAnyFile()
    {
        const string Name = "Zoë Vanderstraeten-Oyelaran";
        const string Number = "85073003328";
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var team = store.Accounts.AddTeam("Team Zuid");
            store.Dossiers.Create(team.Id, "D-2026-0001", new ClientProfile(Name, Number, new DateOnly(1985, 7, 30)), DateTimeOffset.UtcNow);
            Assert.Equal(Name, store.Dossiers.ListForTeam(team.Id).Single().Client.FullName);
        }

        foreach (var (path, bytes) in _temp.AllFiles())
        {
            foreach (var needle in new[] { Name, Number, "Vanderstraeten" })
            {
                Assert.False(Contains(bytes, Encoding.UTF8.GetBytes(needle)), $"{needle} found in {path}");
                Assert.False(Contains(bytes, Encoding.Unicode.GetBytes(needle)), $"{needle} (UTF-16) found in {path}");
            }
        }
    }

    [Fact]
    public void Dossier_WhenReopened_ShouldDecryptWithItsOwnKey()
    {
        Guid id;
        var profile = new ClientProfile("Ahmed El Idrissi", "90010112345", null);
        using (var store = ApplianceStore.Open(_temp.Folder))
        {
            var team = store.Accounts.AddTeam("Team Oost");
            id = store.Dossiers.Create(team.Id, "D-1", profile, DateTimeOffset.UtcNow).Id;
        }

        using var reopened = ApplianceStore.Open(_temp.Folder);

        Assert.Equal(profile, reopened.Dossiers.Find(id)?.Client);
        using var key = reopened.Keys.Find(DataKeyStore.DossierOwner(id));
        Assert.NotNull(key);
    }

    private void CreateStoreWithOneTeam()
    {
        using var store = ApplianceStore.Open(_temp.Folder);
        store.Accounts.AddTeam("Team West");
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
