using WhaiNot.Drafting.Templates;

namespace WhaiNot.Drafting.Tests.Templates;

public sealed class TemplateLibraryTests
{
    private static readonly string[] IntakeIds =
        ["aanmelding", "identiteit_gezin", "verblijf", "huisvesting", "inkomsten", "uitgaven_schulden", "werk_opleiding", "gezondheid", "sociaal_netwerk", "afspraken", "voorstel"];

    [Fact]
    public void Shipped_WhenLoaded_ShouldHoldAllEightDocumentTypes()
    {
        var library = TemplateLibrary.Shipped();

        Assert.Equal(
            ["brief-client", "doorverwijzing", "dossiernota-bcsd", "evaluatieverslag", "intakeverslag", "sociaal-verslag", "trajectverslag-gpmi", "verslag-mdo"],
            library.All.Select(t => t.Id).Distinct());
        Assert.Equal(library.All.Count, library.All.Select(t => (t.Id, t.Version)).Distinct().Count());
        Assert.All(library.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Owner));
            Assert.False(string.IsNullOrWhiteSpace(t.Reason));
            Assert.Equal(t.Sections.Count, t.Sections.Select(s => s.Id).Distinct().Count());
            Assert.All(t.Sections, s => Assert.Equal(s.HumanOnly, s.Cues.IsEmpty));
        });
    }

    [Fact]
    public void Intakeverslag_WhenLoaded_ShouldHaveExactlyTheContractSectionIdsInOrder()
    {
        var intake = TemplateLibrary.Shipped().Find("intakeverslag", "1");

        Assert.Equal(IntakeIds, intake.Sections.Select(s => s.Id));
        Assert.Equal(["voorstel"], intake.Sections.Where(s => s.HumanOnly).Select(s => s.Id));
        Assert.Equal("Huisvesting", intake.Section("huisvesting")!.Heading);
    }

    [Theory]
    [InlineData("sociaal-verslag", "analyse_voorstel")]
    [InlineData("trajectverslag-gpmi", "ondertekening")]
    [InlineData("evaluatieverslag", "conclusie_voorstel")]
    [InlineData("dossiernota-bcsd", "voorstel_beslissing")]
    [InlineData("dossiernota-bcsd", "advies_leidinggevende")]
    public void Shipped_WhenSectionIsForHumansOnly_ShouldBeMarkedHumanOnly(string template, string section)
    {
        Assert.True(TemplateLibrary.Shipped().Latest(template).Section(section)!.HumanOnly);
    }

    [Fact]
    public void Find_WhenTemplateIsUnknown_ShouldSayWhichExistInDutch()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateLibrary.Shipped().Find("weekverslag"));

        Assert.Contains("Onbekend sjabloon 'weekverslag'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("intakeverslag", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_WhenVersionIsUnknown_ShouldSayWhichVersionsExist()
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateLibrary.Shipped().Find("intakeverslag", "7"));

        Assert.Contains("geen versie '7'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Latest_WhenTwoVersionsExist_ShouldReturnTheHighest()
    {
        var v1 = TemplateLibrary.Shipped().Find("intakeverslag");
        var library = new TemplateLibrary([v1, v1 with { Version = "2" }, v1 with { Version = "10" }]);

        Assert.Equal("10", library.Latest("intakeverslag").Version);
        Assert.Equal("2", library.Find("intakeverslag", "2").Version);
    }

    [Theory]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"2026-01-01","owner":"o","reason":"r","sections":[{"id":"a","heading":"A","required":true,"humanOnly":true,"description":"d","cues":{"strong":["huur"]}}]}""", "humanOnly")]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"2026-01-01","owner":"o","reason":"r","sections":[{"id":"a","heading":"A","required":true,"humanOnly":false,"description":"d"}]}""", "minstens één cue")]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"2026-01-01","owner":"o","reason":"r","sections":[{"id":"a","heading":"A","required":true,"humanonly":false,"description":"d"}]}""", "onbekend veld 'humanonly'")]
    [InlineData("""{"id":"x","version":"een","title":"X","date":"2026-01-01","owner":"o","reason":"r","sections":[]}""", "versie")]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"1/1/2026","owner":"o","reason":"r","sections":[]}""", "JJJJ-MM-DD")]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"2026-01-01","reason":"r","sections":[{"id":"a","heading":"A","required":true,"humanOnly":true,"description":"d"}]}""", "'owner' ontbreekt")]
    [InlineData("""{"id":"x","version":"1","title":"X","date":"2026-01-01","owner":"o","reason":"r","sections":[]}""", "geen secties")]
    [InlineData("""{"id":"x","version":"1",""", "geen geldige JSON")]
    public void Read_WhenDefinitionIsInvalid_ShouldRefuseInDutch(string json, string expected)
    {
        var ex = Assert.Throws<TemplateException>(() => TemplateReader.Read(json, "'x.v1.json'"));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
