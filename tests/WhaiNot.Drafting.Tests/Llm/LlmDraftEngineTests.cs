using System.Diagnostics;
using WhaiNot.Domain.Drafts;
using WhaiNot.Domain.Transcripts;
using WhaiNot.Drafting.Contracts;
using WhaiNot.Drafting.Llm;
using WhaiNot.Drafting.Templates;
using WhaiNot.Drafting.Verification;
using WhaiNot.TestSupport;
using static WhaiNot.Drafting.Tests.TestTranscripts;

namespace WhaiNot.Drafting.Tests.Llm;

/// <summary>
/// The llm engine through the real llama.cpp library and the self-made random model: the words are
/// noise, but the grammar must still give a draft in the template's shape that cites only segments
/// the model was shown, with humanOnly sections never sent to it.
/// </summary>
public sealed class LlmDraftEngineTests
{
    private static readonly LlmDraftOptions Small = new(ContextTokens: 2048, MaxSentencesPerCall: 2, MaxSentenceCharacters: 60);

    private static readonly Transcript Intake = Of(
        W("Goeiemorgen mevrouw, waarvoor komt u naar het OCMW?"),
        C("Mijn werkloosheidsuitkering stopt op één april, dus ik wil een leefloon aanvragen."),
        W("Waar woont u nu?"),
        C("Ik huur een appartement in de Kerkstraat voor zeshonderd euro per maand."),
        C("Ik heb nog een achterstal bij Fluvius van driehonderd euro."),
        W("Dan spreken we af dat u volgende vrijdag uw huurcontract meebrengt."),
        C("Ja, vrijdag is goed, dan breng ik het contract mee."));

    [Fact]
    public async Task Draft_OnTheRandomModel_ShouldCoverEverySectionAndCiteOnlyExistingSegments()
    {
        var template = TemplateLibrary.Shipped().Latest("intakeverslag");
        var progress = new List<DraftProgress>();
        using var session = Open(new SynchronousProgress(progress));

        var started = Stopwatch.StartNew();
        var draft = await new DraftPipeline(session.Engine, new SourceVerifier()).RunAsync(template, Intake);

        Assert.Equal(template.Sections.Select(s => s.Id), draft.Sections.Select(s => s.Id));
        Assert.All(draft.Sections.Where(s => s.HumanOnly), s => Assert.Empty(s.Sentences));
        var sentences = draft.Sections.SelectMany(s => s.Sentences).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.NotEmpty(s.Sources));
        Assert.All(sentences.SelectMany(s => s.Sources), id => Assert.NotNull(Intake.Find(id)));
        Assert.All(sentences, s => Assert.NotNull(s.Status));
        Assert.Equal("llm", draft.Engine.Name);
        Assert.Equal(template.Sections.Count(s => !s.HumanOnly), progress.Count);
        Assert.DoesNotContain(progress, p => template.Section(p.SectionId)!.HumanOnly);

        // The draft round-trips through the contract reader.
        var reread = DraftReader.Read(ContractJson.Write(draft));
        Assert.Equal(draft.Sections.Sum(s => s.Sentences.Count), reread.Sections.Sum(s => s.Sentences.Count));
        Assert.True(started.Elapsed < TimeSpan.FromMinutes(5), $"took {started.Elapsed}");
    }

    [Fact]
    public async Task Draft_OfAnEmptyTranscript_ShouldBeRefusedInDutch()
    {
        using var session = Open(null);
        var template = TemplateLibrary.Shipped().Latest("intakeverslag");

        var error = await Assert.ThrowsAsync<ContractException>(() => session.Engine.DraftAsync(template, new Transcript("leeg", "nl", [])));

        Assert.Contains("geen segmenten", error.Message, StringComparison.Ordinal);
    }

    private static LlmSession Open(IProgress<DraftProgress>? progress)
    {
        TestRuntime.Get();
        return LlmSession.Open(TestRuntime.LlamaModelPath, new EngineInfo("llm", "llama-tiny-random", "test"), Small, gpuLayers: 0, threads: 1, progress: progress);
    }

    /// <summary>Records progress on the reporting thread (Progress&lt;T&gt; would post to the thread pool and race the assertions).</summary>
    private sealed class SynchronousProgress(List<DraftProgress> into) : IProgress<DraftProgress>
    {
        public void Report(DraftProgress value) => into.Add(value);
    }
}
