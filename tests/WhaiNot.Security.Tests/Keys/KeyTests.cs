using System.Security.Cryptography;
using System.Text;
using WhaiNot.Security.Keys;

namespace WhaiNot.Security.Tests.Keys;

public sealed class KeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("whainot-keys-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void DataKey_SealThenOpen_ShouldRoundTripAndHideThePlaintext()
    {
        using var key = DataKey.Generate();
        var plaintext = Encoding.UTF8.GetBytes("Marieke Verhaegen 91021512345");

        var sealedBytes = key.Seal(plaintext, "ctx"u8);

        Assert.Equal(plaintext, key.Open(sealedBytes, "ctx"u8));
        Assert.True(sealedBytes.AsSpan().IndexOf("Marieke"u8) < 0);
    }

    [Fact]
    public void DataKey_OpenWithOtherContextOrKeyOrTamperedBytes_ShouldThrow()
    {
        using var key = DataKey.Generate();
        using var other = DataKey.Generate();
        var sealedBytes = key.Seal("geheim"u8, "dossier:1"u8);
        var tampered = (byte[])sealedBytes.Clone();
        tampered[^1] ^= 1;

        Assert.ThrowsAny<CryptographicException>(() => key.Open(sealedBytes, "dossier:2"u8));
        Assert.ThrowsAny<CryptographicException>(() => other.Open(sealedBytes, "dossier:1"u8));
        Assert.ThrowsAny<CryptographicException>(() => key.Open(tampered, "dossier:1"u8));
        Assert.ThrowsAny<CryptographicException>(() => key.Open([1, 2, 3], "dossier:1"u8));
    }

    [Fact]
    public void KeyWrapper_WhenUnwrappedForAnotherOwner_ShouldThrow()
    {
        using var master = MasterKey.Generate();
        using var wrapper = KeyWrapper.FromMasterKey(master);
        using var key = DataKey.Generate();
        var wrapped = wrapper.Wrap(key, "dossier:a");

        using var back = wrapper.Unwrap(wrapped, "dossier:a");

        Assert.Equal(key.Seal("x"u8, []).Length, back.Seal("x"u8, []).Length);
        Assert.Equal("x"u8.ToArray(), back.Open(key.Seal("x"u8, []), []));
        Assert.ThrowsAny<CryptographicException>(() => wrapper.Unwrap(wrapped, "dossier:b"));
    }

    [Fact]
    public void MasterKey_DeriveKey_ShouldDifferPerPurposeAndBeStable()
    {
        using var master = MasterKey.Generate();

        Assert.NotEqual(master.DeriveKey(KeyPurpose.Database), master.DeriveKey(KeyPurpose.TokenSigning));
        Assert.Equal(master.DeriveKey(KeyPurpose.Database), master.DeriveKey(KeyPurpose.Database));
    }

    [Fact]
    public void MasterKeyFile_WriteThenRead_ShouldGiveTheSameKey()
    {
        var path = Path.Combine(_folder, "master.key");
        using var master = MasterKey.Generate();

        MasterKeyFile.CreateNew(path, master);
        using var read = MasterKeyFile.Read(path);

        Assert.Equal(master.DeriveKey("t"), read.DeriveKey("t"));
    }

    [Fact]
    public void MasterKeyFile_CreateNew_WhenFileExists_ShouldRefuseAndKeepIt()
    {
        var path = Path.Combine(_folder, "master.key");
        using var first = MasterKey.Generate();
        using var second = MasterKey.Generate();
        MasterKeyFile.CreateNew(path, first);
        var before = File.ReadAllBytes(path);

        Assert.Throws<KeyFileException>(() => MasterKeyFile.CreateNew(path, second));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void MasterKeyFile_Read_WhenMissing_ShouldSayItIsMissing()
    {
        var error = Assert.Throws<KeyFileException>(() => MasterKeyFile.Read(Path.Combine(_folder, "nope.key")));

        Assert.Contains("ontbreekt", error.Message, StringComparison.Ordinal);
    }
}
