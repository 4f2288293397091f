using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Verification;
using static WhaiNot.Drafting.Tests.TestTranscripts;

namespace WhaiNot.Drafting.Tests.Verification;

public sealed class SourceVerifierTests
{
    private static readonly Transcript Conversation = Of(
        W("Dag mevrouw Verstraeten. Dan de woning: hoeveel huur betaalt u?"),
        C("Zeshonderdtwintig euro, voor een appartementje op de Leuvensesteenweg. Ik woon daar al sinds tweeduizend zeventien."),
        W("Woont u alleen?"),
        C("Ja, alleen. Mijn dochter Sofie komt elke zaterdag boodschappen doen."),
        C("Ik heb een kredietkaart bij Buy Way, daar staat nog elfhonderd euro op."),
        W("Dan kom ik op donderdag zesentwintig februari om half tien langs. En dinsdag om twee uur brengt u uw papieren."),
        C("Ik wil echt werken, maar ik ben bang dat het met mijn knie niet lukt."),
        C("Ik slaap slecht, ik lig te piekeren over dat geld."));

    private static readonly SourceVerifier Verifier = new();

    [Theory]
    [InlineData("Mevrouw huurt een appartement aan de Leuvensesteenweg voor 620 euro per maand.", "s002")]
    [InlineData("Ze woont er sinds 2017.", "s002")]
    [InlineData("Mevrouw woont alleen; haar dochter Sofie doet elke zaterdag boodschappen.", "s004")]
    [InlineData("Op de kredietkaart van Buy Way staat nog 1.100 euro.", "s005")]
    [InlineData("Het huisbezoek is op donderdag 26 februari om 9.30 uur.", "s006")]
    [InlineData("Dinsdag om 14 uur brengt mevrouw haar papieren mee.", "s006")]
    [InlineData("Mevrouw wil werken, maar is bang dat het met haar knie niet lukt.", "s007")]
    [InlineData("Mevrouw slaapt slecht en ligt te piekeren over geld.", "s008")]
    public void Check_WhenSentenceIsACorrectThirdPersonParaphrase_ShouldBeSupported(string text, string source)
    {
        var verdict = Verifier.Check(new DraftSentence(text, [source]), Conversation);

        Assert.True(verdict.Status == SentenceStatus.Supported, string.Join("; ", verdict.Reasons));
    }

    [Theory]
    [InlineData("Mevrouw huurt een appartement voor 720 euro per maand.", "s002", "getal 720")]
    [InlineData("Op de kredietkaart van Cofidis staat nog 1.100 euro.", "s005", "naam 'Cofidis'")]
    [InlineData("Het huisbezoek is op donderdag 5 maart om 9.30 uur.", "s006", "datum 5 maart")]
    [InlineData("Het huisbezoek is op donderdag 26 februari om 11 uur.", "s006", "tijdstip 11 uur")]
    [InlineData("Het huisbezoek is op vrijdag 26 februari.", "s006", "dag vrijdag")]
    [InlineData("Mevrouw lijkt weinig gemotiveerd om werk te zoeken.", "s007", "oordeel over de persoon")]
    [InlineData("Mevrouw was zichtbaar geïrriteerd toen haar gezondheid ter sprake kwam.", "s008", "emotie die niemand uitte")]
    [InlineData("Mevrouw is depressief.", "s008", "oordeel over de persoon")]
    [InlineData("Mevrouw heeft haar dakloosheid aan zichzelf te wijten.", "s002", "oordeel over de persoon")]
    [InlineData("Er loopt ook een loonbeslag op haar uitkering.", "s005", "inhoud niet terug te vinden")]
    [InlineData("Er is geen lift en met haar knie is de trap niet simpel.", "s004", "inhoud niet terug te vinden")]
    [InlineData("Mevrouw brengt dinsdag een prijsofferte mee.", "s099", "bron 's099' bestaat niet")]
    public void Check_WhenSentenceIsATrap_ShouldBeUnsupportedWithTheReason(string text, string source, string reason)
    {
        var verdict = Verifier.Check(new DraftSentence(text, [source]), Conversation);

        Assert.Equal(SentenceStatus.Unsupported, verdict.Status);
        Assert.Contains(verdict.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WhenEmotionWasSaidInTheSource_ShouldNotFlagIt()
    {
        Assert.Equal(SentenceStatus.Supported, Verifier.Check(new DraftSentence("Mevrouw is bang dat werken met haar knie niet lukt.", ["s007"]), Conversation).Status);
    }

    [Fact]
    public void Check_WhenAnswerIsCitedWithoutItsQuestion_ShouldReadTheQuestionAsContext()
    {
        Assert.Equal(SentenceStatus.Supported, Verifier.Check(new DraftSentence("Mevrouw woont alleen.", ["s004"]), Conversation).Status);
    }

    [Fact]
    public void Check_WhenSentenceIsManual_ShouldLeaveItManual()
    {
        var verdict = Verifier.Check(new DraftSentence("Cliënte kwam te laat door een staking.", [], SentenceStatus.Manual), Conversation);

        Assert.Equal(SentenceStatus.Manual, verdict.Status);
        Assert.Empty(verdict.Reasons);
    }

    [Fact]
    public void Check_WhenSentenceHasNoSourceAndIsNotManual_ShouldBeUnsupported()
    {
        var verdict = Verifier.Check(new DraftSentence("Mevrouw huurt een appartement.", []), Conversation);

        Assert.Equal(["geen bron opgegeven"], verdict.Reasons);
    }

    [Fact]
    public void Verify_WhenDraftHasSentences_ShouldSetEveryStatusAndReportInDraftOrder()
    {
        var draft = new Draft(new TemplateReference("intakeverslag", "1"), "test", new EngineInfo("test", null, null),
        [
            new DraftSection("huisvesting", "Huisvesting", false, [new DraftSentence("Mevrouw betaalt 620 euro huur.", ["s002"]), new DraftSentence("Mevrouw betaalt 800 euro huur.", ["s002"])]),
            new DraftSection("voorstel", "Voorstel", true, []),
            new DraftSection("afspraken", "Afspraken", false, [new DraftSentence("Eigen notitie.", [], SentenceStatus.Manual)]),
        ]);

        var verified = Verifier.Verify(draft, Conversation);
        var report = Verifier.Report(draft, Conversation);

        Assert.Equal([SentenceStatus.Supported, SentenceStatus.Unsupported, SentenceStatus.Manual], verified.Sections.SelectMany(s => s.Sentences).Select(s => s.Status!.Value));
        Assert.Null(verified.Sections[0].Sentences[0].Reasons);
        Assert.Equal([("huisvesting", 0), ("huisvesting", 1), ("afspraken", 0)], report.Sentences.Select(e => (e.Section, e.Index)));
    }
}
