using WhaiNot.Security.Passwords;

namespace WhaiNot.Security.Tests.Passwords;

public sealed class PasswordGeneratorTests
{
    private const string Ambiguous = "0O1lI";

    [Fact]
    public void Generate_WhenCalledWithoutLength_ShouldReturnTwentyCharacters()
    {
        // Arrange / Act
        var password = PasswordGenerator.Generate();

        // Assert
        Assert.Equal(20, password.Length);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(32)]
    [InlineData(128)]
    public void Generate_WhenLengthIsGiven_ShouldReturnThatLength(int length)
    {
        // Arrange / Act
        var password = PasswordGenerator.Generate(length);

        // Assert
        Assert.Equal(length, password.Length);
    }

    [Theory]
    [InlineData(11)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Generate_WhenLengthIsBelowTwelve_ShouldThrow(int length)
    {
        // Arrange / Act
        var exception = Record.Exception(() => PasswordGenerator.Generate(length));

        // Assert
        Assert.IsType<ArgumentOutOfRangeException>(exception);
    }

    [Fact]
    public void Generate_WhenCalledOften_ShouldUseOnlyUnambiguousLettersAndDigits()
    {
        // Arrange
        var used = new HashSet<char>();

        // Act
        for (var i = 0; i < 1000; i++)
        {
            used.UnionWith(PasswordGenerator.Generate());
        }

        // Assert
        Assert.DoesNotContain(used, c => Ambiguous.Contains(c, StringComparison.Ordinal));
        Assert.All(used, c => Assert.True(char.IsAsciiLetterOrDigit(c), $"unexpected character '{c}'"));

        // 20,000 draws from 57 characters: every one of them shows up unless the draw is skewed.
        Assert.Equal(PasswordGenerator.Alphabet.Length, used.Count);
    }

    [Fact]
    public void Generate_WhenCalledRepeatedly_ShouldNotRepeatPasswords()
    {
        // Arrange
        var passwords = new HashSet<string>(StringComparer.Ordinal);

        // Act
        for (var i = 0; i < 10_000; i++)
        {
            passwords.Add(PasswordGenerator.Generate(12));
        }

        // Assert
        Assert.Equal(10_000, passwords.Count);
    }
}
