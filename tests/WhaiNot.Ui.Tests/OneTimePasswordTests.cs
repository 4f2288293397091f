using Bunit;
using WhaiNot.Ui.Components;

namespace WhaiNot.Ui.Tests;

/// <summary>A generated password is shown once: closing the notice forgets it, a new one shows again.</summary>
public sealed class OneTimePasswordTests : BunitContext
{
    [Fact]
    public void Shown_ThenClosed_ShouldLeaveNoTraceOfThePassword()
    {
        var closed = 0;
        var notice = Render<OneTimePassword>(p => p
            .Add(c => c.Username, "nieuw.lid")
            .Add(c => c.Password, "geheim-123")
            .Add(c => c.OnClosed, () => closed++));

        Assert.Equal("geheim-123", notice.Find("[data-testid=password]").TextContent);
        Assert.Contains("nieuw.lid", notice.Markup, StringComparison.Ordinal);

        notice.Find("button").Click();

        Assert.DoesNotContain("geheim-123", notice.Markup, StringComparison.Ordinal);
        Assert.Equal(1, closed);
    }

    [Fact]
    public void ANewPassword_AfterClosing_ShouldBeShownAgain()
    {
        var notice = Render<OneTimePassword>(p => p.Add(c => c.Username, "a").Add(c => c.Password, "eerste"));
        notice.Find("button").Click();

        notice.Render(p => p.Add(c => c.Username, "a").Add(c => c.Password, "tweede"));

        Assert.Equal("tweede", notice.Find("[data-testid=password]").TextContent);
    }

    [Fact]
    public void WithoutAPassword_ShouldShowNothing()
    {
        var notice = Render<OneTimePassword>(p => p.Add(c => c.Username, "a"));

        Assert.Empty(notice.FindAll("[data-testid=one-time-password]"));
    }
}
