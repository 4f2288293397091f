using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;
using WhaiNot.Domain.Templates;

namespace WhaiNot.Domain.Tests.Reports;

/// <summary>Draft → edited → validated → revision, decided by the domain alone (no store, no verifier).</summary>
public sealed class ReportLifecycleTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));

    private static readonly DraftTemplate Intake = new(
        "intakeverslag", "1.0", "Intakeverslag", new DateOnly(2026, 1, 1), "functioneel beheer", "test",
        [
            new TemplateSection("aanmelding", "Aanmelding", Required: true, HumanOnly: false, "", SectionCues.None),
            new TemplateSection("hulpvraag", "Hulpvraag", Required: true, HumanOnly: false, "", SectionCues.None),
            new TemplateSection("beoordeling", "Professionele beoordeling", Required: true, HumanOnly: true, "", SectionCues.None),
            new TemplateSection("opmerkingen", "Opmerkingen", Required: false, HumanOnly: true, "", SectionCues.None),
        ]);

    [Fact]
    public void Edited_ShouldKeepTheTemplatesHeadingsDropEmptySentencesAndMarkSentencesWithoutSourcesAsManual()
    {
        var submitted = Content() with
        {
            Sections =
            [
                new DraftSection("aanmelding", "Verkeerde titel", false, [new DraftSentence("  De cliënt meldt zich aan.  ", ["s1"], SentenceStatus.Unsupported), new DraftSentence("   ", [])]),
                new DraftSection("hulpvraag", "Hulpvraag", true, [new DraftSentence("Eigen zin van de werker.", [], SentenceStatus.Supported)]),
                new DraftSection("beoordeling", "Professionele beoordeling", true, []),
                new DraftSection("opmerkingen", "Opmerkingen", true, []),
            ],
        };

        var edited = ReportLifecycle.Edited(submitted, Intake, Version(), "transcript-7");

        Assert.Equal("transcript-7", edited.TranscriptId);
        Assert.Equal("Aanmelding", edited.Sections[0].Heading);
        Assert.False(edited.Sections[1].HumanOnly);
        var cited = Assert.Single(edited.Sections[0].Sentences);
        Assert.Equal("De cliënt meldt zich aan.", cited.Text);
        Assert.Null(cited.Status); // the verifier decides again; the worker cannot mark a sentence supported
        Assert.Equal(SentenceStatus.Manual, Assert.Single(edited.Sections[1].Sentences).Status);
    }

    [Fact]
    public void Edited_WithSectionsOutOfTemplateOrder_ShouldRefuseAndNameTheOrder()
    {
        var submitted = Content(("hulpvraag", []), ("aanmelding", []), ("beoordeling", []), ("opmerkingen", []));

        var refusal = Assert.Throws<InvalidRequestRefusal>(() => ReportLifecycle.Edited(submitted, Intake, Version(), "t"));

        Assert.Contains("aanmelding, hulpvraag, beoordeling, opmerkingen", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureEditable_OnAValidatedVersion_ShouldRefuseAsConflict()
    {
        Assert.Throws<ConflictRefusal>(() => ReportLifecycle.EnsureEditable(Version() with { Status = ReportStatus.Validated }));
        ReportLifecycle.EnsureEditable(Version());
    }

    [Fact]
    public void EnsureMayValidate_WithAnUnsupportedSentence_ShouldRefuseAndNameItsSection()
    {
        var content = Complete();
        content = content with
        {
            Sections = [content.Sections[0] with { Sentences = [Sentence("Niet gezegd.", SentenceStatus.Unsupported)] }, .. content.Sections.Skip(1)],
        };

        var refusal = Assert.Throws<ConflictRefusal>(() => ReportLifecycle.EnsureMayValidate(Version(), content, Intake));

        Assert.Contains("1 zin(nen)", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Aanmelding", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureMayValidate_WithARequiredWorkerSectionEmpty_ShouldRefuseAndNameIt_ButAnOptionalOneMayStayEmpty()
    {
        var content = Complete();
        var withoutAssessment = content with { Sections = [.. content.Sections.Select(s => s.Id == "beoordeling" ? s with { Sentences = [] } : s)] };

        var refusal = Assert.Throws<ConflictRefusal>(() => ReportLifecycle.EnsureMayValidate(Version(), withoutAssessment, Intake));

        Assert.Contains("'Professionele beoordeling'", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(ReportLifecycle.ValidationBlockers(content, Intake)); // "opmerkingen" is empty there and optional
        ReportLifecycle.EnsureMayValidate(Version(), content, Intake);
    }

    [Fact]
    public void EnsureMayValidate_WithARequiredEngineSectionEmpty_ShouldRefuseUntilTheWorkerMarksItNotApplicable()
    {
        var content = Complete();
        var empty = content with { Sections = [.. content.Sections.Select(s => s.Id == "hulpvraag" ? s with { Sentences = [] } : s)] };
        var marked = content with { Sections = [.. content.Sections.Select(s => s.Id == "hulpvraag" ? s with { Sentences = [], NotApplicable = true } : s)] };

        var refusal = Assert.Throws<ConflictRefusal>(() => ReportLifecycle.EnsureMayValidate(Version(), empty, Intake));

        Assert.Contains("verplichte delen zijn nog leeg: 'Hulpvraag'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("niet van toepassing", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["hulpvraag"], ReportLifecycle.OpenRequiredSections(empty, Intake).Select(s => s.Id));
        Assert.Empty(ReportLifecycle.OpenRequiredSections(marked, Intake));
        ReportLifecycle.EnsureMayValidate(Version(), marked, Intake);
    }

    [Fact]
    public void Edited_WithNotApplicableAndTextInOneSection_ShouldRefuseAndNameIt()
    {
        var content = Complete();
        var both = content with { Sections = [.. content.Sections.Select(s => s.Id == "hulpvraag" ? s with { NotApplicable = true } : s)] };
        var markedEmpty = content with { Sections = [.. content.Sections.Select(s => s.Id == "opmerkingen" ? s with { NotApplicable = true } : s)] };

        var refusal = Assert.Throws<InvalidRequestRefusal>(() => ReportLifecycle.Edited(both, Intake, Version(), "t"));
        var kept = ReportLifecycle.Edited(markedEmpty, Intake, Version(), "t");

        Assert.Contains("'Hulpvraag'", refusal.Message, StringComparison.Ordinal);
        Assert.True(kept.Sections.Single(s => s.Id == "opmerkingen").NotApplicable);
    }

    [Fact]
    public void ValidationBlockers_ShouldListEveryReasonNotOnlyTheFirst()
    {
        var content = Complete();
        content = content with
        {
            Sections = [.. content.Sections.Select(s => s.Id switch
            {
                "hulpvraag" => s with { Sentences = [Sentence("x", SentenceStatus.Unsupported), Sentence("y", SentenceStatus.Unsupported)] },
                "beoordeling" => s with { Sentences = [] },
                _ => s,
            })],
        };

        var blockers = ReportLifecycle.ValidationBlockers(content, Intake);

        Assert.Equal(2, blockers.Count);
        Assert.Contains("2 zin(nen)", blockers[0], StringComparison.Ordinal);
        Assert.Contains("Professionele beoordeling", blockers[1], StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureMayValidate_TwiceOnTheSameVersion_ShouldRefuse()
    {
        var refusal = Assert.Throws<ConflictRefusal>(() => ReportLifecycle.EnsureMayValidate(Version() with { Status = ReportStatus.Validated }, Complete(), Intake));
        Assert.Contains("al gevalideerd", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EditRatioOf_ShouldBeZeroUntouchedPositiveWhenChangedAndNullWithoutAnEngineDraft()
    {
        var engine = Complete();
        var changed = engine with { Sections = [engine.Sections[0] with { Sentences = [Sentence("Een heel andere zin van de werker.", SentenceStatus.Manual)] }, .. engine.Sections.Skip(1)] };

        Assert.Equal(0, ReportLifecycle.EditRatioOf(engine, engine));
        Assert.True(ReportLifecycle.EditRatioOf(engine, changed) > 0);
        Assert.Null(ReportLifecycle.EditRatioOf(null, changed));
    }

    [Fact]
    public void LockHash_ShouldBeTheSha256OfTheContentAndChangeWithOneCharacter()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ReportLifecycle.LockHash("abc"));
        Assert.NotEqual(ReportLifecycle.LockHash("{\"a\":1}"), ReportLifecycle.LockHash("{\"a\":2}"));
    }

    [Fact]
    public void Revision_OfAValidatedVersion_ShouldBeTheNextDraftVersionWithoutTheLock()
    {
        var validated = Version() with { Status = ReportStatus.Validated, ValidatedAt = Monday, ValidatedBy = "an", ContentSha256 = "abc", EditRatio = 0.2, EngineSentences = 9 };

        var next = ReportLifecycle.Revision(validated, "bert", Monday.AddDays(3));

        Assert.Equal(2, next.Version);
        Assert.Equal(validated.ReportId, next.ReportId);
        Assert.Equal(ReportStatus.Draft, next.Status);
        Assert.Equal("bert", next.CreatedBy);
        Assert.Equal(Monday.AddDays(3), next.CreatedAt);
        Assert.Null(next.ContentSha256);
        Assert.Null(next.ValidatedBy);
        Assert.Null(next.EditRatio);
        Assert.Equal(validated.Engine, next.Engine);
    }

    [Fact]
    public void Revision_OfADraft_ShouldRefuseAsConflict()
    {
        Assert.Throws<ConflictRefusal>(() => ReportLifecycle.Revision(Version(), "bert", Monday));
    }

    private static ReportVersion Version() =>
        new(Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ReportStatus.Draft, "intakeverslag", "1.0", new ReportEngine("extractive", null, null), Monday, "an", 3, 0);

    private static DraftSentence Sentence(string text, SentenceStatus status) => new(text, status == SentenceStatus.Manual ? [] : ["s1"], status);

    private static Draft Complete() => Content(
        ("aanmelding", [Sentence("De cliënt meldt zich aan.", SentenceStatus.Supported)]),
        ("hulpvraag", [Sentence("Ze vraagt leefloon.", SentenceStatus.Supported)]),
        ("beoordeling", [Sentence("Recht lijkt aannemelijk.", SentenceStatus.Manual)]),
        ("opmerkingen", []));

    private static Draft Content(params (string Id, DraftSentence[] Sentences)[] sections) =>
        new(
            new TemplateReference("intakeverslag", "1.0"),
            "t",
            new EngineInfo("extractive", null, null),
            sections.Select(s => new DraftSection(s.Id, Intake.Section(s.Id)!.Heading, Intake.Section(s.Id)!.HumanOnly, s.Sentences)).ToList());
}
