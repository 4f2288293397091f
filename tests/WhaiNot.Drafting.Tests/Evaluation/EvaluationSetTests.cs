using WhaiNot.Drafting.Evaluation;
using WhaiNot.Drafting.Extractive;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;

namespace WhaiNot.Drafting.Tests.Evaluation;

/// <summary>
/// The evaluation sets over all eight templates (tests/data/samples/EVAL-SETS.md): every template
/// measured on the test set, floors just below what is reached now (docs/drafting.md), and the
/// shipped section weights exactly what the learner makes from the non-test cases.
/// </summary>
public sealed class EvaluationSetTests
{
    private static readonly Evaluator Evaluator = new(TemplateLibrary.Shipped(), new ExtractiveEngine(), new SourceVerifier());

    private static string Tuning => Path.Combine(SampleFolders.RepositoryRoot(), "tests", "data", "samples", "tuning");

    private static string Test => Path.Combine(SampleFolders.RepositoryRoot(), "tests", "data", "samples", "test");

    [Fact]
    public async Task Evaluate_WhenRunOnTheTestSet_ShouldMeasureEveryTemplateAndStayAboveTheFloor()
    {
        var result = await Evaluator.RunAsync(SampleSet.Load(Test));

        Assert.Equal(TemplateLibrary.Shipped().All.Select(t => t.Id).Order(StringComparer.Ordinal), result.ByTemplate.Select(t => t.Template));
        Assert.True(result.Sections.F1 >= 0.60, $"F1 {result.Sections.F1:0.000}");
        var intake = result.ByTemplate.Single(t => t.Template == "intakeverslag").Sections;
        Assert.True(intake.F1 >= 0.80, $"intake F1 {intake.F1:0.000}");
        Assert.True(result.Quality.Sentences > 0);
        Assert.True(result.Quality.BadShare <= 0.15, $"filler or missing subject {result.Quality.BadShare:0.000}");
    }

    [Fact]
    public void Load_WhenACaseHasNoTrapDraft_ShouldTakeTheTemplateFromTheGoldFile()
    {
        var cases = SampleSet.Load(Tuning);

        Assert.Equal(16, cases.Count);
        Assert.All(cases, c => Assert.Null(c.TrapDraft));
        Assert.Equal(8, cases.Select(c => c.Template.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ShippedWeights_ShouldBeWhatTheLearnerMakesFromTheTuningReferenceAndOwnCases()
    {
        var cases = new[] { Tuning, SampleFolders.Reference, SampleFolders.Own }.SelectMany(SampleSet.Load).ToList();
        var shipped = File.ReadAllText(Path.Combine(SampleFolders.RepositoryRoot(), "firmware-config", "lexical", "section-weights.json"));

        Assert.Equal(WeightLearner.LearnJson(cases).Trim(), shipped.Trim());
    }

    [Fact]
    public void Learn_WhenAWordOnlyOccursInOneSection_ShouldWeighItForThatSectionOnly()
    {
        var segments = new List<LabelledSegment>();
        for (var i = 0; i < 4; i++)
        {
            segments.Add(new LabelledSegment("t", false, new HashSet<string> { "huur", "euro" }, ["huisvesting"]));
            segments.Add(new LabelledSegment("t", false, new HashSet<string> { "loon", "euro" }, ["inkomsten"]));
            segments.Add(new LabelledSegment("t", i % 2 == 0, new HashSet<string> { "weer" }, []));
        }

        var weights = LexicalWeights.Learn(segments);

        Assert.True(weights.Score("huisvesting", new HashSet<string> { "huur" }) > 0);
        Assert.Equal(0, weights.Score("inkomsten", new HashSet<string> { "huur" }));
        Assert.True(weights.Score("huisvesting", new HashSet<string> { "huur" }) > weights.Score("huisvesting", new HashSet<string> { "euro" }));
        Assert.Equal(0, weights.WorkerStatementShare["t"]);
        Assert.Equal(weights.ToJson(), LexicalWeights.Read(weights.ToJson()).ToJson());
    }

    [Theory]
    [InlineData("Natuurlijk. Sorry dat ik wat te laat ben.", true, false)]
    [InlineData("Kijk, hoe moet mevrouw het zeggen, haar man is vertrokken.", true, false)]
    [InlineData("19.", false, true)]
    [InlineData("Twee dochters, van negen en zes.", false, true)]
    [InlineData("Mevrouw is 19 jaar.", false, false)]
    [InlineData("Meneer betaalt 620 euro huur per maand.", false, false)]
    public void SentenceQuality_ShouldFindFillerAndMissingSubjects(string sentence, bool filler, bool missingSubject)
    {
        Assert.Equal(filler, SentenceQuality.IsFiller(sentence));
        Assert.Equal(missingSubject, SentenceQuality.MissesSubject(sentence));
    }

    [Fact]
    public void SentenceQuality_ShouldCountRepeatedSubjects()
    {
        Assert.True(SentenceQuality.RepeatsSubject("De cliënt vraagt of de cliënt dat leefloon krijgt."));
        Assert.False(SentenceQuality.RepeatsSubject("De cliënt vraagt of ze dat leefloon krijgt."));
    }
}
