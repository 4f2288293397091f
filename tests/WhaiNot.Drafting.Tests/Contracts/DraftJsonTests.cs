using WhaiNot.Domain.Drafts;
using WhaiNot.Drafting.Contracts;

namespace WhaiNot.Drafting.Tests.Contracts;

public sealed class DraftJsonTests
{
    [Fact]
    public void Write_WhenDraftIsRead_ShouldGiveBackTheContractFields()
    {
        var draft = new Draft(
            new TemplateReference("intakeverslag", "1"),
            "conv-1",
            new EngineInfo("extractive", null, null),
            [
                new DraftSection("huisvesting", "Huisvesting", false, [
                    new DraftSentence("Mevrouw huurt een appartement van 650 euro per maand.", ["s014"], SentenceStatus.Supported),
                    new DraftSentence("Eigen zin.", [], SentenceStatus.Manual),
                    new DraftSentence("Fout.", ["s099"], SentenceStatus.Unsupported, ["bron 's099' bestaat niet in het transcript"]),
                ]),
                new DraftSection("voorstel", "Voorstel van de maatschappelijk werker", true, []),
                new DraftSection("gezondheid", "Gezondheid", false, [], NotApplicable: true),
            ]);

        var json = ContractJson.Write(draft);
        var back = DraftReader.Read(json);

        Assert.Contains("\"modelSha256\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"status\": \"supported\"", json, StringComparison.Ordinal);
        Assert.Contains("\"humanOnly\": true", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"reasons\": null", json, StringComparison.Ordinal);
        Assert.Equal(draft.Sections[0].Sentences[2].Reasons, back.Sections[0].Sentences[2].Reasons);
        Assert.Equal(SentenceStatus.Manual, back.Sections[0].Sentences[1].Status);
        Assert.Equal("1", back.Template.Version);

        // "niet van toepassing" is written only where the worker set it, so engine drafts keep the contract's shape.
        Assert.Equal(1, json.Split("\"notApplicable\"").Length - 1);
        Assert.Equal([false, false, true], back.Sections.Select(s => s.NotApplicable));
    }

    [Theory]
    [InlineData("""{ "template": { "id": "i", "version": "1" }, "transcriptId": "c", "engine": { "name": "x" }, "sections": [ { "id": "a", "heading": "A", "humanOnly": false, "sentences": [ { "text": "t", "sources": ["s1"], "status": "misschien" } ] } ] }""", "onbekende status 'misschien'")]
    [InlineData("""{ "template": { "id": "i", "version": "1" }, "transcriptId": "c", "engine": { "name": "x" }, "sections": [ { "id": "a", "heading": "A", "humanOnly": false, "sentences": [ { "text": "t" } ] } ] }""", "'sources' ontbreekt")]
    [InlineData("""{ "template": { "id": "i", "version": "1" }, "transcriptId": "c", "engine": { "name": "x" }, "sections": [ { "id": "a", "heading": "A", "humanOnly": false, "sentences": [] }, { "id": "a", "heading": "A", "humanOnly": false, "sentences": [] } ] }""", "'a' komt meer dan eens voor")]
    [InlineData("""{ "template": { "id": "i", "version": "1" }, "transcriptId": "c", "engine": { "name": "x" }, "sections": [ { "id": "a", "heading": "A", "humanOnly": false, "notApplicable": "ja", "sentences": [] } ] }""", "'notApplicable' moet true of false zijn")]
    public void Read_WhenDraftBreaksTheContract_ShouldSayWhere(string json, string expected)
    {
        var ex = Assert.Throws<ContractException>(() => DraftReader.Read(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }
}
