using Bunit;
using WhaiNot.Application.Audit;
using WhaiNot.Application.Settings;
using WhaiNot.Domain.Refusals;
using WhaiNot.Ui.Components;

namespace WhaiNot.Ui.Tests;

/// <summary>The DPO's filter: the form passes on what was typed, and the one check (shared with /api/audit) refuses bad input in Dutch.</summary>
public sealed class AuditFilterTests : BunitContext
{
    private static readonly ApplianceTimeZone Brussels = ApplianceTimeZone.Find("Europe/Brussels");

    [Fact]
    public void Form_OnSearch_ShouldPassWhatWasTyped()
    {
        AuditFilterForm.Values? searched = null;
        var form = Render<AuditFilterForm>(p => p.Add(c => c.From, "2026-12-01").Add(c => c.OnSearch, v => searched = v));

        form.Find("#audit-action").Change("dossier.read");
        form.Find("#audit-actor").Change("an.peeters");
        form.Find("#audit-to").Change("2026-12-07");
        form.Find("form").Submit();

        Assert.Equal(new AuditFilterForm.Values("dossier.read", "an.peeters", "2026-12-01", "2026-12-07"), searched);
    }

    [Fact]
    public void Form_ShouldOfferTheKnownActionNames()
    {
        var form = Render<AuditFilterForm>(p => p.Add(c => c.OnSearch, _ => { }));

        Assert.Contains(form.FindAll("#audit-actions option"), o => o.GetAttribute("value") == "dossier.read");
    }

    [Theory]
    [InlineData("DROP TABLE", null, null, null, "Een actie bestaat uit kleine letters")]
    [InlineData(null, "an peeters", null, null, "Een gebruikersnaam heeft geen spaties")]
    [InlineData(null, null, "7-12-2026", null, "Geef de periode als JJJJ-MM-DD")]
    [InlineData(null, null, "2026-12-07", "2026-12-01", "niet vóór de begindatum")]
    public void Check_BadInput_ShouldRefuseInDutch(string? action, string? actor, string? from, string? to, string expected)
    {
        var refusal = Assert.Throws<InvalidRequestRefusal>(() => AuditBrowser.Check(new AuditFilter(action, actor, from, to), Brussels));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_APeriod_ShouldCoverWholeDaysInBrusselsTime()
    {
        var query = AuditBrowser.Check(new AuditFilter(" dossier.read ", "", "2026-12-01", "2026-12-01"), Brussels);

        Assert.Equal("dossier.read", query.Action);
        Assert.Null(query.Actor);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), query.FromUtc);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 23, 0, 0, TimeSpan.Zero), query.ToUtc);
        Assert.Equal(AuditBrowser.DefaultPage, query.Limit);
    }
}
