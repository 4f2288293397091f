using Bunit;
using WhaiNot.Ui.Components;

namespace WhaiNot.Ui.Tests;

/// <summary>"Valideren" stays disabled, with the reasons listed, until nothing blocks it.</summary>
public sealed class ValidationPanelTests : BunitContext
{
    [Fact]
    public void WithAnUnsupportedSentence_ShouldBeDisabledAndSayWhy()
    {
        var validated = false;
        var panel = Render<ValidationPanel>(p => p
            .Add(c => c.Blockers, ["Valideren kan niet: 1 zin(nen) steunen niet op het gesprek (Huisvesting)."])
            .Add(c => c.OnValidate, () => validated = true));

        var button = panel.Find("[data-testid=validate]");
        Assert.True(button.HasAttribute("disabled"));
        Assert.Contains("Huisvesting", panel.Find("[data-testid=blockers]").TextContent, StringComparison.Ordinal);
        Assert.Equal("validate-blockers", button.GetAttribute("aria-describedby"));
        Assert.False(validated);
    }

    [Fact]
    public void WithUnsavedEdits_ShouldBeDisabledEvenWithoutBlockers()
    {
        var panel = Render<ValidationPanel>(p => p.Add(c => c.Blockers, []).Add(c => c.Unsaved, true));

        Assert.True(panel.Find("[data-testid=validate]").HasAttribute("disabled"));
        Assert.Contains(UiTexts.Reports.Unsaved, panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNothingBlocking_ShouldValidateOnClick()
    {
        var validated = false;
        var panel = Render<ValidationPanel>(p => p.Add(c => c.Blockers, []).Add(c => c.OnValidate, () => validated = true));

        var button = panel.Find("[data-testid=validate]");
        Assert.False(button.HasAttribute("disabled"));
        Assert.Empty(panel.FindAll("[data-testid=blockers]"));
        button.Click();
        Assert.True(validated);
    }
}
