using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace WhaiNot.Appliance.Tests.Browser;

/// <summary>
/// axe-core (embedded in Deque.AxeCore.Playwright, no download) on the screen a page shows now:
/// WCAG 2.1 A and AA rules, and no serious or critical violation may remain.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Serious = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is now and fails the test with every serious or critical violation.</summary>
    /// <param name="screen">The screen's name, for the failure message.</param>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string screen)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } };
        var result = await page.RunAxe(options);
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on '{screen}' ({page.Url})");
        var serious = result.Violations.Where(v => Serious.Contains(v.Impact)).ToList();
        Assert.True(serious.Count == 0, $"axe on '{screen}' ({page.Url}):\n" + string.Join("\n", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"- {violation.Impact} {violation.Id}: {violation.Help}\n" + string.Join("\n", violation.Nodes.Take(5).Select(n => $"    {n.Html}"));
}
