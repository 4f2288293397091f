using System.Text;
using System.Text.RegularExpressions;
using WhaiNot.Security.Passwords;

namespace WhaiNot.Security.Tests.Passwords;

public sealed class Argon2idPasswordHasherTests
{
    // Cheap parameters keep the suite fast; the algorithm is the same at any cost.
    private static readonly Argon2Settings CheapSettings = new(1024, 1, 1);

    [Fact]
    public void Default_WhenRead_ShouldBeOwaspMinimum()
    {
        // Arrange
        var expected = new Argon2Settings(19456, 2, 1);

        // Act
        var actual = Argon2Settings.Default;

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Hash_WhenCalledWithDefaultSettings_ShouldProducePhcString()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(Argon2Settings.Default);

        // Act
        var encoded = hasher.Hash("correct horse battery staple");

        // Assert: 16-byte salt is 22 base64 characters, 32-byte hash is 43, no padding.
        Assert.Matches(
            new Regex(@"^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$"),
            encoded);
    }

    [Fact]
    public void Verify_WhenPasswordIsCorrect_ShouldReturnTrue()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(Argon2Settings.Default);
        var encoded = hasher.Hash("Zomer2025!");

        // Act
        var result = hasher.Verify("Zomer2025!", encoded);

        // Assert
        Assert.True(result);
    }

    [Fact]
    public void Verify_WhenPasswordIsWrong_ShouldReturnFalse()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var encoded = hasher.Hash("Zomer2025!");

        // Act
        var result = hasher.Verify("zomer2025!", encoded);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Verify_WhenPasswordIsEmptyAndHashIsOfEmptyPassword_ShouldReturnTrue()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var encoded = hasher.Hash(string.Empty);

        // Act
        var result = hasher.Verify(string.Empty, encoded);

        // Assert
        Assert.True(result);
    }

    [Fact]
    public void Hash_WhenCalledTwiceWithSamePassword_ShouldProduceDifferentHashes()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);

        // Act
        var first = hasher.Hash("hetzelfde");
        var second = hasher.Hash("hetzelfde");

        // Assert
        Assert.NotEqual(first, second);
        Assert.NotEqual(first.Split('$')[4], second.Split('$')[4]);
        Assert.True(hasher.Verify("hetzelfde", first));
        Assert.True(hasher.Verify("hetzelfde", second));
    }

    [Theory]
    [InlineData(5)] // the hash
    [InlineData(4)] // the salt
    public void Verify_WhenEncodedPartIsTampered_ShouldReturnFalse(int part)
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var parts = hasher.Hash("geheim").Split('$');
        var chars = parts[part].ToCharArray();
        chars[2] = chars[2] == 'A' ? 'B' : 'A';
        parts[part] = new string(chars);
        var tampered = string.Join('$', parts);

        // Act
        var result = hasher.Verify("geheim", tampered);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Verify_WhenParametersAreTampered_ShouldReturnFalse()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var tampered = hasher.Hash("geheim").Replace("t=1", "t=2", StringComparison.Ordinal);

        // Act
        var result = hasher.Verify("geheim", tampered);

        // Assert
        Assert.False(result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("geheim")]
    [InlineData("$")]
    [InlineData("$$$$$")]
    [InlineData("$argon2id$")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4$extra")]
    [InlineData("argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2d$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=16$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$t=1,m=1024,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1,x=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=-1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=+1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m= 1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1e3,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=99999999999,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=4194304,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1048577,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=11,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=2147483647,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=0,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=0$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=255$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=7,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ=$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXN hbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR_uIPnA4rEsF5h7TKyQwu9U1bMCHGi-4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4x")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29t$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$bmY2NQ")]
    [InlineData("$ARGON2ID$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    public void Verify_WhenEncodedHashIsMalformed_ShouldReturnFalseWithoutThrowing(string encoded)
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);

        // Act
        var result = hasher.Verify("password", encoded);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Verify_WhenEncodedHashIsNull_ShouldReturnFalse()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);

        // Act
        var result = hasher.Verify("password", null!);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Verify_WhenEncodedHashIsHuge_ShouldReturnFalse()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var encoded = "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHQ$" + new string('A', 100_000);

        // Act
        var result = hasher.Verify("password", encoded);

        // Assert
        Assert.False(result);
    }

    [Fact]
    public void Verify_WhenHashWasMadeWithOtherSettings_ShouldReturnTrue()
    {
        // Arrange
        var oldHasher = new Argon2idPasswordHasher(new Argon2Settings(2048, 3, 2));
        var encoded = oldHasher.Hash("Oud wachtwoord");
        var currentHasher = new Argon2idPasswordHasher(CheapSettings);

        // Act
        var result = currentHasher.Verify("Oud wachtwoord", encoded);

        // Assert
        Assert.StartsWith("$argon2id$v=19$m=2048,t=3,p=2$", encoded, StringComparison.Ordinal);
        Assert.True(result);
    }

    [Theory]
    [InlineData("$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4")]
    [InlineData("$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")]
    public void Verify_WhenHashComesFromReferenceImplementation_ShouldReturnTrue(string encoded)
    {
        // Arrange: vectors from the Argon2 reference implementation (phc-winner-argon2, src/test.c),
        // password "password", salt "somesalt".
        var hasher = new Argon2idPasswordHasher(Argon2Settings.Default);

        // Act
        var correct = hasher.Verify("password", encoded);
        var wrong = hasher.Verify("passwore", encoded);

        // Assert
        Assert.True(correct);
        Assert.False(wrong);
    }

    [Fact]
    public void Verify_WhenPasswordUsesOtherUnicodeNormalization_ShouldReturnTrue()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);
        var composed = "Café-Zoë".Normalize(NormalizationForm.FormC);
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        var encoded = hasher.Hash(composed);

        // Act
        var result = hasher.Verify(decomposed, encoded);

        // Assert
        Assert.NotEqual(composed, decomposed);
        Assert.True(result);
    }

    [Fact]
    public void VerifyDummy_WhenCalled_ShouldCompleteWithoutThrowing()
    {
        // Arrange
        var hasher = new Argon2idPasswordHasher(CheapSettings);

        // Act
        var exception = Record.Exception(() => hasher.VerifyDummy("wat dan ook"));

        // Assert
        Assert.Null(exception);
    }

    [Theory]
    [InlineData(1024, 0, 1)]
    [InlineData(1024, 11, 1)]
    [InlineData(1024, 1, 0)]
    [InlineData(1024, 1, 17)]
    [InlineData(7, 1, 1)]
    [InlineData(1024 * 1024 + 1, 1, 1)]
    public void Constructor_WhenSettingsAreOutOfBounds_ShouldThrow(int memoryKiB, int iterations, int parallelism)
    {
        // Arrange
        var settings = new Argon2Settings(memoryKiB, iterations, parallelism);

        // Act
        var exception = Record.Exception(() => new Argon2idPasswordHasher(settings));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }
}
