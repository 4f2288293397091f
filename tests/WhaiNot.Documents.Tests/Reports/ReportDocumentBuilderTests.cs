using WhaiNot.Documents.Reports;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Reports;

namespace WhaiNot.Documents.Tests.Reports;

/// <summary>What a report looks like as a document, checked on the model the renderers print.</summary>
public sealed class ReportDocumentBuilderTests
{
    [Fact]
    public void Build_WhenDraft_ShouldBeMarkedOntwerpAndSayNotValidated()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");

        // Act
        var document = ReportSamples.Build(template, validated: false);

        // Assert
        Assert.True(document.Draft);
        Assert.Equal("Intakeverslag", document.Title);
        Assert.Equal("Dossier SD-2026-0101 – gesprek van 23 november 2026", document.Subtitle);
        Assert.Equal(
            [
                "OCMW: OCMW Voorbeeldstad",
                "Dossier: SD-2026-0101",
                "Cliënt: Mevrouw Verhaegen",
                "Maatschappelijk werker: An Peeters",
                "Sjabloon: intakeverslag, versie 1",
                "Verslagversie: 2",
                "Status: Ontwerp — niet gevalideerd",
            ],
            document.Metadata);
        Assert.DoesNotContain(document.Blocks, b => b is Signature);
    }

    [Fact]
    public void Build_WhenValidated_ShouldNotBeDraftAndShowWhoValidatedWhenAndSign()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");

        // Act
        var document = ReportSamples.Build(template, validated: true);

        // Assert
        Assert.False(document.Draft);
        Assert.Equal("Status: Gevalideerd op 3 december 2026 om 14:05 door An Peeters", document.Metadata[^1]);
        Assert.Equal(new Signature("An Peeters", "maatschappelijk werker"), document.Blocks[^1]);
    }

    [Fact]
    public void Build_WhenSomeoneElseValidated_ShouldNameAndSignWithThem()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var version = ReportSamples.Version(template, validated: true);

        // Act
        var document = ReportDocumentBuilder.Build(
            ReportSamples.Draft(template), template, ReportSamples.Times, version, ["Verklaring."], ReportSamples.Header() with { ValidatorName = "Jeroen Maes" });

        // Assert
        Assert.Equal("Status: Gevalideerd op 3 december 2026 om 14:05 door Jeroen Maes", document.Metadata[^1]);
        Assert.Equal("Maatschappelijk werker: An Peeters", document.Metadata[3]);
        Assert.Equal(new Signature("Jeroen Maes", "maatschappelijk werker"), document.Blocks[^1]);
    }

    [Fact]
    public void Build_WithTheTemplate_ShouldShowEverySectionInTemplateOrderWithItsSentence()
    {
        // Arrange
        var template = ReportSamples.Template("sociaal-verslag");

        // Act
        var document = ReportSamples.Build(template, validated: false);

        // Assert
        var headings = document.Blocks.OfType<Heading>().Select(h => h.Text).ToList();
        Assert.Equal([.. template.Sections.Select(s => s.Heading), AiStatement.Heading], headings);
        var first = template.Sections[0];
        Assert.Equal($"[{ReportSamples.FirstLabel}]", ReportSamples.LabelOf(document, ReportSamples.SentenceFor(first)));
    }

    [Fact]
    public void Build_WhenSourcesLiePastAnHour_ShouldWriteHoursMinutesSeconds()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        Draft content = ReportSamples.Draft(template, (s, i) => [new DraftSentence("Na een uur.", ["s16", "s11"], SentenceStatus.Supported)]);

        // Act
        var document = ReportSamples.Build(template, validated: false, content);

        // Assert: s11 lies at 10:05, s16 at 1:00:05.
        Assert.Equal("[bron: 10:05–10:13, 1:00:05–1:00:13]", document.Blocks.OfType<SentenceWithSources>().First().SourceLabel);
    }

    [Fact]
    public void Build_WhenTranscriptWasDestroyedAfterRevocation_ShouldSayTheSourceWasRemoved()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");

        // Act
        var document = ReportSamples.Build(template, validated: true, sources: ReportSamples.Destroyed);

        // Assert
        Assert.All(
            document.Blocks.OfType<SentenceWithSources>(),
            s => Assert.Equal("[bron verwijderd na intrekking toestemming]", s.SourceLabel));
    }

    [Fact]
    public void Build_WithTheWorkersOwnSentence_ShouldLabelItAsTheirOwnFinding()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template);
        var voorstel = content.Sections.Single(s => s.Id == "voorstel") with
        {
            Sentences = [new DraftSentence("Ik stel een leefloon voor.", [], SentenceStatus.Manual)],
        };
        content = content with { Sections = [.. content.Sections.Select(s => s.Id == voorstel.Id ? voorstel : s)] };

        // Act
        var document = ReportSamples.Build(template, validated: true, content);

        // Assert
        Assert.Equal("[eigen vaststelling van de maatschappelijk werker]", ReportSamples.LabelOf(document, "Ik stel een leefloon voor."));
    }

    [Fact]
    public void Build_WhenDraftHasAnUnsupportedSentence_ShouldMarkItWithItsReasons()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template, (s, i) => i == 0
            ? [new DraftSentence("Mevrouw betaalt 900 euro huur.", ["s1"], SentenceStatus.Unsupported, ["het getal 900 staat niet in de bron"])]
            : []);

        // Act
        var document = ReportSamples.Build(template, validated: false, content);

        // Assert
        Assert.Equal(
            "[NIET GESTAAFD: het getal 900 staat niet in de bron — bron: 03:12–03:25]",
            ReportSamples.LabelOf(document, "Mevrouw betaalt 900 euro huur."));
    }

    [Fact]
    public void Build_WhenValidatedReportHasAnUnsupportedSentence_ShouldRefuse()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template, (s, i) => [new DraftSentence("Niet gestaafd.", ["s1"], SentenceStatus.Unsupported, ["reden"])]);

        // Act
        var act = () => ReportSamples.Build(template, validated: true, content);

        // Assert
        Assert.Throws<ArgumentException>("content", act);
    }

    [Fact]
    public void Build_WithEmptySections_ShouldSayNotDiscussedAndLeaveHumanOnlyToTheWorkerInADraft()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template, (s, i) => []);

        // Act
        var draft = ReportSamples.Build(template, validated: false, content);
        var validated = ReportSamples.Build(template, validated: true, content);

        // Assert
        Assert.Equal("In te vullen door de maatschappelijk werker.", TextAfter(draft, "Voorstel van de maatschappelijk werker"));
        Assert.Equal("Niet besproken.", TextAfter(draft, "Huisvesting"));
        Assert.Equal("Niet besproken.", TextAfter(validated, "Voorstel van de maatschappelijk werker"));
        Assert.Empty(draft.Blocks.OfType<SentenceWithSources>());
    }

    [Fact]
    public void Build_WhenASectionIsMissingFromTheContent_ShouldStillShowItAsNotDiscussed()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template);
        content = content with { Sections = [.. content.Sections.Where(s => s.Id != "huisvesting")] };

        // Act
        var document = ReportSamples.Build(template, validated: false, content);

        // Assert
        Assert.Equal("Niet besproken.", TextAfter(document, "Huisvesting"));
    }

    [Fact]
    public void Build_WhenContentFollowsAnotherTemplate_ShouldRefuse()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var other = ReportSamples.Draft(ReportSamples.Template("sociaal-verslag"));

        // Act
        var act = () => ReportSamples.Build(template, validated: false, other);

        // Assert
        Assert.Throws<ArgumentException>("template", act);
    }

    [Fact]
    public void Build_WhenContentHasASectionTheTemplateLacks_ShouldRefuse()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var content = ReportSamples.Draft(template);
        content = content with { Sections = [.. content.Sections, new DraftSection("onbekend", "Onbekend", false, [])] };

        // Act
        var act = () => ReportSamples.Build(template, validated: false, content);

        // Assert
        Assert.Throws<ArgumentException>("content", act);
    }

    [Fact]
    public void Build_Always_ShouldEndWithTheAiStatement()
    {
        // Arrange
        var template = ReportSamples.Template("intakeverslag");
        var version = ReportSamples.Version(template, validated: false);
        var statement = AiStatement.For(version, ReportSamples.Worker, ReportSamples.Brussels);

        // Act
        var document = ReportDocumentBuilder.Build(ReportSamples.Draft(template), template, ReportSamples.Times, version, statement, ReportSamples.Header());

        // Assert
        var tail = document.Blocks.TakeLast(statement.Count + 1).ToList();
        Assert.Equal(new Heading(AiStatement.Heading), tail[0]);
        Assert.Equal(statement, tail.Skip(1).Cast<Paragraph>().Select(p => p.Text));
    }

    private static string TextAfter(OcmwDocument document, string heading)
    {
        var at = document.Blocks.ToList().FindIndex(b => b is Heading h && h.Text == heading);
        Assert.True(at >= 0, $"No heading '{heading}'.");
        return Assert.IsType<Paragraph>(document.Blocks[at + 1]).Text;
    }
}
