using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Templates;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Evaluation;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;
using static WhaiNot.Drafting.Tests.TestTranscripts;

namespace WhaiNot.Drafting.Tests.Extractive;

public sealed class ExtractiveEngineTests
{
    private static readonly DraftTemplate Intake = TemplateLibrary.Shipped().Find("intakeverslag", "1");
    private static readonly ExtractiveEngine Engine = new();

    public static TheoryData<string> TemplateIds() => [.. TemplateLibrary.Shipped().All.Select(t => t.Id)];

    [Theory]
    [MemberData(nameof(TemplateIds))]
    public void Draft_WhenRunOnASample_ShouldKeepTemplateOrderLeaveHumanOnlyEmptyAndCiteOnlyExistingSegments(string templateId)
    {
        var template = TemplateLibrary.Shipped().Latest(templateId);
        var sample = SampleSet.Load(SampleFolders.Reference)[0];

        var draft = Engine.Draft(template, sample.Transcript);

        Assert.Equal(template.Sections.Select(s => s.Id), draft.Sections.Select(s => s.Id));
        Assert.All(draft.Sections.Where(s => s.HumanOnly), s => Assert.Empty(s.Sentences));
        Assert.Equal(template.Sections.Select(s => s.HumanOnly), draft.Sections.Select(s => s.HumanOnly));
        Assert.All(draft.Sections.SelectMany(s => s.Sentences), sentence =>
        {
            Assert.NotEmpty(sentence.Sources);
            Assert.All(sentence.Sources, id => Assert.True(sample.Transcript.IndexOf(id) >= 0, id));
        });
        Assert.Equal("extractive", draft.Engine.Name);
        Assert.Null(draft.Engine.Model);
    }

    [Fact]
    public void Draft_WhenRunOnTheSharedSamples_ShouldWriteOnlySentencesTheVerifierSupports()
    {
        var verifier = new SourceVerifier();
        foreach (var sample in SampleSet.Load(SampleFolders.Reference).Concat(SampleSet.Load(SampleFolders.Own)))
        {
            var draft = verifier.Verify(Engine.Draft(Intake, sample.Transcript), sample.Transcript);

            var unsupported = draft.Sections.SelectMany(s => s.Sentences).Where(s => s.Status != SentenceStatus.Supported).ToList();
            Assert.True(unsupported.Count == 0, $"{sample.Name}: {string.Join(" | ", unsupported.Select(s => s.Text + " " + string.Join(", ", s.Reasons ?? [])))}");
        }
    }

    [Fact]
    public void Draft_WhenRunTwice_ShouldGiveTheSameDraft()
    {
        var sample = SampleSet.Load(SampleFolders.Reference)[1];

        Assert.Equal(ContractJson.Write(Engine.Draft(Intake, sample.Transcript)), ContractJson.Write(Engine.Draft(Intake, sample.Transcript)));
    }

    [Fact]
    public void Draft_WhenClientSpeaksInFirstPerson_ShouldWriteThirdPersonWithDigits()
    {
        var transcript = Of(
            W("Dag mevrouw Peeters. Dan de woning: hoeveel huur betaalt u?"),
            C("Ik huur een appartementje van zeshonderdtwintig euro per maand, met mijn zoon."));

        var sentence = Assert.Single(Sentences(transcript, "huisvesting"));

        Assert.Equal("Mevrouw huurt een appartementje van 620 euro per maand, met haar zoon.", sentence.Text);
        Assert.Equal(["s002"], sentence.Sources);
    }

    [Fact]
    public void Draft_WhenWorkerAddressesMeneer_ShouldUseHijAndZijn()
    {
        var transcript = Of(
            W("Goeiemorgen meneer Janssens. Hoe gaat het met uw gezondheid?"),
            C("Mijn rug doet pijn, en sinds de zomer heb ik astma."));

        var sentence = Assert.Single(Sentences(transcript, "gezondheid"));

        Assert.Equal("Zijn rug doet pijn, en sinds de zomer heeft meneer astma.", sentence.Text);
    }

    [Fact]
    public void Draft_WhenGenderIsNotClear_ShouldSayDeClient()
    {
        var transcript = Of(W("Goeiemorgen. Hebt u schulden?"), C("Ik heb een lening bij Cofidis, daar staat nog drieduizend euro op."));

        Assert.StartsWith("De cliënt heeft een lening bij Cofidis", Assert.Single(Sentences(transcript, "uitgaven_schulden")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_WhenWorkerAgreesAnAppointment_ShouldWriteTheTimeOnTheTwentyFourHourClock()
    {
        var transcript = Of(
            W("Dag mevrouw Maes."),
            C("Dag."),
            W("Ik maak een afspraak bij mijn collega voor woensdag achttien februari om twee uur. Brengt u uw huurcontract mee?"));

        var sentence = Assert.Single(Sentences(transcript, "afspraken"));

        Assert.Equal("De maatschappelijk werker maakt een afspraak bij de collega voor woensdag 18 februari om 14 uur. De maatschappelijk werker vraagt of mevrouw haar huurcontract mee brengt.", sentence.Text);
    }

    [Fact]
    public void Draft_WhenSegmentsAreGreetingsConsentAndQuestions_ShouldLeaveThemOut()
    {
        var transcript = Of(
            W("Goeiemorgen mevrouw Claes, komt u maar mee."),
            C("Goeiemorgen. Amai, 't is koud buiten, hé."),
            W("Mag ik ons gesprek opnemen voor mijn verslag?"),
            C("Ja, dat mag u opnemen."),
            W("Hoeveel huur betaalt u?"),
            C("Zevenhonderd euro per maand."),
            C("Wat is een sociaal verhuurkantoor?"),
            W("Merci, tot dinsdag."),
            C("Dank u wel, tot dinsdag."));

        var cited = Engine.Draft(Intake, transcript).Sections.SelectMany(s => s.Sentences).SelectMany(s => s.Sources).Distinct().ToList();

        Assert.Contains("s006", cited);
        Assert.All(new[] { "s001", "s002", "s003", "s004", "s007", "s008", "s009" }, id => Assert.DoesNotContain(id, cited));
    }

    [Fact]
    public void Draft_WhenAnswerMeansNothingWithoutItsQuestion_ShouldCiteTheQuestionTooAndTakeItsSubject()
    {
        var transcript = Of(W("Dag meneer Haddad. Hoe oud bent u?"), C("Vierendertig."));

        var sentence = Assert.Single(Sentences(transcript, "identiteit_gezin"));

        Assert.Equal(["s001", "s002"], sentence.Sources);
        Assert.Equal("Meneer is 34 jaar.", sentence.Text);
    }

    private static IReadOnlyList<DraftSentence> Sentences(Transcript transcript, string section) =>
        Engine.Draft(Intake, transcript).Sections.Single(s => s.Id == section).Sentences;
}
