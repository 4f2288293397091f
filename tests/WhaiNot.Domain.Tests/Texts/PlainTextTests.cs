using WhaiNot.Domain.Texts;

namespace WhaiNot.Domain.Tests.Texts;

public sealed class PlainTextTests
{
    [Theory]
    [InlineData("Jan\u202Esreteep", "Jan\uFFFDsreteep")] // right-to-left override
    [InlineData("Jan\0Peeters", "Jan\uFFFDPeeters")] // NUL
    [InlineData("\u001B[31mJan", "\uFFFD[31mJan")] // ANSI escape
    [InlineData("Jan\u2066Peeters\u2069", "Jan\uFFFDPeeters\uFFFD")] // isolates
    public void Printable_makes_each_invisible_control_character_visible(string stored, string printed)
    {
        Assert.Equal(printed, PlainText.Printable(stored));
        Assert.Null(PlainText.Problem(PlainText.Printable(stored).Replace("\uFFFD", "", StringComparison.Ordinal), "Naam", 200));
    }

    [Theory]
    [InlineData("Jan Peeters")]
    [InlineData("Zoë Çelik-Dubois")]
    [InlineData("👩‍👧 Famke")] // zero-width joiner inside an emoji stays
    public void Printable_leaves_ordinary_names_alone(string name)
    {
        Assert.Same(name, PlainText.Printable(name));
    }

    [Fact]
    public void Problem_names_the_invisible_character_in_Dutch()
    {
        var problem = PlainText.Problem("Jan\u202EPeeters", "Naam", 200);

        Assert.Contains("U+202E", problem, StringComparison.Ordinal);
        Assert.Contains("onzichtbaar stuurteken", problem, StringComparison.Ordinal);
    }
}
