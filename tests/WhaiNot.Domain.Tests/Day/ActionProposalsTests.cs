using WhaiNot.Domain.Day;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Refusals;
using WhaiNot.Domain.Reports;

namespace WhaiNot.Domain.Tests.Day;

/// <summary>Only the agreements of a validated report are proposed; only what the worker confirms becomes an action, with the worker's date.</summary>
public sealed class ActionProposalsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly Guid Worker = Guid.NewGuid();

    [Fact]
    public void From_AnIntake_ShouldProposeOnlyTheAgreementsSentences_WithTheirPosition()
    {
        var proposals = ActionProposals.From(Validated("intakeverslag"), Intake(), []);

        Assert.Equal(["De cliënt brengt loonfiches tegen 30 maart.", "Huisbezoek op 2 april."], proposals.Select(p => p.Text));
        Assert.All(proposals, p => Assert.Equal("afspraken", p.Source.SectionId));
        Assert.Equal([0, 2], proposals.Select(p => p.Source.SentenceIndex)); // the empty sentence at 1 is skipped, positions are kept
        Assert.All(proposals, p => Assert.Null(p.SuggestedWho));
        Assert.All(proposals, p => Assert.False(p.TakenOver));
    }

    [Fact]
    public void From_ATrajectReport_ShouldSuggestTheClientOrTheWorkerByEngagementSection()
    {
        var content = Content(
            ("doelen", ["Werk vinden."]),
            ("engagementen_client", ["Inschrijven bij VDAB."]),
            ("engagementen_ocmw", ["Kinderopvang zoeken."]));

        var proposals = ActionProposals.From(Validated("trajectverslag-gpmi"), content, []);

        Assert.Equal([ActionActor.Client, ActionActor.Worker], proposals.Select(p => p.SuggestedWho));
    }

    [Fact]
    public void From_ADraft_ShouldRefuse()
    {
        var draft = Validated("intakeverslag") with { Status = ReportStatus.Draft };

        Assert.Throws<ConflictRefusal>(() => ActionProposals.From(draft, Intake(), []));
    }

    [Fact]
    public void TakeOver_ShouldKeepTheSourceAndTheReportsSentence_AndInventNoDueDate()
    {
        var version = Validated("intakeverslag");
        var proposal = ActionProposals.From(version, Intake(), [])[0];

        var action = ActionProposals.TakeOver(version, Intake(), proposal.Source, ActionActor.Client, null, null, [], Now, Worker);

        Assert.Equal(proposal.Source, action.Source);
        Assert.Equal("De cliënt brengt loonfiches tegen 30 maart.", action.What);
        Assert.Null(action.DueOn); // the sentence names a date; only the worker sets one
        Assert.Equal(version.DossierId, action.DossierId);
        Assert.Equal(version.TeamId, action.TeamId);
        Assert.Equal(Worker, action.CreatedBy);
    }

    [Fact]
    public void TakeOver_WithTheWorkersWordsAndDate_ShouldUseThem()
    {
        var version = Validated("verslag-mdo");
        var content = Content(("afspraken", ["Casemanager belt de huisarts."]));
        var source = new ActionSource(version.ReportId, version.Version, "afspraken", 0);

        var action = ActionProposals.TakeOver(version, content, source, ActionActor.ThirdParty, "Huisarts bellen", new DateOnly(2026, 4, 1), [], Now, Worker);

        Assert.Equal("Huisarts bellen", action.What);
        Assert.Equal(new DateOnly(2026, 4, 1), action.DueOn);
        Assert.Equal(ActionActor.ThirdParty, action.Who);
    }

    [Fact]
    public void TakeOver_Twice_ShouldRefuse_AndTheProposalShouldShowItWasTakenOver()
    {
        var version = Validated("intakeverslag");
        var source = new ActionSource(version.ReportId, version.Version, "afspraken", 2);
        var first = ActionProposals.TakeOver(version, Intake(), source, ActionActor.Worker, null, null, [], Now, Worker);

        Assert.Throws<ConflictRefusal>(() => ActionProposals.TakeOver(version, Intake(), source, ActionActor.Worker, null, null, [first], Now, Worker));
        Assert.Equal([false, true], ActionProposals.From(version, Intake(), [first]).Select(p => p.TakenOver));
    }

    [Theory]
    [InlineData("hulpvraag", 0, 1)] // not an agreements section
    [InlineData("afspraken", 0, 2)] // another version
    [InlineData("afspraken", 7, 1)] // no such sentence
    [InlineData("afspraken", 1, 1)] // the empty sentence
    [InlineData("afspraken", -1, 1)]
    public void TakeOver_OfAnythingButASentenceOfThisVersionsAgreements_ShouldRefuse(string section, int index, int reportVersion)
    {
        var version = Validated("intakeverslag");
        var source = new ActionSource(version.ReportId, reportVersion, section, index);

        Assert.Throws<InvalidRequestRefusal>(() => ActionProposals.TakeOver(version, Intake(), source, ActionActor.Worker, null, null, [], Now, Worker));
    }

    [Fact]
    public void TakeOver_FromADraft_ShouldRefuse()
    {
        var draft = Validated("intakeverslag") with { Status = ReportStatus.Draft };

        Assert.Throws<ConflictRefusal>(() => ActionProposals.TakeOver(draft, Intake(), new ActionSource(draft.ReportId, 1, "afspraken", 0), ActionActor.Worker, null, null, [], Now, Worker));
    }

    private static ReportVersion Validated(string templateId) => new(
        Guid.NewGuid(), 1, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), ReportStatus.Validated, templateId, "1",
        new ReportEngine("extractive", null, null), Now, "mw", 3, 0, Now, "mw", "abc", 0.1);

    private static Draft Intake() => Content(
        ("hulpvraag", ["De cliënt vraagt een leefloon."]),
        ("afspraken", ["De cliënt brengt loonfiches tegen 30 maart.", "  ", "Huisbezoek op 2 april."]));

    private static Draft Content(params (string Id, string[] Sentences)[] sections) => new(
        new TemplateReference("t", "1"),
        "transcript",
        new EngineInfo("extractive", null, null),
        sections.Select(s => new DraftSection(s.Id, s.Id, false, s.Sentences.Select(t => new DraftSentence(t, ["s001"])).ToList())).ToList());
}
