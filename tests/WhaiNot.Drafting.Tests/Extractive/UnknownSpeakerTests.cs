using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Evaluation;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Text;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Drafting.Tests.Extractive;

/// <summary>
/// Live capture delivers every segment as <c>unknown</c>. On the shared samples and the own cases
/// with all speakers blanked, the engine must never name the worker, the client or a third person
/// unless the cited words themselves do, and the verifier must catch a sentence that does.
/// </summary>
public sealed class UnknownSpeakerTests
{
    private static readonly string[] RolePhrases = ["de maatschappelijk werker", "de werker", "de client", "mevrouw", "meneer", "de begeleider", "de tolk"];

    private static readonly ExtractiveEngine Engine = new();
    private static readonly SourceVerifier Verifier = new();

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var folder in new[] { "reference", "own" })
        {
            var count = SampleSet.Load(Folder(folder)).Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(folder, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Draft_WhenEverySpeakerIsUnknown_ShouldNameNoPersonTheCitedWordsDoNotName(string folder, int index)
    {
        var sample = SampleSet.Load(Folder(folder))[index];
        var blank = Blank(sample.Transcript);
        var template = TemplateLibrary.Shipped().Find(sample.Template.Id, sample.Template.Version);

        var draft = Engine.Draft(template, blank);

        var sentences = draft.Sections.SelectMany(s => s.Sentences).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, sentence =>
        {
            var said = Folded(string.Join(' ', sentence.Sources.Select(id => blank.Find(id)!.Text)));
            var written = Folded(SpeakerToConfirm.Strip(sentence.Text));
            Assert.All(RolePhrases.Where(p => written.Contains(" " + p + " ", StringComparison.Ordinal)), p => Assert.Contains(" " + p + " ", said, StringComparison.Ordinal));
        });
        Assert.Contains(sentences, s => SpeakerToConfirm.IsMarked(s.Text));
        Assert.DoesNotContain(Verifier.Verify(draft, blank).Sections.SelectMany(s => s.Sentences), s => s.Reasons?.Any(r => r.Contains("legt dit bij", StringComparison.Ordinal)) == true);
    }

    [Fact]
    public void Verify_WhenAClientStatementIsPutInTheWorkersMouth_ShouldFlagTheAttribution()
    {
        var sample = SampleSet.Load(Folder("reference"))[0];
        var template = TemplateLibrary.Shipped().Find(sample.Template.Id, sample.Template.Version);
        var draft = Engine.Draft(template, sample.Transcript);
        var honest = draft.Sections.SelectMany(s => s.Sentences)
            .First(s => s.Text.StartsWith("Mevrouw ", StringComparison.Ordinal) && s.Sources.All(id => sample.Transcript.Find(id)!.Speaker == Speaker.Client)
                && Verifier.Check(s, sample.Transcript).Status == SentenceStatus.Supported);
        var trap = honest with { Text = "De maatschappelijk werker " + honest.Text["Mevrouw ".Length..] };

        var verdict = Verifier.Check(trap, sample.Transcript);

        Assert.Equal(SentenceStatus.Unsupported, verdict.Status);
        Assert.Contains(verdict.Reasons, r => r == "de zin legt dit bij de maatschappelijk werker, maar in de bron spreekt iemand anders");
    }

    [Fact]
    public void Verify_WhenTheCitedSpeakerIsUnknown_ShouldFlagASentenceThatNamesTheClient()
    {
        var sample = SampleSet.Load(Folder("reference"))[0];
        var template = TemplateLibrary.Shipped().Find(sample.Template.Id, sample.Template.Version);
        var honest = Engine.Draft(template, sample.Transcript).Sections.SelectMany(s => s.Sentences)
            .First(s => s.Text.StartsWith("Mevrouw ", StringComparison.Ordinal) && s.Sources.All(id => !sample.Transcript.Find(id)!.Text.Contains("mevrouw", StringComparison.OrdinalIgnoreCase))
                && Verifier.Check(s, sample.Transcript).Status == SentenceStatus.Supported);

        var verdict = Verifier.Check(honest, Blank(sample.Transcript));

        Assert.Equal(SentenceStatus.Unsupported, verdict.Status);
        Assert.Contains(verdict.Reasons, r => r == "de zin legt dit bij de cliënt, maar wie het zei is in de bron niet bekend");
    }

    [Fact]
    public void Draft_WhenOnlyTheInterpreterSaysHijZegt_ShouldWriteMeneerNotZijnOfHaar()
    {
        var transcript = new Transcript("t", "nl",
        [
            Segment("s1", Speaker.Worker, "Wat is de vraag?"),
            Segment("s2", Speaker.Other, "Hij zegt dat zijn broer in Gent woont. Hij zegt dat hij werk zoekt."),
            Segment("s3", Speaker.Client, "Ik woon bij mijn broer in Gent."),
        ]);

        var text = string.Join(' ', Engine.Draft(TemplateLibrary.Shipped().Find("intakeverslag", "1"), transcript).Sections.SelectMany(s => s.Sentences).Select(s => s.Text));

        Assert.DoesNotContain("zijn of haar", text, StringComparison.Ordinal);
        Assert.Contains("Meneer woont bij zijn broer", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hoe oud bent u?", "Negentien.", "Meneer is 19 jaar.")]
    [InlineData("Hoeveel huur betaalt u?", "Zeshonderdtwintig euro.", "Meneer betaalt huur: 620 euro.")]
    [InlineData("Wat is uw nationaliteit?", "Belgisch.", "Zijn nationaliteit: Belgisch.")]
    public void Draft_WhenABareAnswerFollowsAQuestion_ShouldGiveItItsSubjectAndStayVerifiable(string question, string answer, string expected)
    {
        var transcript = new Transcript("t", "nl",
        [
            Segment("s1", Speaker.Worker, "Dag meneer Peeters. " + question),
            Segment("s2", Speaker.Client, answer),
        ]);

        var draft = Engine.Draft(TemplateLibrary.Shipped().Find("intakeverslag", "1"), transcript);

        var sentence = Assert.Single(draft.Sections.SelectMany(s => s.Sentences), s => s.Text == expected);
        Assert.Equal(SentenceStatus.Supported, Verifier.Check(sentence, transcript).Status);
    }

    private static TranscriptSegment Segment(string id, Speaker speaker, string text) => new(id, 0, 1, speaker, text, text, speaker);

    private static Transcript Blank(Transcript transcript) => transcript with { Segments = [.. transcript.Segments.Select(s => s with { Speaker = Speaker.Unknown })] };

    private static string Folded(string text) => " " + string.Join(' ', DutchText.Tokenize(text).Where(t => !t.IsPunctuation).Select(t => t.Folded)) + " ";

    private static string Folder(string name) => name == "reference" ? SampleFolders.Reference : SampleFolders.Own;
}
