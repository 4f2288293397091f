using Bunit;
using WhaiNot.Ui.Components;

namespace WhaiNot.Ui.Tests;

/// <summary>The rijksregisternummer stays masked until the worker asks the box for it.</summary>
public sealed class NationalNumberFieldTests : BunitContext
{
    [Fact]
    public void BeforeTheAsk_ShouldShowOnlyTheBirthDatePart()
    {
        var field = Render<NationalNumberField>(p => p.Add(c => c.Digits, "85073003328"));

        var shown = field.Find("[data-testid=national-number]").TextContent;
        Assert.Equal("85.07.30-•••.••", shown);
        Assert.DoesNotContain("03328", field.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("033.28", field.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAsk_ShouldGoToTheBoxAndShowWhatItGives()
    {
        var asked = 0;
        var field = Render<NationalNumberField>(p => p.Add(c => c.Digits, "85073003328").Add(c => c.OnReveal, () => asked++));

        field.Find("button").Click();
        Assert.Equal(1, asked);
        Assert.Equal("85.07.30-•••.••", field.Find("[data-testid=national-number]").TextContent);

        field.Render(p => p.Add(c => c.Revealed, "85.07.30-033.28"));
        Assert.Equal("85.07.30-033.28", field.Find("[data-testid=national-number]").TextContent);
        Assert.Empty(field.FindAll("button"));
    }
}
