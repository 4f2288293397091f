using Bunit;
using WhaiNot.Ui.Components;

namespace WhaiNot.Ui.Tests;

/// <summary>The consent screen gives yes and no the same weight and never asks why.</summary>
public sealed class ConsentFormTests : BunitContext
{
    [Fact]
    public void ConsentForm_ShouldOfferBothWaysWithTheSameWeightAndNothingPreselected()
    {
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, _ => { }));

        var confirm = form.Find("[data-testid=consent-confirm]");
        var without = form.Find("[data-testid=consent-without]");
        Assert.Equal(confirm.ClassName, without.ClassName);
        Assert.Equal(confirm.ParentElement, without.ParentElement);
        Assert.Equal(confirm.TagName, without.TagName);
        Assert.Empty(form.FindAll("input[type=radio][checked]"));
        Assert.Equal(6, form.FindAll("input[type=radio]").Count);
    }

    [Fact]
    public void ConsentForm_ShouldHaveNoReasonField()
    {
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, _ => { }));

        Assert.Empty(form.FindAll("textarea"));
        Assert.Empty(form.FindAll("input:not([type=radio])"));
        Assert.DoesNotContain("reden", form.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("waarom", form.Find(".scopes").TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WithoutRecording_ShouldRefuseEveryScope()
    {
        ConsentForm.Choice? chosen = null;
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, choice => chosen = choice));

        form.Find("[data-testid=consent-without]").Click();

        Assert.Equal(new ConsentForm.Choice(false, false, false), chosen);
    }

    [Fact]
    public void Confirm_BeforeEachQuestionIsAnswered_ShouldAskForAnAnswerAndChooseNothing()
    {
        ConsentForm.Choice? chosen = null;
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, choice => chosen = choice));

        form.FindAll("input[name=recording]")[0].Change(true);
        form.Find("[data-testid=consent-confirm]").Click();

        Assert.Null(chosen);
        Assert.Contains(UiTexts.Consent.ChooseEach, form.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void NoToRecording_ShouldAnswerNoForTheScopesThatBuildOnIt()
    {
        ConsentForm.Choice? chosen = null;
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, choice => chosen = choice));

        form.FindAll("input[name=recording]")[1].Change(true);
        form.Find("[data-testid=consent-confirm]").Click();

        Assert.Equal(new ConsentForm.Choice(false, false, false), chosen);
        Assert.All(form.FindAll("fieldset.scope").Skip(1), f => Assert.True(f.HasAttribute("disabled")));
    }

    [Fact]
    public void YesToAll_ShouldChooseAllThreeScopes()
    {
        ConsentForm.Choice? chosen = null;
        var form = Render<ConsentForm>(p => p.Add(c => c.OnChoice, choice => chosen = choice));

        foreach (var name in new[] { "recording", "transcription", "ai" })
        {
            form.FindAll($"input[name={name}]")[0].Change(true);
        }

        form.Find("[data-testid=consent-confirm]").Click();

        Assert.Equal(new ConsentForm.Choice(true, true, true), chosen);
    }
}
